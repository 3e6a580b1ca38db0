import type { RandomSource } from '../clock/seeded-random.ts';
import { jittered } from './jitter.ts';
import type { SchedulerSettings } from './scheduler-settings.ts';

/**
 * What the scheduler needs to know of one probe round. The state machine
 * decides these; the scheduler only turns them into timing.
 */
export interface ProbeOutcomeSummary {
  /** The round failed (whatever the cause: the state machine weighs causes). */
  readonly failed: boolean;
  /** The service is in a confirmed outage after this round. */
  readonly inOutage: boolean;
}

/** The timing-relevant history of one service, built from its probe summaries. */
export interface ServiceSchedule {
  readonly consecutiveFailures: number;
  readonly consecutiveSuccesses: number;
  readonly inOutage: boolean;
  /** Failed rounds in a row while in the outage: the backoff step. */
  readonly outageFailures: number;
}

/** Which cadence a service is on. */
export type ProbePhase = 'normal' | 'confirming' | 'failing' | 'outage' | 'recovering';

/** A service nothing is known about yet. */
export const INITIAL_SERVICE_SCHEDULE: ServiceSchedule = Object.freeze({
  consecutiveFailures: 0,
  consecutiveSuccesses: 0,
  inOutage: false,
  outageFailures: 0,
});

/** The schedule after one more probe round (pure). */
export function recordProbeOutcome(schedule: ServiceSchedule, summary: ProbeOutcomeSummary): ServiceSchedule {
  return {
    consecutiveFailures: summary.failed ? schedule.consecutiveFailures + 1 : 0,
    consecutiveSuccesses: summary.failed ? 0 : schedule.consecutiveSuccesses + 1,
    inOutage: summary.inOutage,
    outageFailures: summary.failed && summary.inOutage ? schedule.outageFailures + 1 : 0,
  };
}

/** The cadence a schedule puts its service on (pure). */
export function probePhase(schedule: ServiceSchedule, settings: SchedulerSettings): ProbePhase {
  if (schedule.inOutage) return schedule.consecutiveSuccesses === 1 ? 'recovering' : 'outage';
  if (schedule.consecutiveFailures === 0) return 'normal';
  return schedule.consecutiveFailures <= settings.confirmationOffsetsMs.length ? 'confirming' : 'failing';
}

/** The outage pause for backoff step `step` (0 = first), before jitter. */
export function outageIntervalMs(step: number, settings: SchedulerSettings): number {
  return Math.min(settings.outageMaxIntervalMs, settings.outageIntervalMs * settings.outageBackoffFactor ** Math.max(0, step));
}

function baseDelayMs(schedule: ServiceSchedule, settings: SchedulerSettings): number {
  const confirmations = settings.confirmationOffsetsMs;
  switch (probePhase(schedule, settings)) {
    case 'normal':
      return settings.probeIntervalMs;
    case 'confirming': {
      // The settings give offsets from the first failure; the pause is the gap to the previous one.
      const k = schedule.consecutiveFailures;
      return (confirmations[k - 1] ?? 0) - (k >= 2 ? (confirmations[k - 2] ?? 0) : 0);
    }
    case 'failing':
      // Failing without a confirmed outage (the local path was not proven healthy): keep looking, with backoff.
      return outageIntervalMs(schedule.consecutiveFailures - confirmations.length - 1, settings);
    case 'outage':
      return outageIntervalMs(schedule.outageFailures - 1, settings);
    case 'recovering':
      return settings.recoveryConfirmDelayMs;
  }
}

/**
 * How long to wait before probing a service again, given its schedule after
 * the latest round (pure): the normal interval; quick confirmations after a
 * failure; an interval that backs off during an outage; a quick second look
 * after the first success in an outage. Every pause is jittered by
 * `probeJitterRatio` and at least `minDelayMs`.
 */
export function nextProbeDelay(schedule: ServiceSchedule, settings: SchedulerSettings, random: RandomSource): number {
  return Math.max(settings.minDelayMs, jittered(baseDelayMs(schedule, settings), settings.probeJitterRatio, random));
}
