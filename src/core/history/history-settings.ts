/** How the history store keeps its file. Every number is a setting (DESIGN.md, History). */
export interface HistorySettings {
  /** Rows older than this many days are deleted. */
  readonly retentionDays: number;
  /** Upper bound for the database file; the oldest samples go first when it is passed. */
  readonly maxBytes: number;
  /** How long a write waits for another process's lock before giving up. */
  readonly busyTimeoutMs: number;
  /** Buffered samples (`recordSample`) are committed at least this often. */
  readonly flushDelayMs: number;
  /** …or as soon as this many are waiting. */
  readonly batchSize: number;
  /** Retention and the size bound are enforced at most this often (and on open). */
  readonly maintenanceIntervalMs: number;
  /** VACUUM (which rewrites the whole file) runs at most this often. */
  readonly vacuumIntervalMs: number;
}

/** The defaults. */
export const DEFAULT_HISTORY_SETTINGS: HistorySettings = {
  retentionDays: 30,
  maxBytes: 50 * 1024 * 1024,
  busyTimeoutMs: 1_000,
  flushDelayMs: 2_000,
  batchSize: 20,
  maintenanceIntervalMs: 60 * 60 * 1_000,
  vacuumIntervalMs: 24 * 60 * 60 * 1_000,
};
