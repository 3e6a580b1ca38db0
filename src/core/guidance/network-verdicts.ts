import { PAC_SOURCE, SYSTEM_SETTINGS_SOURCE } from '../network/proxy/proxy-setting.ts';
import type { VerdictKind } from '../verdict/verdict-kind.ts';
import {
  clockSkewMs,
  controlHosts,
  hostOf,
  dohAddressFor,
  gatewayFact,
  interceptingIssuer,
  portalFact,
  serviceForHost,
  silentPublicResolvers,
  suggestedDns,
  systemDnsFailures,
  workingResolvers,
  type WorkingResolver,
} from './evidence-facts.ts';
import { gatewaySentence, namesOf } from './evidence-sentences.ts';
import { flushDnsStep, restartRouterStep, secureDnsSteps, switchDnsDetail } from './shared-steps.ts';
import { type GuidanceInput, type GuidanceWriter, step } from './verdict-context.ts';

// The verdicts that put the fault on the user's side of the connection, and
// `regional`. Each summary cites what this diagnosis saw; each step is the
// user's OS's version of the action.

const ADAPTER_PAUSE_MS = 10_000;
const POWER_OFF_MS = 30_000;

/** "Your DNS server did not answer for chatgpt.com." */
function systemFailure(input: GuidanceInput): string {
  const { format } = input.language;
  return input.m.evidence.systemDns(systemDnsFailures(input.context.evidence).map((f) => ({ kind: f.kind, hosts: format.list(f.hosts) })));
}

/** The name of the service whose certificate checked out at a working resolver's answer. */
function validatedService(input: GuidanceInput, resolver: WorkingResolver | undefined): string | undefined {
  const host = resolver?.hosts[0];
  return host === undefined ? undefined : serviceForHost(input.context, host)?.report.name;
}

function resolverLabel(input: GuidanceInput, resolver: WorkingResolver): string {
  return resolver.transport === 'doh' ? input.m.network.dnsFailure.encrypted(resolver.name) : resolver.name;
}

const offline: GuidanceWriter = (input) => {
  const { m, language } = input;
  const route = input.context.evidence?.route;
  return {
    title: m.network.offline.title,
    summary: m.network.offline.summary({ noInterface: route?.completed === true && !route.interfaceUp }),
    steps: [
      step('reconnect', m.network.offline.reconnect, m.howTo.reconnect[language.os]),
      step('restart-adapter', m.network.offline.restartAdapter.title, m.network.offline.restartAdapter.detail(language.format.duration(ADAPTER_PAUSE_MS))),
      restartRouterStep(input, m.network.offline.routerTitle),
    ],
  };
};

const routerUnreachable: GuidanceWriter = (input) => {
  const m = input.m.network;
  return {
    title: m.routerUnreachable.title,
    summary: m.routerUnreachable.summary({ gateway: gatewaySentence(input) ?? m.routerUnreachable.unknownRouter }),
    steps: [
      restartRouterStep(input),
      step('check-link', m.routerUnreachable.checkLink.title, m.routerUnreachable.checkLink.detail),
      step('try-hotspot', m.tryHotspot.title, m.tryHotspot.detail),
    ],
  };
};

const captivePortal: GuidanceWriter = (input) => {
  const { m, language } = input;
  const portal = portalFact(input.context.evidence);
  const how = portal?.result;
  const summary =
    portal && (how === 'redirect' || how === 'network-authentication-required' || how === 'wrong-answer')
      ? m.network.captivePortal.summary({ checked: portal.checkedHost, how, ...(portal.location ? { location: portal.location } : {}) })
      : m.network.captivePortal.unknownCheck;
  return {
    title: m.network.captivePortal.title,
    summary,
    steps: [
      step('open-portal', m.network.captivePortal.openPortal, m.howTo.openPortal[language.os](portal?.location ?? m.howTo.anyHttpPage)),
      step('recheck', m.network.captivePortal.recheck.title, m.network.captivePortal.recheck.detail),
    ],
  };
};

