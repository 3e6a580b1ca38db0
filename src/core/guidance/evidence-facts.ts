import { classifyOutcome } from '../assessment/service-state.ts';
import type { DnsAnswerKind, NetworkEvidence, ResolverResult } from '../network/network-evidence.ts';
import type { OfficialReport, ProbeReport, ServiceReport } from '../report/report-schema.ts';
import type { ServiceContext, VerdictContext } from './verdict-context.ts';

// Language-neutral facts pulled out of a diagnosis, so the sentences in every
// language cite the same evidence and no dictionary has to dig through reports.

/** The host of a URL, or the text itself when it is not a URL (a resolver IP). */
export function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url;
}

/** The site a user would recognise: the first probe's host without `www.`. */
export function siteOf(report: ServiceReport): string | undefined {
  const url = report.probes[0]?.url;
  return url === undefined ? undefined : hostOf(url).replace(/^www\./, '');
}

/** The service whose probes go to `host`, if any. */
export function serviceForHost(context: VerdictContext, host: string): ServiceContext | undefined {
  return context.services.find((s) => s.report.probes.some((p) => hostOf(p.url) === host));
}

/** Probes that show the service itself answered. */
export function answeringProbes(report: ServiceReport): ProbeReport[] {
  return report.probes.filter((p) => classifyOutcome(p.outcome) === 'up');
}

/** Probes that did not get a normal answer (429 included). */
export function failingProbes(report: ServiceReport): ProbeReport[] {
  return report.probes.filter((p) => classifyOutcome(p.outcome) !== 'up');
}

/** How many checks in a row gave this probe's outcome (1 when it was not re-checked or the answers differed). */
export function repeatCount(probe: ProbeReport): number {
  const earlier = probe.earlierOutcomes ?? [];
  return earlier.length > 0 && earlier.every((outcome) => outcome === probe.outcome) ? earlier.length + 1 : 1;
}

/**
 * An API-type service: its id says so, or a failing probe goes to an
 * `api.` host. Their users are programs, which need advice on retries.
 */
export function isApiService(service: ServiceContext): boolean {
  if (service.report.id.includes('api')) return true;
  return failingProbes(service.report).some((p) => hostOf(p.url).startsWith('api.'));
}

/** The edge network in front of a service, when its answer says so. */
export function edgeName(probe: ProbeReport): string | undefined {
  if (probe.edge?.cfRay !== undefined || /cloudflare/i.test(probe.edge?.server ?? '') || probe.outcome === 'edge-origin-error') return 'Cloudflare';
  return undefined;
}

/** The first incident still open on an official page. */
export function openIncident(official: OfficialReport | undefined): OfficialReport['incidents'][number] | undefined {
  return official?.incidents.find((i) => i.status !== 'resolved' && i.status !== 'postmortem');
}

/** Maintenance in progress on an official page. */
export function activeMaintenance(official: OfficialReport | undefined): OfficialReport['maintenances'][number] | undefined {
  return official?.maintenances.find((m) => m.status === 'in_progress' || m.status === 'verifying');
}

/** The router's answer, when the check completed. */
export function gatewayFact(evidence: NetworkEvidence | undefined): { address: string; reachable: boolean; ms?: number } | undefined {
  const gateway = evidence?.gateway;
  if (!gateway?.completed || gateway.address === undefined) return undefined;
  return { address: gateway.address, reachable: gateway.reachable, ...(gateway.ms !== undefined ? { ms: gateway.ms } : {}) };
}

/** The fastest control site (not an AI service) that answered: proof the user's own path works. */
export function answeringControl(evidence: NetworkEvidence | undefined): { host: string; ms?: number } | undefined {
  const controls = evidence?.internet?.completed ? evidence.internet.controls.filter((c) => c.ok) : [];
  const best = [...controls].sort((a, b) => (a.ms ?? Infinity) - (b.ms ?? Infinity))[0];
  return best ? { host: hostOf(best.url), ...(best.ms !== undefined ? { ms: best.ms } : {}) } : undefined;
}

/** Hosts of every control site checked. */
export function controlHosts(evidence: NetworkEvidence | undefined): string[] {
  return (evidence?.internet?.controls ?? []).map((c) => hostOf(c.url));
}

/** How the user's own DNS server failed, grouped by the kind of failure. */
export function systemDnsFailures(evidence: NetworkEvidence | undefined): { kind: Exclude<DnsAnswerKind, 'ok'>; hosts: string[] }[] {
  const byKind = new Map<Exclude<DnsAnswerKind, 'ok'>, string[]>();
  for (const answer of evidence?.dns?.system.answers ?? []) {
    if (answer.kind === 'ok') continue;
    byKind.set(answer.kind, [...(byKind.get(answer.kind) ?? []), answer.host]);
  }
  return [...byKind].map(([kind, hosts]) => ({ kind, hosts }));
}

