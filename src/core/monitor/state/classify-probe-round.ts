import { classifyOutcome } from '../../assessment/service-state.ts';
import type { ProbeResult } from '../../probe/probe-result.ts';
import type { SlownessSettings } from '../monitor-settings.ts';

/**
 * What the local network diagnosis said when a probe round ran: `healthy`
 * means the user's path is proven (a control URL answered), `problem` that
 * the fault is on the user's side, `unknown` that there is no fresh proof
 * either way. Say `healthy` only on proof no older than the failure run being
 * confirmed (the check a failed probe triggers), or a local drop can pass
 * for an outage; when in doubt say `unknown`, which holds silent failures
 * without counting them.
 */
export type NetworkAtProbe = 'healthy' | 'problem' | 'unknown';

/** The service's own latency baseline, from history (e.g. its p95 over the last 24 h). */
export interface LatencyBaseline {
  readonly p95Ms: number;
}

/**
 * One probe round (every URL of a service, probed together), reduced to what
 * it says about the service:
 * - `up`: every URL answered, in normal time;
 * - `slow`: every URL answered, but far above the service's baseline;
 * - `partly-failing`: some URLs answered, others failed;
 * - `failing`: none answered and the failure counts (the edge answered with an
 *   error, or it stayed silent while the user's path was proven);
 * - `inconclusive`: none answered and nothing says whose fault it is (DNS or
 *   TLS errors, which point at the local side; silence without proof);
 * - `local`: none answered during a local network problem; it says nothing
 *   about the service.
 */
export type ProbeRoundKind = 'up' | 'slow' | 'partly-failing' | 'failing' | 'inconclusive' | 'local';

/** A classified round, with the time of its slowest answer when it had one. */
export interface ProbeRound {
  readonly kind: ProbeRoundKind;
  readonly totalMs?: number;
}

/** Classifies one probe round (pure). */
export function classifyProbeRound(
  results: readonly ProbeResult[],
  network: NetworkAtProbe,
  slowness: SlownessSettings,
  baseline: LatencyBaseline | undefined,
): ProbeRound {
  const answered = results.filter((result) => {
    const outcomeClass = classifyOutcome(result.outcome);
    return outcomeClass === 'up' || outcomeClass === 'rate-limited';
  });
  const classes = results.map((result) => classifyOutcome(result.outcome));
  const counted = classes.filter((c) => c === 'edge-answered-failure' || c === 'silent-failure');

  if (answered.length > 0) {
    const totalMs = Math.max(...answered.map((result) => result.timings.totalMs));
    // A URL failing with a DNS or TLS error beside ones that answer points at
    // the local side for that host, not at the service.
    if (counted.length > 0) return { kind: 'partly-failing', totalMs };
    return { kind: isSlow(totalMs, slowness, baseline) ? 'slow' : 'up', totalMs };
  }
  if (results.length === 0) return { kind: 'inconclusive' };
  if (network === 'problem') return { kind: 'local' };
  // An error page from the edge proves the user's path reaches the service;
  // silence needs the network diagnosis to prove it.
  if (classes.includes('edge-answered-failure')) return { kind: 'failing' };
  if (classes.includes('silent-failure') && network === 'healthy') return { kind: 'failing' };
  return { kind: 'inconclusive' };
}

function isSlow(totalMs: number, slowness: SlownessSettings, baseline: LatencyBaseline | undefined): boolean {
  if (baseline === undefined || !(baseline.p95Ms > 0)) return false;
  return totalMs > slowness.floorMs && totalMs > slowness.baselineFactor * baseline.p95Ms;
}