const internetDown: GuidanceWriter = (input) => {
  const { m, language } = input;
  const { format } = language;
  const controls = controlHosts(input.context.evidence);
  const resolvers = (input.context.evidence?.dns?.alternatives ?? []).filter((alt) => alt.transport === 'udp').map((alt) => alt.resolver);
  const gateway = gatewayFact(input.context.evidence);
  return {
    title: m.network.internetDown.title,
    summary: m.network.internetDown.summary({
      gateway: gateway?.reachable ? (gatewaySentence(input) ?? m.network.internetDown.routerOk) : m.network.internetDown.routerOk,
      controls: controls.length > 0 ? format.list(controls, 'disjunction') : m.network.internetDown.someControls,
      ...(resolvers.length > 0 ? { resolvers: format.list(resolvers) } : {}),
    }),
    steps: [
      step('restart-modem', m.network.internetDown.restartModem.title, m.network.internetDown.restartModem.detail({ wait: format.duration(POWER_OFF_MS) })),
      step('provider-outage', m.network.internetDown.providerOutage.title, m.network.internetDown.providerOutage.detail),
      step('try-hotspot', m.network.internetDown.hotspotTitle, m.network.tryHotspot.detail),
    ],
  };
};

const dnsFailure: GuidanceWriter = (input) => {
  const { m, language } = input;
  const { format } = language;
  const working = workingResolvers(input.context.evidence);
  const first = working[0];
  const dns = suggestedDns(working);
  const service = validatedService(input, first);
  const d = m.network.dnsFailure;
  const firstStep = dns
    ? step(
        'switch-dns',
        d.switchDns(dns.primary),
        switchDnsDetail(
          input,
          first ? d.resolverEvidence({ resolver: resolverLabel(input, first), hosts: format.list(first.hosts), ...(first.ms !== undefined ? { took: format.duration(first.ms) } : {}) }) : undefined,
          dns,
        ),
      )
    : undefined;
  return {
    title: d.title,
    summary: d.summary({ failure: systemFailure(input), ...(first ? { working: resolverLabel(input, first) } : {}), ...(service ? { service } : {}) }),
    steps: [
      // Only encrypted DNS got through: that, not a plain DNS server, is what to switch to.
      ...(firstStep ? [firstStep] : secureDnsSteps(input, dohAddressFor(working))),
      flushDnsStep(input),
      step('restart-router', d.routerTitle, d.routerDetail({ wait: format.duration(POWER_OFF_MS) })),
    ],
  };
};

const dnsBlocked: GuidanceWriter = (input) => {
  const { m, language } = input;
  const working = workingResolvers(input.context.evidence);
  const viaDoh = working.filter((r) => r.transport === 'doh');
  const silent = silentPublicResolvers(input.context.evidence);
  const service = validatedService(input, viaDoh[0]);
  return {
    title: m.network.dnsBlocked.title,
    summary: m.network.dnsBlocked.summary({
      failure: systemFailure(input),
      ...(silent.length > 0 ? { silent: language.format.list(silent) } : {}),
      ...(viaDoh.length > 0 ? { doh: language.format.list(viaDoh.map((r) => r.name)) } : {}),
      ...(service ? { service } : {}),
    }),
    steps: [...secureDnsSteps(input, dohAddressFor(working)), step('ask-admin', m.network.dnsBlocked.askAdmin.title, m.network.dnsBlocked.askAdmin.detail)],
  };
};

