import type { Deadline } from '../../check/deadline.ts';
import type { ProbeOutcome, ProbeResult } from '../../probe/probe-result.ts';
import { SERVICE_REACHABLE_OUTCOMES } from '../../probe/probe-result.ts';
import type { RegionalEvidence } from '../network-evidence.ts';
import type { PinnedProbe } from './pinned-probe.ts';
import { preferredAddress, type HostAnswer } from './query-outcome.ts';
import type { ServiceProbeOnHost } from './service-hosts.ts';

/** Every resolver's answer for one host. */
export interface HostResolution {
  readonly system: HostAnswer;
  readonly alternatives: readonly { readonly resolver: string; readonly answer: HostAnswer }[];
}

/** One service found failing at the system's address and working at another's, on `host`. */
export type RegionalFinding = RegionalEvidence['services'][number] & { readonly host: string };

/** The service's edge is down there: what the system's address must show. */
const EDGE_FAILED: ReadonlySet<ProbeOutcome> = new Set(['http-5xx', 'edge-origin-error', 'timeout', 'reset', 'connect-refused', 'connect-timeout']);

/**
 * The regional check: for each service whose host the system resolver
 * answered with addresses another resolver did not give, probes the
 * service's URL pinned to the system's address and to each other address
 * (in parallel, within `deadline`). A service is listed when it fails at the
 * system's address and is up at another's, with the first resolver (in
 * config order) whose address works. Never rejects.
 */
export async function checkRegional(
  probes: readonly ServiceProbeOnHost[],
  resolutionOf: (host: string) => Promise<HostResolution>,
  probePinned: PinnedProbe,
  deadline: Deadline,
): Promise<RegionalFinding[]> {
  const results = new Map<string, Promise<ProbeOutcome>>();
  const probeAt = (url: string, address: string): Promise<ProbeOutcome> => {
    const key = `${address}|${url}`;
    let result = results.get(key);
    if (result === undefined) {
      const work = probePinned(url, address, { timeoutMs: deadline.remainingMs(), signal: deadline.signal }).then(
        (probe: ProbeResult) => probe.outcome,
        (): ProbeOutcome => 'timeout',
      );
      result = deadline.race(work, (): ProbeOutcome => 'timeout');
      results.set(key, result);
    }
    return result;
  };

  const findings = await Promise.all(
    probes.map(async (probe): Promise<RegionalFinding | undefined> => {
      const { system, alternatives } = await resolutionOf(probe.host);
      const systemAddress = preferredAddress(system.addresses);
      if (system.kind !== 'ok' || systemAddress === undefined) return undefined;
      const elsewhere: { resolver: string; address: string }[] = [];
      for (const { resolver, answer } of alternatives) {
        const address = answer.kind === 'ok' ? preferredAddress(answer.addresses) : undefined;
        if (address === undefined || system.addresses.includes(address) || elsewhere.some((seen) => seen.address === address)) continue;
        elsewhere.push({ resolver, address });
      }
      if (elsewhere.length === 0) return undefined;

      const [atSystem, ...atOthers] = await Promise.all([probeAt(probe.url, systemAddress), ...elsewhere.map(({ address }) => probeAt(probe.url, address))]);
      if (atSystem === undefined || !EDGE_FAILED.has(atSystem)) return undefined;
      const working = elsewhere.find((_, index) => {
        const outcome = atOthers[index];
        return outcome !== undefined && SERVICE_REACHABLE_OUTCOMES.has(outcome);
      });
      if (working === undefined) return undefined;
      return { serviceId: probe.serviceId, host: probe.host, systemAddress, workingAddress: working.address, viaResolver: working.resolver };
    }),
  );
  return findings.filter((finding) => finding !== undefined);
}
