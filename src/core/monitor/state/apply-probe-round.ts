import type { MonitorSettings } from '../monitor-settings.ts';
import type { ProbeRound } from './classify-probe-round.ts';
import { addLatencySample } from './latency-window.ts';
import type { ServiceMonitorState } from './service-monitor-state.ts';

/**
 * Counts one classified probe round into the service's probe evidence
 * (pure); the fused state is derived afterwards. The local-problem flag is
 * expected to be set already for this round.
 *
 * - Answered rounds (up, slow, partly failing) end a failure run; enough of
 *   them in a row end a probe-confirmed outage.
 * - Failing rounds end an answered run; `failuresToConfirm` of them in a row
 *   confirm an outage.
 * - Inconclusive rounds (DNS/TLS errors, unproven silence) are neutral: they
 *   hold a failure run without adding to it, and a long run of them makes the
 *   probes' picture inconclusive.
 * - Local rounds (nothing answered during a local problem) count for nothing.
 */
export function applyProbeRound(state: ServiceMonitorState, round: ProbeRound, at: number, settings: MonitorSettings): ServiceMonitorState {
  const { failuresToConfirm, successesToRecover } = settings.probe;
  const c = state.counters;
  const base = { ...state, lastProbeAt: at };

  switch (round.kind) {
    case 'local': {
      const { failureRunStartedAt: _failure, successRunStartedAt: _success, ...rest } = base;
      return { ...rest, counters: { failures: 0, successes: 0, healthy: 0, degradedSignals: 0, inconclusive: 0 } };
    }
    case 'up':
    case 'slow':
    case 'partly-failing': {
      const clean = round.kind === 'up';
      const counters = {
        failures: 0,
        successes: c.successes + 1,
        healthy: clean ? c.healthy + 1 : 0,
        degradedSignals: clean ? 0 : c.degradedSignals + 1,
        inconclusive: 0,
      };
      const probeOutage = state.probeOutage && counters.successes < successesToRecover;
      let probeDegraded = state.probeDegraded;
      if (counters.degradedSignals >= settings.slowness.roundsToConfirm) {
        probeDegraded = round.kind === 'slow' ? 'probes-slow' : 'probes-partly-failing';
      } else if (counters.healthy >= successesToRecover) {
        probeDegraded = undefined;
      }
      const { failureRunStartedAt: _failure, probeDegraded: _degraded, ...rest } = base;
      return {
        ...rest,
        counters,
        successRunStartedAt: c.successes === 0 ? at : (state.successRunStartedAt ?? at),
        probeOutage,
        ...(probeDegraded ? { probeDegraded } : {}),
        // One answer during an outage the probes no longer see first-hand
        // (after a local problem) does not bring it back into view as an
        // outage: wait for the recovery to complete or fail.
        evidence: probeOutage && state.evidence !== 'current' ? state.evidence : 'current',
        latency: round.totalMs === undefined ? state.latency : addLatencySample(state.latency, round.totalMs),
      };
    }
    case 'failing': {
      const counters = { failures: c.failures + 1, successes: 0, healthy: 0, degradedSignals: 0, inconclusive: 0 };
      const probeOutage = state.probeOutage || counters.failures >= failuresToConfirm;
      const { successRunStartedAt: _success, ...rest } = base;
      return {
        ...rest,
        counters,
        failureRunStartedAt: c.failures === 0 ? at : (state.failureRunStartedAt ?? at),
        probeOutage,
        // An unconfirmed failure does not change what the tray shows.
        evidence: probeOutage ? 'current' : state.evidence,
      };
    }
    case 'inconclusive': {
      const counters = { ...c, successes: 0, healthy: 0, degradedSignals: 0, inconclusive: c.inconclusive + 1 };
      const { successRunStartedAt: _success, ...rest } = base;
      const goesInconclusive = !state.probeOutage && counters.inconclusive >= failuresToConfirm;
      return { ...rest, counters, evidence: goesInconclusive ? 'inconclusive' : state.evidence };
    }
  }
}
