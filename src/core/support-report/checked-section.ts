import { CLOCK_SKEW_THRESHOLD_MS } from '../network/decide-network-state.ts';
import type { ReportScope } from './report-scope.ts';
import type { RichText, SupportReportBlock } from './support-report.ts';

/** How a resolver is named to a person: an address as is, a DoH URL by its host. */
function resolverName(resolver: string, scope: ReportScope): string {
  if (!/^https:\/\//i.test(resolver)) return resolver;
  try {
    return scope.messages.checked.dohResolver(new URL(resolver).host);
  } catch {
    return resolver;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function dnsItems(scope: ReportScope): string[] {
  const { messages: m, format, safe } = scope;
  const dns = scope.report.network.dns;
  if (!dns) return [];
  const ms = (value: number | undefined) => (value !== undefined ? scope.duration(value) : undefined);
  const items = [dns.system.ok ? m.checked.dnsSystemOk(ms(dns.system.ms)) : m.checked.dnsSystemFailed];
  const working = dns.alternatives.filter((alternative) => alternative.ok);
  const list = (alternatives: typeof dns.alternatives) => format.list(alternatives.map((a) => safe(resolverName(a.resolver, scope))));
  if (dns.switchWouldHelp && working.length > 0) items.push(m.checked.dnsSwitchHelps(list(working)));
  else if (working.length > 0) items.push(m.checked.dnsSwitchSame(list(working)));
  else if (dns.alternatives.length > 0) items.push(m.checked.dnsSwitchSilent(list(dns.alternatives)));
  return items;
}

function controlItem(scope: ReportScope): string | undefined {
  const { messages: m, safe } = scope;
  const answered = scope.evidence?.internet?.controls.find((control) => control.ok);
  if (answered) {
    return m.checked.controlAnswered({
      site: safe(hostOf(answered.url)),
      ...(answered.ms !== undefined ? { ms: scope.duration(answered.ms) } : {}),
    });
  }
  const internet = scope.report.network.internet;
  if (!internet) return undefined;
  return internet.ok ? m.checked.controlAnswered({}) : m.checked.controlFailed;
}

/** True when some HTTPS answer got through with a certificate this computer trusts. */
function trustedHttpsSeen(scope: ReportScope): boolean {
  const controls = scope.evidence?.internet?.controls ?? [];
  if (controls.some((control) => control.url.startsWith('https:') && control.ok)) return true;
  return scope.report.services.some((service) => service.probes.some((probe) => probe.url.startsWith('https:') && probe.status !== undefined));
}

function tlsItem(scope: ReportScope): string | undefined {
  if (scope.report.network.state === 'tls-interception') return scope.messages.checked.tlsInterception;
  return trustedHttpsSeen(scope) ? scope.messages.checked.noTlsInterception : undefined;
}

function clockItem(scope: ReportScope): string | undefined {
  const skew = scope.evidence?.clockSkewMs;
  if (skew === undefined) return undefined;
  const { messages: m, format } = scope;
  const off = Math.abs(skew);
  // Whole seconds, at least one: "within 0 sec" would claim a precision the Date header does not have.
  if (off < CLOCK_SKEW_THRESHOLD_MS) return m.checked.clockOk(format.duration(Math.max(1, Math.ceil(off / 1000)) * 1000));
  return m.checked.clockOff(format.duration(off));
}

function proxyItem(scope: ReportScope): string | undefined {
  const proxy = scope.evidence?.proxy;
  if (!proxy?.completed) return undefined;
  const { messages: m, format, safe } = scope;
  if (proxy.sources.length === 0) return m.checked.noProxy;
  const sources = format.list(proxy.sources.map(safe));
  return proxy.failing ? m.checked.proxyFailing(sources) : m.checked.proxyWorks(sources);
}

/**
 * "What I have already checked": each local check of the diagnosis, worded
 * as something the user can tell support they verified (the router
 * answers, DNS works and switching would not help, no portal, other sites
 * load, no HTTPS interception, the clock is right, no proxy), then the
 * steps the user ticked as tried.
 */
export function checkedBlocks(scope: ReportScope, tried: readonly string[]): SupportReportBlock[] {
  const { messages: m, safe } = scope;
  const network = scope.report.network;
  const items: (string | undefined)[] = [];
  if (network.gateway) {
    items.push(network.gateway.reachable ? m.checked.routerAnswered(network.gateway.ms !== undefined ? scope.duration(network.gateway.ms) : undefined) : m.checked.routerSilent);
  }
  items.push(...dnsItems(scope));
  if (network.captivePortal !== undefined) items.push(network.captivePortal ? m.checked.captivePortal : m.checked.noCaptivePortal);
  items.push(controlItem(scope), tlsItem(scope), clockItem(scope), proxyItem(scope));
  const checked: RichText[] = items.filter((item): item is string => item !== undefined).map((item) => [item]);
  const blocks: SupportReportBlock[] = checked.length > 0 ? [{ kind: 'list', items: checked }] : [{ kind: 'paragraph', text: [m.checked.notChecked] }];
  if (tried.length > 0) blocks.push({ kind: 'list', title: m.checked.triedTitle, items: tried.map((step) => [safe(step)]) });
  return blocks;
}
