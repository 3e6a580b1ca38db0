import type { LatencyBucket, ProviderLag, UptimeDay } from '../core/history/history-store.ts';
import type { OutageRecord } from '../core/history/history-records.ts';

/** The history window sizes the service detail offers. */
export const HISTORY_RANGES = [30, 90] as const;

/** 30 or 90 days. */
export type HistoryRange = (typeof HISTORY_RANGES)[number];

/** One outage on the service's timeline. */
export interface OutageView extends OutageRecord {
  /** The official incident's name, when one was linked. */
  readonly officialIncidentName?: string;
}

/** A service's history for the detail view. */
export interface ServiceHistoryView {
  readonly serviceId: string;
  readonly days: HistoryRange;
  /** Every local day of the range, oldest first; a day without samples has no `uptime`. */
  readonly uptime: readonly UptimeDay[];
  /** p50/p95 per local day, oldest first (days without samples are left out). */
  readonly latency: readonly LatencyBucket[];
  /** Newest first. */
  readonly outages: readonly OutageView[];
  /** How late this service's status-page provider usually is, measured here. */
  readonly providerLag?: ProviderLag;
}