const tlsInterception: GuidanceWriter = (input) => {
  const { m, language } = input;
  const t = m.network.tlsInterception;
  const controls = (input.context.evidence?.internet?.controls ?? []).filter((c) => c.outcome === 'tls-untrusted').map((c) => hostOf(c.url));
  const services = input.context.services.filter((s) => s.report.probes.some((p) => p.outcome === 'tls-untrusted')).map((s) => s.report.name);
  const sites = [...controls, ...services];
  const issuer = interceptingIssuer(input.context.evidence);
  return {
    title: t.title,
    summary: t.summary({ ...(sites.length > 0 ? { sites: language.format.list(sites) } : {}), ...(issuer ? { issuer } : {}) }),
    steps: [
      step('antivirus-scanning', t.antivirus.title, t.antivirus.detail),
      step('proxy-vpn', t.proxyVpn.title, t.proxyVpn.detail),
      step('do-not-bypass', t.doNotBypass.title, t.doNotBypass.detail),
    ],
  };
};

const clockSkew: GuidanceWriter = (input) => {
  const { m, language } = input;
  const skew = clockSkewMs(input.context.evidence);
  const c = m.network.clockSkew;
  return {
    title: c.title,
    summary: c.summary({ ahead: (skew ?? 0) > 0, ...(skew !== undefined ? { off: language.format.duration(Math.abs(skew)) } : {}) }),
    steps: [step('auto-time', c.autoTime, m.howTo.setClock[language.os]), step('recheck', c.recheck.title, c.recheck.detail)],
  };
};

const proxyProblem: GuidanceWriter = (input) => {
  const { m, language } = input;
  const { format } = language;
  const p = m.network.proxyProblem;
  const proxy = input.context.evidence?.proxy;
  const tunnels = input.context.evidence?.route?.tunnelInterfaces ?? [];
  // Environment variable names read the same in every language; the other sources are words.
  const sourceName = (source: string) => (source === SYSTEM_SETTINGS_SOURCE ? p.systemSettings : source === PAC_SOURCE ? p.autoConfig : source);
  const sources = proxy && proxy.sources.length > 0 ? format.list(proxy.sources.map(sourceName)) : undefined;
  return {
    title: p.title,
    summary: proxy?.failing
      ? p.proxySummary({ ...(sources ? { sources } : {}), wantsPassword: /\b407\b/.test(proxy.detail ?? '') })
      : p.tunnelSummary(tunnels.length > 0 ? format.list(tunnels) : undefined),
    steps: [
      step('disconnect-vpn', p.disconnect.title, p.disconnect.detail),
      step('proxy-settings', p.settings.title, p.settings.detail({ how: m.howTo.proxySettings[language.os], ...(sources ? { sources } : {}) })),
    ],
  };
};

const regional: GuidanceWriter = (input) => {
  const { m, about } = input;
  const r = m.network.regional;
  const names = namesOf(about, input);
  const ids = new Set(about.map((s) => s.report.id));
  const detail = (input.context.regional ?? []).find((entry) => ids.has(entry.serviceId)) ?? input.context.regional?.[0];
  const via = detail?.viaResolver;
  const dns = suggestedDns(via ? [{ name: via, transport: 'udp', hosts: [] }] : []) ?? { primary: '1.1.1.1', secondary: '8.8.8.8' };
  return {
    title: r.title(names),
    summary: r.summary({
      ...names,
      ...(detail ? { systemAddress: detail.systemAddress, workingAddress: detail.workingAddress, via: detail.viaResolver } : {}),
    }),
    steps: [
      step('switch-dns', r.switchDns(via), switchDnsDetail(input, r.switchLead(via), dns)),
      step('other-network', r.otherNetwork.title, r.otherNetwork.detail),
      step('wait', r.wait.title, r.wait.detail),
    ],
  };
};

/** Writers for the verdicts on the user's side of the connection, and for `regional`. */
export const NETWORK_WRITERS = {
  offline,
  'router-unreachable': routerUnreachable,
  'captive-portal': captivePortal,
  'internet-down': internetDown,
  'dns-failure': dnsFailure,
  'dns-blocked': dnsBlocked,
  'tls-interception': tlsInterception,
  'clock-skew': clockSkew,
  'proxy-problem': proxyProblem,
  regional,
} as const satisfies Partial<Record<VerdictKind, GuidanceWriter>>;
