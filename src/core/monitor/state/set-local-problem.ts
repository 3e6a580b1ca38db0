import type { ServiceMonitorState } from './service-monitor-state.ts';

const ZERO_COUNTERS = { failures: 0, successes: 0, healthy: 0, degradedSignals: 0, inconclusive: 0 } as const;

/**
 * Records whether the local network is to blame (pure). When a local
 * problem begins, what the probes counted so far no longer counts: failures
 * seen around it may have been the user's own network, so an outage needs a
 * fresh run of failures once it clears, and the service stays `unknown`
 * until a fresh probe says otherwise. An open outage stays open, so it is not
 * announced a second time.
 */
export function setLocalProblem(state: ServiceMonitorState, localProblem: boolean): ServiceMonitorState {
  if (localProblem === state.localProblem) return state;
  if (!localProblem) return { ...state, localProblem };
  const { failureRunStartedAt: _failure, successRunStartedAt: _success, ...rest } = state;
  return {
    ...rest,
    localProblem,
    counters: ZERO_COUNTERS,
    evidence: state.evidence === 'none' ? 'none' : 'stale',
  };
}
