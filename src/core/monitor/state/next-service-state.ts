import { officialLevel } from '../../assessment/service-state.ts';
import type { ProbeResult } from '../../probe/probe-result.ts';
import type { OfficialStatus } from '../../status-page/official-status.ts';
import type { MonitorSettings } from '../monitor-settings.ts';
import { applyProbeRound } from './apply-probe-round.ts';
import { classifyProbeRound, type LatencyBaseline, type NetworkAtProbe } from './classify-probe-round.ts';
import { deriveServiceState } from './derive-service-state.ts';
import type { OutageEpisode, ServiceMonitorState } from './service-monitor-state.ts';
import type { IncidentChange, OutageRecovery, ServiceTransition } from './service-transition.ts';
import { setLocalProblem } from './set-local-problem.ts';
import { diffOfficialIncidents } from './track-official-incidents.ts';

/** A probe round of the service: every probe URL's result, and the local network at that moment. */
export interface ProbeRoundEvent {
  readonly kind: 'probe';
  readonly at: number;
  readonly results: readonly ProbeResult[];
  readonly network: NetworkAtProbe;
}

/** A read of the service's official status page (already narrowed to its components), or a failed read. */
export interface OfficialStatusEvent {
  readonly kind: 'official';
  readonly at: number;
  readonly status: OfficialStatus | 'unavailable';
}

/** The local network diagnosis changed its mind about the user's side. */
export interface LocalNetworkEvent {
  readonly kind: 'network';
  readonly at: number;
  readonly localProblem: boolean;
}

/** Everything that moves a service's state. */
export type ServiceMonitorEvent = ProbeRoundEvent | OfficialStatusEvent | LocalNetworkEvent;

/** What the state machine is told besides the event. */
export interface ServiceStateContext {
  /** The service's latency baseline from history; without one nothing is called slow. */
  readonly latencyBaseline?: LatencyBaseline;
}

/** The new state and what changed. */
export interface ServiceStateStep {
  readonly state: ServiceMonitorState;
  /** At most one: the fused state changed. */
  readonly transitions: readonly ServiceTransition[];
  /** Official incidents that appeared or went away. */
  readonly incidentChanges: readonly IncidentChange[];
}

/**
 * The per-service state machine (pure). Fuses probe rounds, the official
 * status and the local network into the service's state, and reports each
 * change. See `deriveServiceState` for how the three are fused and
 * `applyProbeRound` for how probes are counted.
 */
export function nextServiceState(
  state: ServiceMonitorState,
  event: ServiceMonitorEvent,
  settings: MonitorSettings,
  context: ServiceStateContext = {},
): ServiceStateStep {
  const incidentChanges: IncidentChange[] = [];
  let next = state;

  switch (event.kind) {
    case 'probe': {
      if (event.network !== 'unknown') next = setLocalProblem(next, event.network === 'problem');
      const round = classifyProbeRound(event.results, event.network, settings.slowness, context.latencyBaseline);
      next = applyProbeRound(next, round, event.at, settings);
      break;
    }
    case 'network':
      next = setLocalProblem(next, event.localProblem);
      break;
    case 'official':
      next = applyOfficialStatus(next, event, incidentChanges);
      break;
  }

  return settle(state, next, event, incidentChanges);
}

function applyOfficialStatus(state: ServiceMonitorState, event: OfficialStatusEvent, changes: IncidentChange[]): ServiceMonitorState {
  // A page that cannot be read says nothing new: its last word stands, and
  // the incidents it listed are not resolved by its silence.
  if (event.status === 'unavailable') return { ...state, officialReadable: false };
  const diff = diffOfficialIncidents(state.openIncidents, event.status, event.at);
  let outage = state.outage;
  for (const incident of diff.opened) {
    const opened: IncidentChange = {
      kind: 'incident-opened',
      serviceId: state.serviceId,
      at: event.at,
      incident: { id: incident.id, name: incident.name },
      alreadyOpen: !state.officialSeen,
    };
    if (state.officialSeen && outage?.source === 'probes' && outage.officialIncidentAt === undefined) {
      changes.push({ ...opened, statusPageLagMs: event.at - outage.startedAt });
      outage = { ...outage, officialIncidentAt: event.at };
    } else {
      changes.push(opened);
    }
  }
  for (const incident of diff.resolved) {
    changes.push({ kind: 'incident-resolved', serviceId: state.serviceId, at: event.at, incident: { id: incident.id, name: incident.name } });
  }
  return {
    ...state,
    officialLevel: officialLevel(event.status),
    officialSeen: true,
    officialReadable: true,
    openIncidents: diff.open,
    ...(outage ? { outage } : {}),
  };
}

/** Derives the fused state, opens or closes the outage, and reports the change. */
function settle(previous: ServiceMonitorState, next: ServiceMonitorState, event: ServiceMonitorEvent, incidentChanges: IncidentChange[]): ServiceStateStep {
  const derived = deriveServiceState(next);
  let outage: OutageEpisode | undefined = next.outage;
  let recovery: OutageRecovery | undefined;

  if (derived.state === 'outage' && outage === undefined) {
    outage = {
      startedAt: Math.min(next.failureRunStartedAt ?? event.at, event.at),
      confirmedAt: event.at,
      source: derived.reason === 'probes-failing' ? 'probes' : 'official',
    };
  } else if (outage !== undefined && (derived.state === 'operational' || derived.state === 'degraded')) {
    // Probes end an outage at their first answer; anything else when it says so.
    const candidate = event.kind === 'probe' ? (next.successRunStartedAt ?? event.at) : event.at;
    const endedAt = Math.max(candidate, outage.startedAt);
    recovery = { outageStartedAt: outage.startedAt, endedAt, durationMs: endedAt - outage.startedAt };
    outage = undefined;
  }

  const changed = derived.state !== previous.state;
  const { outage: _outage, ...rest } = next;
  const state: ServiceMonitorState = {
    ...rest,
    ...(outage ? { outage } : {}),
    state: derived.state,
    reason: derived.reason,
    since: changed ? event.at : previous.since,
  };
  const transitions: ServiceTransition[] = changed
    ? [
        {
          kind: 'service-transition',
          serviceId: state.serviceId,
          from: previous.state,
          to: derived.state,
          at: event.at,
          reason: derived.reason,
          ...(outage ? { outage } : {}),
          ...(recovery ? { recovery } : {}),
        },
      ]
    : [];
  return { state, transitions, incidentChanges };
}
