import type { ProbeOutcome, ProbeResult } from '../../../../src/core/probe/probe-result.ts';
import type { OfficialIncident, OfficialStatus } from '../../../../src/core/status-page/official-status.ts';
import type { NetworkAtProbe } from '../../../../src/core/monitor/state/classify-probe-round.ts';
import { DEFAULT_MONITOR_SETTINGS } from '../../../../src/core/monitor/monitor-settings.ts';
import {
  nextServiceState,
  type ProbeRoundEvent,
  type ServiceMonitorEvent,
  type ServiceStateContext,
} from '../../../../src/core/monitor/state/next-service-state.ts';
import { initialServiceMonitorState, type ServiceMonitorState } from '../../../../src/core/monitor/state/service-monitor-state.ts';
import type { IncidentChange, ServiceTransition } from '../../../../src/core/monitor/state/service-transition.ts';

/** Test builders for the monitor's state machine. */

export const T0 = Date.parse('2026-11-21T12:00:00.000Z');
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

export const result = (outcome: ProbeOutcome, totalMs = 120): ProbeResult => ({
  url: 'https://chat.example/',
  method: 'HEAD',
  outcome,
  timings: { totalMs },
});

export const probe = (at: number, outcome: ProbeOutcome, network: NetworkAtProbe = 'healthy', totalMs = 120): ProbeRoundEvent => ({
  kind: 'probe',
  at,
  results: [result(outcome, totalMs)],
  network,
});

/** Probes at `T0 + i minutes` with the given outcomes, all on a healthy path. */
export const minutely = (outcomes: readonly ProbeOutcome[], start = 0): ProbeRoundEvent[] =>
  outcomes.map((outcome, i) => probe(T0 + (start + i) * MINUTE, outcome));

export const incident = (id: string, extra: Partial<OfficialIncident> = {}): OfficialIncident => ({
  id,
  name: `Incident ${id}`,
  status: 'investigating',
  impact: 'major',
  ...extra,
});

export const official = (extra: Partial<OfficialStatus> = {}): OfficialStatus => ({
  provider: 'statuspage',
  indicator: 'none',
  description: 'All Systems Operational',
  components: [{ name: 'Chat', status: 'operational' }],
  incidents: [],
  maintenances: [],
  ...extra,
});

export interface Run {
  readonly state: ServiceMonitorState;
  readonly transitions: ServiceTransition[];
  readonly incidentChanges: IncidentChange[];
}

/** Feeds events to the state machine at default settings, from a fresh state unless given one. */
export function run(events: readonly ServiceMonitorEvent[], context: ServiceStateContext = {}, from?: ServiceMonitorState): Run {
  let state = from ?? initialServiceMonitorState('chat', T0);
  const transitions: ServiceTransition[] = [];
  const incidentChanges: IncidentChange[] = [];
  for (const event of events) {
    const step = nextServiceState(state, event, DEFAULT_MONITOR_SETTINGS, context);
    state = step.state;
    transitions.push(...step.transitions);
    incidentChanges.push(...step.incidentChanges);
  }
  return { state, transitions, incidentChanges };
}
