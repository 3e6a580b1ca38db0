import type { NetworkDecision } from './decide-network-state.ts';
import type { NetworkEvidence } from './network-evidence.ts';
import type { NetworkReport } from './network-report.ts';

/** The report's `network` section: the decision plus the evidence a person can check (pure). */
export function toNetworkReport(evidence: NetworkEvidence, decision: NetworkDecision): NetworkReport {
  const { gateway, dns, captivePortal, internet } = evidence;
  return {
    state: decision.state,
    ...(gateway?.completed && gateway.address !== undefined
      ? {
          gateway: {
            address: gateway.address,
            reachable: gateway.reachable,
            method: gateway.method ?? 'none',
            ...(gateway.ms !== undefined ? { ms: gateway.ms } : {}),
          },
        }
      : {}),
    ...(dns?.completed
      ? {
          dns: {
            system: {
              ok: dns.system.answers.length > 0 && dns.system.answers.every((a) => a.kind === 'ok'),
              ...(dns.system.answers[0]?.ms !== undefined ? { ms: dns.system.answers[0].ms } : {}),
            },
            alternatives: dns.alternatives.map((alt) => ({
              resolver: alt.resolver,
              transport: alt.transport === 'doh' ? ('doh' as const) : ('udp' as const),
              ok: alt.answers.length > 0 && alt.answers.every((a) => a.kind === 'ok'),
              ...(alt.answers[0]?.ms !== undefined ? { ms: alt.answers[0].ms } : {}),
            })),
            switchWouldHelp: dns.switchWouldHelp,
          },
        }
      : {}),
    ...(captivePortal?.completed ? { captivePortal: decision.state === 'captive-portal' } : {}),
    ...(internet?.completed ? { internet: { ok: decision.pathProven } } : {}),
    pathProven: decision.pathProven,
  };
}