/** A resolver whose answer worked, and for which hosts. */
export interface WorkingResolver {
  /** An IP for plain DNS, the host of the URL for DNS over HTTPS. */
  readonly name: string;
  readonly transport: 'udp' | 'doh';
  readonly hosts: readonly string[];
  readonly ms?: number;
}

function works(alt: ResolverResult): boolean {
  return alt.tlsValidated === true && alt.answers.some((a) => a.kind === 'ok');
}

/** Resolvers whose answer let a TLS handshake for the service validate, plain DNS first. */
export function workingResolvers(evidence: NetworkEvidence | undefined): WorkingResolver[] {
  const alternatives = (evidence?.dns?.alternatives ?? []).filter((alt) => alt.transport !== 'system' && works(alt));
  return alternatives
    .map((alt) => {
      const ok = alt.answers.filter((a) => a.kind === 'ok');
      const ms = ok[0]?.ms;
      return {
        name: alt.transport === 'doh' ? hostOf(alt.resolver) : alt.resolver,
        transport: alt.transport === 'doh' ? ('doh' as const) : ('udp' as const),
        hosts: ok.map((a) => a.host),
        ...(ms !== undefined ? { ms } : {}),
      };
    })
    .sort((a, b) => (a.transport === b.transport ? 0 : a.transport === 'udp' ? -1 : 1));
}

/** Public resolvers asked over plain DNS that gave no answer at all. */
export function silentPublicResolvers(evidence: NetworkEvidence | undefined): string[] {
  return (evidence?.dns?.alternatives ?? [])
    .filter((alt) => alt.transport === 'udp' && alt.answers.every((a) => a.kind === 'timeout' || a.kind === 'refused'))
    .map((alt) => alt.resolver);
}

// The usual partner of each well-known public resolver, and the plain address
// behind each well-known DNS-over-HTTPS host (Windows 11 only encrypts DNS to
// addresses it knows a template for).
const SECOND_ADDRESS: Readonly<Record<string, string>> = {
  '1.1.1.1': '1.0.0.1',
  '1.0.0.1': '1.1.1.1',
  '8.8.8.8': '8.8.4.4',
  '8.8.4.4': '8.8.8.8',
  '9.9.9.9': '149.112.112.112',
};
const DOH_ADDRESS: Readonly<Record<string, string>> = {
  'cloudflare-dns.com': '1.1.1.1',
  'dns.google': '8.8.8.8',
  'dns.quad9.net': '9.9.9.9',
};

/** The DNS servers to suggest: the first working plain resolver, and a second one (another that worked, or its usual partner). */
export function suggestedDns(working: readonly WorkingResolver[]): { primary: string; secondary?: string } | undefined {
  const plain = working.filter((r) => r.transport === 'udp').map((r) => r.name);
  const primary = plain[0];
  if (primary === undefined) return undefined;
  const secondary = plain[1] ?? SECOND_ADDRESS[primary];
  return { primary, ...(secondary !== undefined ? { secondary } : {}) };
}

/** The plain address to pair with DNS over HTTPS in Windows' settings. */
export function dohAddressFor(working: readonly WorkingResolver[]): string {
  const viaDoh = working.find((r) => r.transport === 'doh');
  return (viaDoh && DOH_ADDRESS[viaDoh.name]) ?? working.find((r) => r.transport === 'udp')?.name ?? '1.1.1.1';
}

/** What the captive-portal check ran into. */
export function portalFact(evidence: NetworkEvidence | undefined): { checkedHost: string; result: string; status?: number; location?: string } | undefined {
  const check = evidence?.captivePortal?.completed
    ? evidence.captivePortal.checks.find((c) => c.result !== 'clean' && c.result !== 'unreachable')
    : undefined;
  if (!check) return undefined;
  return {
    checkedHost: hostOf(check.url),
    result: check.result,
    ...(check.status !== undefined ? { status: check.status } : {}),
    ...(check.location !== undefined ? { location: check.location } : {}),
  };
}

/** How far the local clock is off (local minus the servers' time), when known. */
export function clockSkewMs(evidence: NetworkEvidence | undefined): number | undefined {
  return evidence?.clockSkewMs;
}

/** The issuer the intercepting certificate named, when a control site's check saw one. */
export function interceptingIssuer(evidence: NetworkEvidence | undefined): string | undefined {
  return evidence?.internet?.controls.find((c) => c.outcome === 'tls-untrusted' && c.issuer !== undefined)?.issuer;
}
