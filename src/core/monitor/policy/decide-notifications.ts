import type { MonitorSettings } from '../monitor-settings.ts';
import { applyPolicyEvent } from './apply-policy-event.ts';
import { isWithinQuietHours, usableTimeZone } from './local-time.ts';
import type { Notification } from './notification.ts';
import type { PolicyEvent } from './policy-event.ts';
import { createDraft, finishDraft } from './policy-draft.ts';
import type { NotificationPolicyState } from './policy-state.ts';
import { releaseHeldAlerts } from './release-held-alerts.ts';

/** The notifications to show now and the policy's next state. */
export interface PolicyDecision {
  readonly notifications: readonly Notification[];
  readonly policyState: NotificationPolicyState;
}

/**
 * The notification policy (pure): which of the monitor's events become
 * desktop notifications. Call it with each batch of events, and also now and
 * then without any (every probe cycle is plenty) so held-back alerts and
 * reminders go out when their time comes.
 *
 * - One alert per confirmed outage, naming the official incidents open for it.
 * - One per official incident no outage alert covers; an incident posted
 *   during an alerted outage, or within `lateIncidentFoldMs` after its
 *   recovery, is folded into it. Incidents already open at the first read of
 *   the page are not news.
 * - "Resolved" only for an incident we alerted, no recovery alert said it
 *   already, and no outage is still going on.
 * - Recovery (with the outage's duration) only after an outage alert, or when
 *   the user asked "tell me when it's back"; it is exempt from the gap.
 * - Degraded only with `notifyDegraded`.
 * - A local network problem: one rollup alert, every service alert held while
 *   it lasts, then "connection back" (only if the rollup went out).
 * - Mute: every alert of that service held until the mute ends, except a
 *   "tell me when it's back" asked for after muting (muting cancels an
 *   earlier one). "Tell me when it's back" fires once, on the next return
 *   from outage/maintenance/unknown, through mute, quiet hours and everything.
 * - Quiet hours, the per-service gap, a mute and a local problem hold alerts
 *   back: a problem still going on when they end is alerted then (once, marked
 *   `delayed`); news that is over by then (recovered, resolved, connection
 *   back, degraded) is dropped — the tray shows the latest state anyway.
 * - At most one alert per service per `minGapPerServiceMs`; recoveries and
 *   "resolved" are exempt but do count as the latest alert, so a service
 *   that flaps cannot alternate "down"/"back" faster than that.
 * - Reminders every `reminderIntervalMs` during an alerted outage (off by default).
 * - Flap damping (`flapping`): `outagesToFlag` confirmed outages starting
 *   within `windowMs` give one `unstable` alert in place of the outage alert;
 *   the service's outage, recovery, reminder and degraded alerts are then
 *   held (incidents posted meanwhile are folded in) until it has been up for
 *   `stableForMs` in one go, and one `recovered` quotes the whole unstable
 *   period. "Tell me when it's back" still fires on its first return.
 *
 * `timeZone` (IANA) places quiet hours and "until tomorrow"; an unknown zone counts as UTC.
 */
export function decideNotifications(
  events: readonly PolicyEvent[],
  policyState: NotificationPolicyState,
  settings: MonitorSettings,
  now: number,
  timeZone: string,
): PolicyDecision {
  const zone = usableTimeZone(timeZone);
  const quiet = isWithinQuietHours(now, settings.notifications.quietHours, zone);
  const draft = createDraft(policyState, settings.notifications, now, zone, quiet);
  for (const event of events) applyPolicyEvent(draft, event);
  releaseHeldAlerts(draft);
  return { notifications: draft.notifications, policyState: finishDraft(draft) };
}
