import type { ServiceState } from '../../assessment/service-state.ts';
import type { NetworkState } from '../../network/network-report.ts';

/** An outage the policy knows is going on for a service. */
export interface PolicyOutage {
  readonly startedAt: number;
  /** When the outage alert went out; absent while it is held back. */
  readonly alertedAt?: number;
  /** When the last alert or reminder about it went out. */
  readonly lastReminderAt?: number;
}

/** An official incident open for a service, as far as alerts go. */
export interface PolicyIncident {
  readonly id: string;
  readonly name: string;
  readonly openedAt: number;
  /** When an `incident-opened` alert named it. */
  readonly alertedAt?: number;
  /**
   * Already said by another alert (an outage alert, or an outage that just
   * recovered), or not news (open before the first read): never alerted on its own.
   */
  readonly covered: boolean;
}

/** A service flagged as flapping: its outage and recovery alerts are held back until it has been up for a while. */
export interface PolicyUnstable {
  /** Start of the first of the outages that flagged it. */
  readonly since: number;
  /** How many confirmed outages flagged it. */
  readonly outageCount: number;
  /** When the `unstable` alert went out; absent while it is held back. */
  readonly alertedAt?: number;
  /** Since when it has been answering without a break; absent while it is not. */
  readonly upSince?: number;
}

/** What the policy remembers about one service (plain data, JSON-safe). */
export interface ServicePolicyState {
  /** The service's state as of its latest transition. */
  readonly state: ServiceState;
  readonly outage?: PolicyOutage;
  readonly incidents: readonly PolicyIncident[];
  /** The latest recovery, for folding a late official incident into it. */
  readonly lastRecovery?: { readonly at: number; readonly outageAlerted: boolean };
  /** Latest alert of any kind, for the per-service gap. */
  readonly lastAlertAt?: number;
  /** Latest `recovered` alert. */
  readonly lastRecoveryAlertAt?: number;
  /** Epoch ms the mute ends. */
  readonly mutedUntil?: number;
  /** Set while "tell me when it's back" is armed. */
  readonly notifyWhenBackSince?: number;
  /** Starts of the confirmed outages within the flapping window, oldest first (absent when none or damping is off). */
  readonly recentOutageStarts?: readonly number[];
  /** Set while the service is flagged as flapping. */
  readonly unstable?: PolicyUnstable;
}

/** The local network problem, as far as alerts go. */
export interface PolicyLocalProblem {
  readonly since: number;
  readonly networkState: NetworkState;
  readonly alertedAt?: number;
}

/** Everything the notification policy remembers between calls (plain data, JSON-safe, so it can be persisted). */
export interface NotificationPolicyState {
  /** Counter behind notification ids. */
  readonly sequence: number;
  readonly services: Readonly<Record<string, ServicePolicyState>>;
  readonly localProblem?: PolicyLocalProblem;
  /** Latest local-network alert, for the same gap services get. */
  readonly lastLocalAlertAt?: number;
}

/** The policy before anything happened. */
export const INITIAL_NOTIFICATION_POLICY_STATE: NotificationPolicyState = { sequence: 0, services: {} };

/** A service the policy has not heard of yet. */
export const UNKNOWN_SERVICE_POLICY_STATE: ServicePolicyState = { state: 'unknown', incidents: [] };
