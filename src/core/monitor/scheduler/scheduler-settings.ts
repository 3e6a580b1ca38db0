/**
 * The timing settings of the monitor, with the defaults of DESIGN.md
 * ("Monitoring policy"). Every duration is in milliseconds; every ratio is a
 * fraction (0.1 = ±10 %).
 */
export interface SchedulerSettings {
  /** Service probes, normal cadence. */
  readonly probeIntervalMs: number;
  /** Jitter on every probe delay: each delay is drawn from base × (1 ± ratio). */
  readonly probeJitterRatio: number;
  /**
   * When the confirmation probes after a failure run, measured from the
   * first failed result (not from each other): [5 s, 10 s] runs them ~5 s
   * and ~10 s after it, so three failures are in hand ~10 s after the first.
   */
  readonly confirmationOffsetsMs: readonly number[];
  /** During an outage, the pause after the first success, so a recovery (two successes) is seen quickly. */
  readonly recoveryConfirmDelayMs: number;
  /** During an outage (or failures the local path leaves unconfirmed), the first pause. */
  readonly outageIntervalMs: number;
  /** Each further failed probe in an outage multiplies the pause by this. */
  readonly outageBackoffFactor: number;
  /** The longest pause in an outage. */
  readonly outageMaxIntervalMs: number;

  /** Status-page polls, normal cadence. */
  readonly statusPageIntervalMs: number;
  /** Jitter on the normal status-page cadence. */
  readonly statusPageJitterRatio: number;
  /** The backoff starts from this pause… */
  readonly statusPageErrorBaseMs: number;
  /** …and each failed poll in a row multiplies it by this (the first one too). */
  readonly statusPageErrorFactor: number;
  /** The highest backoff ceiling. */
  readonly statusPageErrorMaxMs: number;
  /**
   * `equal`: a pause between half the ceiling and the ceiling (never hammers
   * a page that is struggling); `full`: anywhere from 0 to the ceiling.
   */
  readonly statusPageErrorJitter: 'equal' | 'full';
  /** A `Retry-After` longer than this is cut to it, so a page cannot silence itself for days. */
  readonly statusPageRetryAfterMaxMs: number;

  /** Network checks, periodic cadence (counted from the latest check of any reason). */
  readonly networkCheckIntervalMs: number;
  /** After a failed probe, at most one extra network check per this period. */
  readonly networkCheckAfterFailureGapMs: number;

  /** After a resume, wait this long for the network to come back before checking anything. */
  readonly resumeSettleMs: number;
  /** After the settle, the probes and polls are spread over this window. */
  readonly resumeStaggerMs: number;
  /** At start (and for services added later), the first probes and polls are spread over this window. */
  readonly startStaggerMs: number;
  /** No computed pause is shorter than this. */
  readonly minDelayMs: number;
}

/** The defaults of DESIGN.md. */
export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = Object.freeze({
  probeIntervalMs: 60_000,
  probeJitterRatio: 0.1,
  confirmationOffsetsMs: Object.freeze([5_000, 10_000]),
  recoveryConfirmDelayMs: 5_000,
  outageIntervalMs: 30_000,
  outageBackoffFactor: 1.5,
  outageMaxIntervalMs: 120_000,

  statusPageIntervalMs: 120_000,
  statusPageJitterRatio: 0.1,
  statusPageErrorBaseMs: 120_000,
  statusPageErrorFactor: 2,
  statusPageErrorMaxMs: 600_000,
  statusPageErrorJitter: 'equal',
  statusPageRetryAfterMaxMs: 3_600_000,

  networkCheckIntervalMs: 300_000,
  networkCheckAfterFailureGapMs: 30_000,

  resumeSettleMs: 5_000,
  resumeStaggerMs: 15_000,
  startStaggerMs: 60_000,
  minDelayMs: 1_000,
});

/** The defaults with `overrides` applied on top. */
export function withSchedulerDefaults(overrides: Partial<SchedulerSettings> = {}): SchedulerSettings {
  return { ...DEFAULT_SCHEDULER_SETTINGS, ...overrides };
}
