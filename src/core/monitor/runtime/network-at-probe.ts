import type { NetworkDecision } from '../../network/decide-network-state.ts';
import { isLocalNetworkProblem } from '../../network/network-report.ts';
import type { NetworkAtProbe } from '../state/classify-probe-round.ts';

/** The latest finished network check, as the monitor keeps it. */
export interface NetworkCheckRecord {
  /** When the check started (epoch ms): its evidence is no older than this. */
  readonly startedAt: number;
  readonly decision: NetworkDecision;
}

/**
 * What a probe round may claim about the local network (pure): `problem`
 * while the latest check blames the user's side; `healthy` only when the
 * latest check proved the path and started no earlier than `proofNeededSince`
 * (the start of the service's current failure run, or of this round), so an
 * old proof cannot turn a local drop into an outage; `unknown` otherwise.
 */
export function networkAtProbe(latest: NetworkCheckRecord | undefined, proofNeededSince: number): NetworkAtProbe {
  if (latest === undefined) return 'unknown';
  if (isLocalNetworkProblem(latest.decision.state)) return 'problem';
  if (latest.decision.pathProven && latest.startedAt >= proofNeededSince) return 'healthy';
  return 'unknown';
}
