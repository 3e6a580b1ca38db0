import { startDeadline, systemClock } from '../check/deadline.ts';
import { probeWithConfirmation } from '../check/probe-with-confirmation.ts';
import type { Prober } from '../probe/create-prober.ts';
import { estimateClockSkew } from './clock/estimate-clock-skew.ts';
import { checkDns, type DnsCheckDependencies } from './dns/check-dns.ts';
import { checkGateway, type GatewayCheckDeps } from './gateway/check-gateway.ts';
import { checkControlSites } from './internet/check-control-sites.ts';
import type { DnsEvidence, InternetEvidence, NetworkEvidence, RouteEvidence } from './network-evidence.ts';
import type { NetworkDiagnoser } from './network-report.ts';
import { checkCaptivePortal } from './portal/check-captive-portal.ts';
import { checkProxy } from './proxy/check-proxy.ts';
import { checkRoute } from './route/check-route.ts';
import type { CommandRunner } from './system/command-runner.ts';
import { inspectTls } from './tls/inspect-tls.ts';

/** What the local network diagnosis runs on; the live wiring passes the real ones. */
export interface NetworkDiagnoserDeps {
  /** Probes the control sites (shares the check's connection pool and trust store). */
  readonly prober: Pick<Prober, 'probe'>;
  readonly runCommand: CommandRunner;
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** CA certificates trusted beyond the system's (`tls.extraCaFile`). */
  readonly extraCaCertificates: readonly string[];
  /** Overrides for the DNS switch test's I/O (tests). */
  readonly dns?: DnsCheckDependencies;
  /** Overrides for the gateway check's I/O (tests). */
  readonly gateway?: Pick<GatewayCheckDeps, 'connect'>;
}

/** Answers that came from a DNS server: proof that something beyond the router answers. */
const SERVER_ANSWERS = new Set(['ok', 'nxdomain', 'servfail']);

function resolversAnswering(dns: DnsEvidence): string[] {
  return dns.alternatives.filter((alt) => alt.answers.some((answer) => SERVER_ANSWERS.has(answer.kind))).map((alt) => alt.resolver);
}

/**
 * The local network diagnosis: route, router, captive portal, control
 * sites, the DNS switch test (with regional) and proxies, all at once, each
 * within the request's time. The router check waits only for the route
 * (to learn the gateway) unless the config names the gateway. Never rejects:
 * a check that fails or does not finish is simply incomplete.
 */
export function createNetworkDiagnoser(deps: NetworkDiagnoserDeps): NetworkDiagnoser {
  return async (request) => {
    const { network, services, timeoutMs, signal } = request;
    const within = { timeoutMs, ...(signal ? { signal } : {}) };
    const startedAt = performance.now();
    const remaining = () => Math.max(0, timeoutMs - (performance.now() - startedAt));

    const route = checkRoute(within, { runCommand: deps.runCommand, platform: deps.platform }).catch(
      (): RouteEvidence => ({ completed: false, interfaceUp: false, tunnelInterfaces: [], routesThroughTunnel: false }),
    );
    const gateway = (async () => {
      const address = network.gateway !== 'auto' ? network.gateway : (await route).defaultRoute?.gateway;
      if (address === undefined) return undefined;
      return checkGateway(address, { timeoutMs: remaining(), ...(signal ? { signal } : {}) }, {
        runCommand: deps.runCommand,
        platform: deps.platform,
        ...deps.gateway,
      });
    })().catch(() => undefined);
    // Control sites get the same hedged, re-checked probing as the services,
    // so one lost packet does not turn a working line into "internet down".
    const controlDeadline = startDeadline(timeoutMs, systemClock, signal ? { parent: signal } : {});
    const controlProber = {
      probe: async (spec: Parameters<Prober['probe']>[0]) => (await probeWithConfirmation(spec, deps.prober.probe, controlDeadline)).result,
    };
    const controls = checkControlSites(
      { controlUrls: network.controlUrls, ...within, extraCaCertificates: deps.extraCaCertificates },
      { prober: controlProber, inspectTls },
    )
      .catch(() => undefined)
      .finally(() => controlDeadline.dispose());
    const portal = checkCaptivePortal({ connectivityChecks: network.connectivityChecks, ...within }).catch(() => undefined);
    const dns = checkDns(
      { services, publicResolvers: network.publicResolvers, dohResolvers: network.dohResolvers, ...within },
      { extraCaCertificates: deps.extraCaCertificates, ...deps.dns },
    ).catch(() => undefined);
    const proxy = checkProxy(within, { env: deps.env, runCommand: deps.runCommand, platform: deps.platform }, network.controlUrls[0]).catch(() => undefined);

    const [routeEvidence, gatewayEvidence, controlFindings, portalFindings, dnsResult, proxyEvidence] = await Promise.all([
      route,
      gateway,
      controls,
      portal,
      dns,
      proxy,
    ]);

    const internet: InternetEvidence | undefined = controlFindings
      ? {
          completed: controlFindings.completed,
          controls: controlFindings.controls.map(({ certificate: _certificate, ...control }) => control),
          resolversAnswering: dnsResult ? resolversAnswering(dnsResult.dns) : [],
        }
      : undefined;
    const clockSkewMs = estimateClockSkew([...(controlFindings?.clockSamples ?? []), ...(portalFindings?.clockSamples ?? [])]);
    const evidence: NetworkEvidence = {
      route: routeEvidence,
      ...(gatewayEvidence ? { gateway: gatewayEvidence } : {}),
      ...(internet ? { internet } : {}),
      ...(portalFindings ? { captivePortal: { completed: portalFindings.completed, checks: portalFindings.checks } } : {}),
      ...(dnsResult ? { dns: dnsResult.dns, regional: dnsResult.regional } : {}),
      ...(proxyEvidence ? { proxy: proxyEvidence } : {}),
      ...(clockSkewMs !== undefined ? { clockSkewMs } : {}),
    };
    return evidence;
  };
}
