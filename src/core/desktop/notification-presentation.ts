import type { NavigateTarget } from '../../shared/app-snapshot.ts';
import { createFormatter } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import type { MonitorStateReason } from '../monitor/state/service-monitor-state.ts';
import type { ClickTarget, Notification } from '../monitor/policy/notification.ts';
import { shellMessages } from './shell-messages.ts';
import type { DegradedWhy } from './shell-messages/en.ts';

/** A notification in words, with where a click takes the window. */
export interface PresentedNotification {
  readonly title: string;
  readonly body: string;
  readonly clickTarget: NavigateTarget;
}

/** What the words need besides the notification. */
export interface NotificationContext {
  readonly language: Locale;
  /** Display names by service id; an id without one is shown as it is. */
  readonly serviceNames: ReadonlyMap<string, string>;
}

/** Where a notification's click opens the window: the service, or the verdict for "your connection". */
export function navigateTargetOf(target: ClickTarget): NavigateTarget {
  return target.kind === 'service' ? { view: 'service', serviceId: target.serviceId } : { view: 'verdict' };
}

const DEGRADED_WHY: ReadonlySet<MonitorStateReason> = new Set(['probes-slow', 'probes-partly-failing', 'official-degraded']);

/**
 * The title and body of a notification the policy decided to show (pure):
 * every kind, in English or Korean, with durations from the shared
 * formatter. A held-back alert says it comes late; an outage alert names
 * the official incidents folded into it.
 */
export function presentNotification(notification: Notification, context: NotificationContext): PresentedNotification {
  const words = shellMessages(context.language).notification;
  const format = createFormatter(context.language);
  const id = notification.serviceId;
  const name = id === undefined ? '' : (context.serviceNames.get(id) ?? id);
  const duration = format.duration(notification.outage?.durationMs ?? 0);
  const sentences: string[] = [];
  let title: string;

  switch (notification.kind) {
    case 'outage':
      title = words.outage.title(name);
      sentences.push(words.outage.body({ duration }));
      if (notification.incidents && notification.incidents.length > 0) sentences.push(words.officialIncidents(notification.incidents.map((i) => i.name)));
      sentences.push(words.willTell);
      break;
    case 'reminder':
      title = words.reminder.title(name);
      sentences.push(words.reminder.body({ duration }), words.willTell);
      break;
    case 'unstable':
      title = words.unstable.title(name);
      sentences.push(words.unstable.body({ count: notification.outageCount ?? 2, duration }));
      break;
    case 'recovered':
      title = words.recovered.title(name);
      if (notification.requested) sentences.push(words.recovered.requested);
      sentences.push(notification.outage ? words.recovered.lasted(duration) : words.recovered.answersAgain);
      break;
    case 'degraded': {
      const why: DegradedWhy = notification.reason !== undefined && DEGRADED_WHY.has(notification.reason) ? (notification.reason as DegradedWhy) : 'other';
      title = words.degraded.title(name);
      sentences.push(words.degraded.why[why]);
      break;
    }
    case 'incident-opened':
      title = words.incidentOpened.title(name);
      sentences.push(words.incidentOpened.body(notification.incident?.name ?? ''));
      break;
    case 'incident-resolved':
      title = words.incidentResolved.title(name);
      sentences.push(words.incidentResolved.body(notification.incident?.name ?? ''));
      break;
    case 'local-problem':
      title = shellMessages(context.language).localProblem[notification.networkState ?? 'unknown'];
      sentences.push(words.localProblem.body);
      break;
    case 'local-cleared':
      title = words.localCleared.title;
      sentences.push(words.localCleared.body(format.duration(notification.localProblem?.durationMs ?? 0)));
      break;
  }
  if (notification.delayed) sentences.push(words.delayed);
  return { title, body: sentences.join(' '), clickTarget: navigateTargetOf(notification.clickTarget) };
}
