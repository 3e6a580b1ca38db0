import type { ServiceState } from '../../assessment/service-state.ts';
import type { MonitorStateReason, ServiceMonitorState } from './service-monitor-state.ts';

/** The fused state and the rule that chose it. */
export interface DerivedState {
  readonly state: ServiceState;
  readonly reason: MonitorStateReason;
}

type Inputs = Pick<ServiceMonitorState, 'localProblem' | 'evidence' | 'probeOutage' | 'probeDegraded' | 'officialLevel'>;

/**
 * Fuses what the probes, the official page and the local network say into
 * one state (pure). First match wins:
 * 1. a local network problem makes every service `unknown` (never down);
 * 2. probes confirming an outage win over a page that says all is well
 *    (pages lag), but official maintenance explains the failures;
 * 3. the page's own outage or maintenance;
 * 4. without current probe evidence, only the page's "degraded" is known;
 * 5. the probes' "slow"/"partly failing", then the page's "degraded";
 * 6. otherwise operational.
 */
export function deriveServiceState(inputs: Inputs): DerivedState {
  if (inputs.localProblem) return { state: 'unknown', reason: 'local-problem' };
  const official = inputs.officialLevel;
  if (inputs.evidence === 'current' && inputs.probeOutage) {
    return official === 'maintenance'
      ? { state: 'maintenance', reason: 'official-maintenance' }
      : { state: 'outage', reason: 'probes-failing' };
  }
  if (official === 'outage') return { state: 'outage', reason: 'official-outage' };
  if (official === 'maintenance') return { state: 'maintenance', reason: 'official-maintenance' };
  if (inputs.evidence !== 'current') {
    if (official === 'degraded') return { state: 'degraded', reason: 'official-degraded' };
    return { state: 'unknown', reason: inputs.evidence === 'inconclusive' ? 'probes-inconclusive' : 'no-data' };
  }
  if (inputs.probeDegraded) return { state: 'degraded', reason: inputs.probeDegraded };
  if (official === 'degraded') return { state: 'degraded', reason: 'official-degraded' };
  return { state: 'operational', reason: 'probes-up' };
}
