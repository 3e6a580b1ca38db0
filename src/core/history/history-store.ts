import type {
  HistorySample,
  NetworkEventRecord,
  OfficialIncidentRecord,
  OfficialIncidentSighting,
  OutageRecord,
  OutageStart,
  OutageUpdate,
} from './history-records.ts';

/** Something went wrong with the history file; the store carried on. */
export interface HistoryWarning {
  /**
   * `history-recreated`: the file was corrupt, not a database, from a newer
   * version or locked by another process; it was moved aside and a new one made.
   * `history-in-memory`: no file could be used; history lasts until the app quits.
   * `history-write-failed` / `history-read-failed`: one operation failed and was skipped.
   */
  readonly code: 'history-recreated' | 'history-in-memory' | 'history-write-failed' | 'history-read-failed';
  readonly message: string;
}

/** A time window, epoch ms, `from` inclusive, `to` exclusive. */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

/** One service's uptime on one day. */
export interface UptimeDay {
  readonly serviceId: string;
  /** The local calendar day, `YYYY-MM-DD`. */
  readonly day: string;
  /** The instant that day starts. */
  readonly dayStart: number;
  /** Samples that counted as up (up or rate-limited). */
  readonly up: number;
  /** Samples that counted against the service. */
  readonly down: number;
  /** Failed samples taken during a local network problem: neither up nor down. */
  readonly excluded: number;
  /** `up / (up + down)`, absent when nothing counted. */
  readonly uptime?: number;
}

/** Latency of one service over one bucket (or the whole window). */
export interface LatencyBucket {
  readonly serviceId: string;
  /** Start of the bucket (the window's start when not bucketed). */
  readonly start: number;
  /** Samples with a latency (probes that counted as up and were not 429s). */
  readonly samples: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
}

/** The median status-page lag of one provider. */
export interface ProviderLag {
  readonly provider: string;
  readonly medianLagMs: number;
  /** Outages with an official incident that the median is taken over. */
  readonly outages: number;
}

/** A service's recent latency, for "degraded because slow". */
export interface LatencyBaseline {
  readonly p95Ms: number;
  readonly samples: number;
}

/** Day and hour buckets follow the user's clock: minutes east of UTC (rounded to 15). */
export interface LocalTimeOption {
  readonly utcOffsetMinutes?: number;
}

/**
 * The monitor's history (DESIGN.md, History). No method throws: a failure is
 * reported as a warning and the method returns nothing or an empty answer.
 */
export interface HistoryStore {
  /** Buffers a sample; committed within `flushDelayMs`, at `batchSize`, or before any read. */
  recordSample(sample: HistorySample): void;
  /**
   * Commits buffered samples and these in one transaction before returning.
   * True when they are on disk; false when the write failed (samples blocked
   * by another process's lock are kept and retried on the next flush).
   */
  addSamples(samples: readonly HistorySample[]): boolean;
  /** Commits buffered samples now; true when nothing is left uncommitted. */
  flush(): boolean;
  /** Returns the outage's id, or undefined when it could not be stored. */
  startOutage(outage: OutageStart): number | undefined;
  updateOutage(id: number, update: OutageUpdate): void;
  recordNetworkEvent(event: NetworkEventRecord): void;
  /** Inserts or updates (name, impact, status; resolution once) an incident; `firstSeen` is kept. */
  recordOfficialIncident(sighting: OfficialIncidentSighting): void;

  /** Raw samples of one service, oldest first. */
  samples(query: TimeWindow & { readonly serviceId: string; readonly limit?: number }): HistorySample[];
  /** Uptime per local day per service, from daily rollups (the window aligns to quarter hours). */
  uptimePerDay(query: TimeWindow & LocalTimeOption & { readonly serviceId?: string }): UptimeDay[];
  /** p50/p95 of totalMs per hour, per local day or over the window, from hourly histograms (within 2.5 %; the window aligns to hours). */
  latencyPercentiles(
    query: TimeWindow & LocalTimeOption & { readonly serviceId?: string; readonly bucket?: 'hour' | 'day' | 'none' },
  ): LatencyBucket[];
  /** Outages that overlap the window (all when omitted), newest first. */
  outages(query?: Partial<TimeWindow> & { readonly serviceId?: string }): OutageRecord[];
  /** Median status-page lag per provider over outages that started in the window. */
  statusPageLag(query?: Partial<TimeWindow>): ProviderLag[];
  /** Exact p95 of the service's latency over the last `windowMs` (24 h); absent below `minSamples` (30). */
  recentBaseline(serviceId: string, options?: { readonly windowMs?: number; readonly minSamples?: number }): LatencyBaseline | undefined;
  networkEvents(query: TimeWindow): NetworkEventRecord[];
  officialIncidents(query?: Partial<TimeWindow> & { readonly serviceId?: string }): OfficialIncidentRecord[];

  /** Retention, size bound, occasional VACUUM. Runs by itself on open and every `maintenanceIntervalMs`. */
  maintain(): void;
  /** Bytes on disk: the database and its WAL. */
  sizeBytes(): number;
  /** Commits what is buffered and closes the file. */
  close(): void;
}
