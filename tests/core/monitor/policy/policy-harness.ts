import { DEFAULT_MONITOR_SETTINGS, type MonitorSettings, type NotificationSettings } from '../../../../src/core/monitor/monitor-settings.ts';
import { decideNotifications } from '../../../../src/core/monitor/policy/decide-notifications.ts';
import type { Notification } from '../../../../src/core/monitor/policy/notification.ts';
import type { PolicyEvent } from '../../../../src/core/monitor/policy/policy-event.ts';
import { INITIAL_NOTIFICATION_POLICY_STATE, type NotificationPolicyState } from '../../../../src/core/monitor/policy/policy-state.ts';
import type { IncidentOpened, IncidentResolved, ServiceTransition } from '../../../../src/core/monitor/state/service-transition.ts';

/** Drives the notification policy on a fake clock and keeps every notification it decided. */

export const T0 = Date.parse('2026-11-21T12:00:00.000Z');
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export function settingsWith(notifications: Partial<NotificationSettings> = {}): MonitorSettings {
  return { ...DEFAULT_MONITOR_SETTINGS, notifications: { ...DEFAULT_MONITOR_SETTINGS.notifications, ...notifications } };
}

export interface PolicyHarness {
  /** Feeds events decided at `at` and returns the notifications of that call. */
  send(at: number, ...events: PolicyEvent[]): Notification[];
  /** Every notification so far. */
  readonly shown: Notification[];
  readonly state: () => NotificationPolicyState;
}

export function createPolicyHarness(settings: MonitorSettings = DEFAULT_MONITOR_SETTINGS, timeZone = 'UTC'): PolicyHarness {
  let state = INITIAL_NOTIFICATION_POLICY_STATE;
  const shown: Notification[] = [];
  return {
    send(at, ...events) {
      const decision = decideNotifications(events, state, settings, at, timeZone);
      state = decision.policyState;
      shown.push(...decision.notifications);
      return [...decision.notifications];
    },
    shown,
    state: () => state,
  };
}

export const outage = (at: number, startedAt = at, serviceId = 'chat'): ServiceTransition => ({
  kind: 'service-transition',
  serviceId,
  from: 'operational',
  to: 'outage',
  at,
  reason: 'probes-failing',
  outage: { startedAt, confirmedAt: at, source: 'probes' },
});

export const recovered = (at: number, startedAt: number, serviceId = 'chat'): ServiceTransition => ({
  kind: 'service-transition',
  serviceId,
  from: 'outage',
  to: 'operational',
  at,
  reason: 'probes-up',
  recovery: { outageStartedAt: startedAt, endedAt: at, durationMs: at - startedAt },
});

export const transition = (at: number, from: ServiceTransition['from'], to: ServiceTransition['to'], serviceId = 'chat'): ServiceTransition => ({
  kind: 'service-transition',
  serviceId,
  from,
  to,
  at,
  reason: to === 'unknown' ? 'local-problem' : to === 'degraded' ? 'probes-slow' : 'probes-up',
});

export const incidentOpened = (at: number, id: string, serviceId = 'chat', alreadyOpen = false): IncidentOpened => ({
  kind: 'incident-opened',
  serviceId,
  at,
  incident: { id, name: `Incident ${id}` },
  alreadyOpen,
});

export const incidentResolved = (at: number, id: string, serviceId = 'chat'): IncidentResolved => ({
  kind: 'incident-resolved',
  serviceId,
  at,
  incident: { id, name: `Incident ${id}` },
});

export const kinds = (notifications: readonly Notification[]) => notifications.map((n) => n.kind);
