/**
 * Every number of DESIGN.md's "Monitoring policy", as settings. Mutes and
 * "tell me when it's back" are not here: they are things the user does at
 * run time, so they live in the notification policy's state.
 */

/** When and how a service is probed, and how many probes make a verdict. */
export interface ProbeSettings {
  /** Pause between two routine probes of one service. */
  readonly intervalMs: number;
  /** Each pause is moved by up to this share of itself either way (0.1 = ±10 %), so services never probe in lockstep. */
  readonly jitterRatio: number;
  /** A probe still unanswered after this long is a `timeout`. */
  readonly timeoutMs: number;
  /**
   * When the quick confirmation probes run after a failed probe, counted from
   * that failure (not from each other), each with the same jitter ratio: the
   * defaults mean "after about 5 s and about 10 s".
   */
  readonly confirmationOffsetsMs: readonly number[];
  /** Consecutive failed probes (with a healthy local path) that make an outage. */
  readonly failuresToConfirm: number;
  /** Consecutive answered probes that end an outage (and, for clean ones, "degraded because slow"). */
  readonly successesToRecover: number;
  /** Pause between probes once an outage is confirmed… */
  readonly outageIntervalMs: number;
  /** …multiplied by this after each probe that still fails… */
  readonly outageBackoffFactor: number;
  /** …up to this. */
  readonly outageMaxIntervalMs: number;
}

/**
 * "Degraded because slow": a probe far above the service's own recent
 * baseline (its p95 over the last day, from history), never a fixed number
 * alone, so a service that is always slow is not called degraded.
 */
export interface SlownessSettings {
  /** A probe is slow when it took more than this many times the baseline p95… */
  readonly baselineFactor: number;
  /** …and more than this many ms (small baselines make small multiples meaningless). */
  readonly floorMs: number;
  /** Consecutive slow (or partly failing) probe rounds that make the service degraded. */
  readonly roundsToConfirm: number;
}

/** How often official status pages are read. */
export interface StatusPageSettings {
  readonly intervalMs: number;
  /** ±share of the interval, as for probes. */
  readonly jitterRatio: number;
  /** After each failed read in a row the pause (starting from `intervalMs`) is multiplied by this, with jitter… */
  readonly errorBackoffFactor: number;
  /** …up to this. */
  readonly errorBackoffMaxMs: number;
}

/** When the local network diagnosis runs besides "at start, on online/offline changes and on a failed probe". */
export interface NetworkCheckSettings {
  /** Routine check period. */
  readonly intervalMs: number;
  /** Wait this long after the system resumes before checking anything: Wi-Fi needs a moment to reassociate. */
  readonly resumeSettleMs: number;
}

/** A nightly window in the user's local time when alerts are held back. */
export interface QuietHours {
  readonly enabled: boolean;
  /** Local time the window starts, `HH:MM` (24 h). */
  readonly start: string;
  /** Local time the window ends, `HH:MM`; earlier than `start` means the window crosses midnight. */
  readonly end: string;
}

/**
 * Flap damping: a service that keeps going down and coming back gets one
 * "unstable" alert instead of an outage/recovery pair every few minutes.
 */
export interface FlappingSettings {
  /** This many confirmed outages starting within `windowMs` make the service unstable… */
  readonly outagesToFlag: number;
  readonly windowMs: number;
  /** …and it stays so (its outage and recovery alerts held back) until it has been up this long without a break. */
  readonly stableForMs: number;
}

/** What the notification policy shows and how often. */
export interface NotificationSettings {
  /** Degraded services get an alert too (silent by default: the tray shows it). */
  readonly notifyDegraded: boolean;
  /** At most one alert per service in this window; recoveries and "resolved" news are exempt. */
  readonly minGapPerServiceMs: number;
  readonly quietHours: QuietHours;
  /** Repeat "still down" this often during a long alerted outage; `null` turns reminders off. */
  readonly reminderIntervalMs: number | null;
  /**
   * An official incident posted this soon after the recovery of an outage we
   * alerted is the page catching up with that outage, not news: it is folded
   * into it instead of alerted (status pages lag a median of ~16 min).
   */
  readonly lateIncidentFoldMs: number;
  /** Flap damping; `null` turns it off (every outage then follows the per-service gap alone). */
  readonly flapping: FlappingSettings | null;
}

/** All monitor settings. */
export interface MonitorSettings {
  readonly probe: ProbeSettings;
  readonly slowness: SlownessSettings;
  readonly statusPage: StatusPageSettings;
  readonly network: NetworkCheckSettings;
  readonly notifications: NotificationSettings;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Flap damping's defaults: three outages within an hour, calm again after half an hour up. */
export const DEFAULT_FLAPPING_SETTINGS: FlappingSettings = { outagesToFlag: 3, windowMs: 60 * MINUTE, stableForMs: 30 * MINUTE };

/** DESIGN.md's defaults. */
export const DEFAULT_MONITOR_SETTINGS: MonitorSettings = {
  probe: {
    intervalMs: 60 * SECOND,
    jitterRatio: 0.1,
    timeoutMs: 10 * SECOND,
    confirmationOffsetsMs: [5 * SECOND, 10 * SECOND],
    failuresToConfirm: 3,
    successesToRecover: 2,
    outageIntervalMs: 30 * SECOND,
    outageBackoffFactor: 1.5,
    outageMaxIntervalMs: 120 * SECOND,
  },
  slowness: {
    baselineFactor: 3,
    floorMs: 2 * SECOND,
    roundsToConfirm: 3,
  },
  statusPage: {
    intervalMs: 120 * SECOND,
    jitterRatio: 0.1,
    errorBackoffFactor: 2,
    errorBackoffMaxMs: 10 * MINUTE,
  },
  network: {
    intervalMs: 5 * MINUTE,
    resumeSettleMs: 5 * SECOND,
  },
  notifications: {
    notifyDegraded: false,
    minGapPerServiceMs: 10 * MINUTE,
    quietHours: { enabled: false, start: '22:00', end: '07:00' },
    reminderIntervalMs: null,
    lateIncidentFoldMs: 30 * MINUTE,
    flapping: DEFAULT_FLAPPING_SETTINGS,
  },
};
