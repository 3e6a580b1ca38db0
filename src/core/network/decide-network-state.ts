import type { ProbeOutcome } from '../probe/probe-result.ts';
import type { ControlResult, DnsEvidence, NetworkEvidence, ResolverResult } from './network-evidence.ts';
import type { NetworkState } from './network-report.ts';

/** A service probe as the network decision sees it. */
export interface ServiceProbeSignal {
  readonly url: string;
  readonly outcome: ProbeOutcome;
  /** TLS error code of a `tls-error`, e.g. CERT_NOT_YET_VALID. */
  readonly tlsErrorCode?: string;
}

/** The network's state and whether the user's own path is proven to work. */
export interface NetworkDecision {
  readonly state: NetworkState;
  /** Something beyond the router answered: a control URL or a public resolver. */
  readonly pathProven: boolean;
}

/** Clock differences below this are ordinary drift, not the cause of certificate errors. */
export const CLOCK_SKEW_THRESHOLD_MS = 5 * 60_000;

const CERT_VALIDITY_CODES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CRL_HAS_EXPIRED', 'CRL_NOT_YET_VALID']);

const isHttps = (url: string) => url.startsWith('https:');
/** Outcomes where nothing answered at all: no HTTP status, no certificate. */
const SILENT_OUTCOMES = new Set<string>(['timeout', 'connect-timeout', 'connect-refused', 'dns-error', 'reset']);
const SYSTEM_FAILURES = new Set(['timeout', 'servfail', 'nxdomain', 'refused', 'rewritten', 'error']);

function systemResolverFails(system: ResolverResult): boolean {
  return system.answers.length > 0 && system.answers.some((answer) => SYSTEM_FAILURES.has(answer.kind));
}

function alternativeWorks(alternative: ResolverResult): boolean {
  return alternative.tlsValidated === true && alternative.answers.some((answer) => answer.kind === 'ok');
}

function dnsState(dns: DnsEvidence): NetworkState | undefined {
  if (!dns.completed || !systemResolverFails(dns.system)) return undefined;
  const udpWorks = dns.alternatives.some((alt) => alt.transport === 'udp' && alternativeWorks(alt));
  if (udpWorks) return 'dns-failure';
  // Blocked shows as silence (dropped) or as a refusal (rejected with ICMP, or REFUSED).
  const udpSilent = dns.alternatives
    .filter((alt) => alt.transport === 'udp')
    .every((alt) => alt.answers.every((a) => a.kind === 'timeout' || a.kind === 'refused'));
  const dohWorks = dns.alternatives.some((alt) => alt.transport === 'doh' && alternativeWorks(alt));
  if (dohWorks && udpSilent) return 'dns-blocked';
  if (dohWorks) return 'dns-failure';
  return undefined;
}

function tlsState(controls: readonly ControlResult[], services: readonly ServiceProbeSignal[], clockSkewMs: number | undefined): NetworkState | undefined {
  const httpsControls = controls.filter((control) => isHttps(control.url));
  const httpsServices = services.filter((probe) => isHttps(probe.url));
  // Silence never got as far as a certificate, so it says nothing about TLS.
  const reachedTls = [...httpsControls.map((c) => c.outcome), ...httpsServices.map((s) => s.outcome)].filter((outcome) => !SILENT_OUTCOMES.has(outcome));
  if (reachedTls.length === 0) return undefined;

  // Interception: every HTTPS site that got as far as TLS showed an issuer we
  // do not trust, the control site included (one site alone could be its own fault).
  const untrustedEverywhere = reachedTls.every((outcome) => outcome === 'tls-untrusted') && httpsControls.some((c) => c.outcome === 'tls-untrusted');
  if (untrustedEverywhere) return 'tls-interception';

  const validityErrors = [...httpsControls.map((c) => c.tlsErrorCode), ...httpsServices.map((s) => s.tlsErrorCode)].filter(
    (code) => code !== undefined && CERT_VALIDITY_CODES.has(code),
  );
  if (validityErrors.length > 0 && clockSkewMs !== undefined && Math.abs(clockSkewMs) >= CLOCK_SKEW_THRESHOLD_MS) return 'clock-skew';
  return undefined;
}

/**
 * Decides the local network's state from the checks' evidence (pure), the
 * lowest failing layer first: link and route, router, captive portal,
 * internet, DNS, TLS, clock, proxy. A check that did not complete is never
 * taken as a failure; without positive evidence either way the state is
 * `unknown`, which blames nobody.
 */
export function decideNetworkState(evidence: NetworkEvidence, services: readonly ServiceProbeSignal[] = []): NetworkDecision {
  const controls = evidence.internet?.completed ? evidence.internet.controls : [];
  const resolversAnswering = evidence.internet?.completed ? evidence.internet.resolversAnswering : [];
  const anyControlOk = controls.some((control) => control.ok);
  const pathProven = anyControlOk || resolversAnswering.length > 0;
  // Silence means no answer at all; a TLS or HTTP error came from somewhere, and other rules judge it.
  const beyondRouterSilent =
    evidence.internet?.completed === true && controls.length > 0 && !pathProven && controls.every((control) => SILENT_OUTCOMES.has(control.outcome));
  const decided = (state: NetworkState): NetworkDecision => ({ state, pathProven });

  const route = evidence.route;
  if (route?.completed && (!route.interfaceUp || route.defaultRoute === undefined)) return decided('offline');

  const gateway = evidence.gateway;
  if (gateway?.completed && gateway.address !== undefined && !gateway.reachable && !pathProven) return decided('router-unreachable');

  const portal = evidence.captivePortal;
  if (portal?.completed && portal.checks.some((check) => check.result !== 'clean' && check.result !== 'unreachable')) {
    return decided('captive-portal');
  }

  if (beyondRouterSilent && evidence.dns?.alternatives.every((alt) => alt.answers.every((a) => a.kind === 'timeout')) !== false) {
    // Everything goes through a VPN tunnel and nothing comes back: the VPN,
    // not the line, is the likelier culprit, and disconnecting it the first step.
    return decided(route?.completed && route.routesThroughTunnel ? 'proxy-problem' : 'internet-down');
  }

  const dns = evidence.dns ? dnsState(evidence.dns) : undefined;
  if (dns) return decided(dns);

  const tls = tlsState(controls, services, evidence.clockSkewMs);
  if (tls) return decided(tls);

  if (evidence.proxy?.completed && evidence.proxy.failing) return decided('proxy-problem');

  return decided(pathProven ? 'ok' : 'unknown');
}
