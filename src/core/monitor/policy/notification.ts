import type { NetworkState } from '../../network/network-report.ts';
import type { MonitorStateReason } from '../state/service-monitor-state.ts';

/** What a notification is about. The words come from i18n; the policy only gives the data. */
export const NOTIFICATION_KINDS = [
  'outage',
  'recovered',
  'degraded',
  'incident-opened',
  'incident-resolved',
  'local-problem',
  'local-cleared',
  'reminder',
  'unstable',
] as const;

/** One of the notification kinds. */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Where clicking the notification opens the window. */
export type ClickTarget = { readonly kind: 'service'; readonly serviceId: string } | { readonly kind: 'network' };

/** An official incident as a notification names it. */
export interface NotifiedIncident {
  readonly id: string;
  readonly name: string;
}

/** A notification the policy decided to show: data only. */
export interface Notification {
  /** Unique within a run of the policy (its state carries the counter). */
  readonly id: string;
  readonly kind: NotificationKind;
  /** When it was decided (epoch ms). */
  readonly at: number;
  /** The service it is about; absent for `local-problem` and `local-cleared`. */
  readonly serviceId?: string;
  readonly clickTarget: ClickTarget;
  /**
   * `outage` and `reminder`: when it started and how long it has lasted so
   * far; `unstable`: when the first of its recent outages started and how
   * long it has been flapping; `recovered`: when it started and its whole
   * duration (for a service that was unstable, the whole unstable period;
   * absent when only "tell me when it's back" asked for it and there was no outage).
   */
  readonly outage?: { readonly startedAt: number; readonly durationMs: number };
  /** `incident-opened` / `incident-resolved`: the incident. */
  readonly incident?: NotifiedIncident;
  /** `outage`: official incidents open for the service, folded into this alert. */
  readonly incidents?: readonly NotifiedIncident[];
  /** `degraded`: why. */
  readonly reason?: MonitorStateReason;
  /** `local-problem`: what the diagnosis found; `local-cleared`: what it had found. */
  readonly networkState?: NetworkState;
  /** `local-cleared`: how long the local problem lasted. */
  readonly localProblem?: { readonly startedAt: number; readonly durationMs: number };
  /** `unstable`: how many confirmed outages within the flapping window flagged it. */
  readonly outageCount?: number;
  /** `recovered`: the user asked to be told ("tell me when it's back"). */
  readonly requested?: boolean;
  /** The alert was held back (quiet hours, mute, a local problem, the per-service gap) and is shown now that it no longer is. */
  readonly delayed?: boolean;
}
