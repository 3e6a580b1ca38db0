import type { ServiceState } from '../../assessment/service-state.ts';
import type { IncidentOpened, IncidentResolved, ServiceTransition } from '../state/service-transition.ts';
import { noteOutageStarted, noteUnstableState } from './flap-damping.ts';
import { muteEndsAt } from './mute-ends-at.ts';
import type { PolicyEvent } from './policy-event.ts';
import { emit, gapOpen, serviceOf, serviceSilenced, updateService, type PolicyDraft } from './policy-draft.ts';

const DOWN_STATES: ReadonlySet<ServiceState> = new Set(['outage', 'maintenance', 'unknown']);
const UP_STATES: ReadonlySet<ServiceState> = new Set(['operational', 'degraded']);

/** "Back" for "tell me when it's back": the service answers again after being down or out of sight. */
function isBack(transition: ServiceTransition): boolean {
  return DOWN_STATES.has(transition.from) && UP_STATES.has(transition.to);
}

/**
 * Applies one event to the draft, deciding on the spot the alerts that only
 * make sense at that moment (recoveries, resolved incidents, connection
 * back, degraded). Alerts about problems that are still going on are left
 * to `releaseHeldAlerts`, which also sends them later if they are held back now.
 */
export function applyPolicyEvent(draft: PolicyDraft, event: PolicyEvent): void {
  switch (event.kind) {
    case 'service-transition':
      applyTransition(draft, event);
      return;
    case 'incident-opened':
      applyIncidentOpened(draft, event);
      return;
    case 'incident-resolved':
      applyIncidentResolved(draft, event);
      return;
    case 'local-problem-started':
      draft.localProblem = draft.localProblem
        ? { ...draft.localProblem, networkState: event.networkState }
        : { since: draft.now, networkState: event.networkState };
      return;
    case 'local-problem-cleared': {
      const problem = draft.localProblem;
      draft.localProblem = undefined;
      // "Connection back" only answers a "connection problem" alert.
      if (problem?.alertedAt !== undefined && !draft.quiet) {
        emit(draft, {
          kind: 'local-cleared',
          networkState: problem.networkState,
          localProblem: { startedAt: problem.since, durationMs: draft.now - problem.since },
        });
      }
      return;
    }
    case 'mute-service': {
      const mutedUntil = muteEndsAt(event.duration, draft.now, draft.timeZone);
      // A later mute overrides an earlier "tell me when it's back".
      updateService(draft, event.serviceId, ({ notifyWhenBackSince: _armed, ...service }) => ({ ...service, mutedUntil }));
      return;
    }
    case 'unmute-service':
      updateService(draft, event.serviceId, ({ mutedUntil: _until, ...service }) => service);
      return;
    case 'notify-when-back':
      updateService(draft, event.serviceId, (service) => ({ ...service, notifyWhenBackSince: draft.now }));
      return;
    case 'cancel-notify-when-back':
      updateService(draft, event.serviceId, ({ notifyWhenBackSince: _armed, ...service }) => service);
      return;
  }
}

function applyTransition(draft: PolicyDraft, transition: ServiceTransition): void {
  const id = transition.serviceId;
  const before = serviceOf(draft, id);
  const requested = before.notifyWhenBackSince !== undefined && isBack(transition);
  updateService(draft, id, (service) => ({ ...service, state: transition.to }));

  if (transition.recovery) {
    const outageAlerted = before.outage?.alertedAt !== undefined;
    // A recovery only answers an outage alert (or the user's request): news of
    // an outage the user never heard about would be noise. An unstable
    // service's recovery waits until it has stayed up (see flap-damping.ts).
    if (requested || (outageAlerted && before.unstable === undefined && !serviceSilenced(draft, before))) {
      emit(draft, {
        kind: 'recovered',
        serviceId: id,
        outage: { startedAt: transition.recovery.outageStartedAt, durationMs: transition.recovery.durationMs },
        ...(requested ? { requested: true } : {}),
      });
      updateService(draft, id, (service) => ({ ...service, lastRecoveryAlertAt: draft.now }));
    }
    // An `unstable` alert spoke for this outage as much as an outage alert would have.
    const spokenFor = outageAlerted || before.unstable?.alertedAt !== undefined;
    updateService(draft, id, ({ outage: _outage, ...service }) => ({ ...service, lastRecovery: { at: draft.now, outageAlerted: spokenFor } }));
  } else if (requested) {
    emit(draft, { kind: 'recovered', serviceId: id, requested: true });
  }

  if (transition.outage && before.outage?.startedAt !== transition.outage.startedAt) {
    const startedAt = transition.outage.startedAt;
    updateService(draft, id, (service) => ({ ...service, outage: { startedAt } }));
    noteOutageStarted(draft, id, startedAt);
  } else if (!transition.outage && UP_STATES.has(transition.to) && serviceOf(draft, id).outage) {
    // The state machine has no outage open (it may have been restarted): neither should the policy.
    updateService(draft, id, ({ outage: _outage, ...service }) => service);
  }

  noteUnstableState(draft, id, transition.to);

  if (isBack(transition)) updateService(draft, id, ({ notifyWhenBackSince: _armed, ...service }) => service);

  if (
    draft.settings.notifyDegraded &&
    transition.from === 'operational' &&
    transition.to === 'degraded' &&
    serviceOf(draft, id).unstable === undefined &&
    !serviceSilenced(draft, serviceOf(draft, id)) &&
    gapOpen(draft, serviceOf(draft, id).lastAlertAt)
  ) {
    emit(draft, { kind: 'degraded', serviceId: id, reason: transition.reason });
  }
}

function applyIncidentOpened(draft: PolicyDraft, event: IncidentOpened): void {
  const service = serviceOf(draft, event.serviceId);
  if (service.incidents.some((incident) => incident.id === event.incident.id)) return;
  const recovery = service.lastRecovery;
  const covered =
    event.alreadyOpen ||
    service.outage?.alertedAt !== undefined ||
    service.unstable?.alertedAt !== undefined ||
    (recovery !== undefined && recovery.outageAlerted && draft.now - recovery.at <= draft.settings.lateIncidentFoldMs);
  updateService(draft, event.serviceId, (current) => ({
    ...current,
    incidents: [...current.incidents, { id: event.incident.id, name: event.incident.name, openedAt: draft.now, covered }],
  }));
}

function applyIncidentResolved(draft: PolicyDraft, event: IncidentResolved): void {
  const service = serviceOf(draft, event.serviceId);
  const incident = service.incidents.find((candidate) => candidate.id === event.incident.id);
  if (!incident) return;
  updateService(draft, event.serviceId, (current) => ({
    ...current,
    incidents: current.incidents.filter((candidate) => candidate.id !== incident.id),
  }));
  const alertedAt = incident.alertedAt;
  if (alertedAt === undefined) return;
  // Said already by a recovery alert, or contradicted by an outage still going on.
  if (service.lastRecoveryAlertAt !== undefined && service.lastRecoveryAlertAt >= alertedAt) return;
  if (service.outage !== undefined) return;
  if (serviceSilenced(draft, service)) return;
  emit(draft, { kind: 'incident-resolved', serviceId: event.serviceId, incident: { id: incident.id, name: event.incident.name } });
}
