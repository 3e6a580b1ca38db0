import type { ServiceState } from '../../assessment/service-state.ts';
import type { NetworkState } from '../../network/network-report.ts';
import type { StatusPageProblem } from '../../status-page/status-page-reading.ts';
import type { VerdictKind } from '../../verdict/verdict-kind.ts';
import type { Notification } from '../policy/notification.ts';
import type { MonitorStateReason } from '../state/service-monitor-state.ts';
import type { OutageRecovery } from '../state/service-transition.ts';

/** A service changed state. */
export interface StateChangeEvent {
  readonly type: 'state';
  readonly serviceId: string;
  readonly from: ServiceState;
  readonly to: ServiceState;
  readonly at: number;
  readonly reason: MonitorStateReason;
  /** Set when this change ends an outage. */
  readonly recovery?: OutageRecovery;
}

/** The local network diagnosis changed its answer (state or proof of the user's path). */
export interface NetworkChangeEvent {
  readonly type: 'network';
  readonly at: number;
  readonly state: NetworkState;
  readonly pathProven: boolean;
}

/** An official incident appeared on, or went from, a service's status page. */
export interface IncidentEvent {
  readonly type: 'incident';
  readonly serviceId: string;
  readonly at: number;
  readonly incident: { readonly id: string; readonly name: string };
  readonly change: 'opened' | 'resolved';
  /** `opened` only: it was already open at the first read of the page. */
  readonly alreadyOpen?: boolean;
  /** `opened` only: how long after the probes found the outage the page admitted it. */
  readonly statusPageLagMs?: number;
}

/** The notification policy decided to show a notification; showing it is the adapter's job. */
export interface NotificationEvent {
  readonly type: 'notification';
  readonly at: number;
  readonly notification: Notification;
}

/** The overall verdict over every watched service and the network changed. */
export interface VerdictEvent {
  readonly type: 'verdict';
  readonly at: number;
  readonly kind: VerdictKind;
  readonly serviceIds: readonly string[];
}

/** A status page could not be read (said once per run of failures). */
export interface StatusPageWarningEvent {
  readonly type: 'warning';
  readonly code: 'status-page-unreadable';
  readonly at: number;
  readonly pageUrl: string;
  readonly serviceIds: readonly string[];
  readonly problem: StatusPageProblem;
}

/** A status page that could not be read is readable again. */
export interface StatusPageBackEvent {
  readonly type: 'warning';
  readonly code: 'status-page-readable';
  readonly at: number;
  readonly pageUrl: string;
  readonly serviceIds: readonly string[];
}

/** A monitor task failed unexpectedly (a bug, not a network failure: those are outcomes). */
export interface TaskFailedEvent {
  readonly type: 'warning';
  readonly code: 'task-failed';
  readonly at: number;
  readonly task: 'probe' | 'poll' | 'network';
  readonly key: string;
  readonly message: string;
}

/** Everything the monitor reports; plain data, one JSON object each. */
export type MonitorEvent =
  | StateChangeEvent
  | NetworkChangeEvent
  | IncidentEvent
  | NotificationEvent
  | VerdictEvent
  | StatusPageWarningEvent
  | StatusPageBackEvent
  | TaskFailedEvent;
