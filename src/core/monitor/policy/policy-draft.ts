import type { NotificationSettings } from '../monitor-settings.ts';
import type { Notification } from './notification.ts';
import {
  UNKNOWN_SERVICE_POLICY_STATE,
  type NotificationPolicyState,
  type PolicyLocalProblem,
  type ServicePolicyState,
} from './policy-state.ts';

/**
 * The policy's working copy during one `decideNotifications` call. It is
 * mutated only inside that call; the caller's state is never touched.
 */
export interface PolicyDraft {
  readonly now: number;
  readonly settings: NotificationSettings;
  readonly timeZone: string;
  /** Quiet hours are on at `now`. */
  readonly quiet: boolean;
  /** The state the call started from, to tell held-back alerts from fresh ones. */
  readonly input: NotificationPolicyState;
  sequence: number;
  services: Record<string, ServicePolicyState>;
  localProblem: PolicyLocalProblem | undefined;
  lastLocalAlertAt: number | undefined;
  readonly notifications: Notification[];
}

/** A draft of `state` for a call at `now`. */
export function createDraft(
  state: NotificationPolicyState,
  settings: NotificationSettings,
  now: number,
  timeZone: string,
  quiet: boolean,
): PolicyDraft {
  return {
    now,
    settings,
    timeZone,
    quiet,
    input: state,
    sequence: state.sequence,
    services: { ...state.services },
    localProblem: state.localProblem,
    lastLocalAlertAt: state.lastLocalAlertAt,
    notifications: [],
  };
}

/** The draft as the next call's state. */
export function finishDraft(draft: PolicyDraft): NotificationPolicyState {
  return {
    sequence: draft.sequence,
    services: draft.services,
    ...(draft.localProblem ? { localProblem: draft.localProblem } : {}),
    ...(draft.lastLocalAlertAt !== undefined ? { lastLocalAlertAt: draft.lastLocalAlertAt } : {}),
  };
}

/** A service's current policy state in the draft. */
export function serviceOf(draft: PolicyDraft, serviceId: string): ServicePolicyState {
  return draft.services[serviceId] ?? UNKNOWN_SERVICE_POLICY_STATE;
}

/** Replaces a service's policy state with `change` applied to its current one. */
export function updateService(draft: PolicyDraft, serviceId: string, change: (service: ServicePolicyState) => ServicePolicyState): void {
  draft.services[serviceId] = change(serviceOf(draft, serviceId));
}

/** True when at least the per-service gap has passed since `lastAlertAt`. */
export function gapOpen(draft: PolicyDraft, lastAlertAt: number | undefined): boolean {
  return lastAlertAt === undefined || draft.now - lastAlertAt >= draft.settings.minGapPerServiceMs;
}

/** True while a service's own alerts are held back: quiet hours, its mute, or a local problem (the rollup speaks for it). */
export function serviceSilenced(draft: PolicyDraft, service: ServicePolicyState): boolean {
  return draft.quiet || draft.localProblem !== undefined || (service.mutedUntil !== undefined && service.mutedUntil > draft.now);
}

type NotificationBody = Omit<Notification, 'id' | 'at' | 'clickTarget'>;

/**
 * Records a notification and the time of the latest alert about its
 * subject (for the per-service gap). Re-read the service afterwards.
 */
export function emit(draft: PolicyDraft, body: NotificationBody): void {
  draft.sequence += 1;
  const serviceId = body.serviceId;
  draft.notifications.push({
    id: `${draft.now.toString(36)}-${draft.sequence}`,
    at: draft.now,
    clickTarget: serviceId === undefined ? { kind: 'network' } : { kind: 'service', serviceId },
    ...body,
  });
  if (serviceId === undefined) draft.lastLocalAlertAt = draft.now;
  else updateService(draft, serviceId, (service) => ({ ...service, lastAlertAt: draft.now }));
}
