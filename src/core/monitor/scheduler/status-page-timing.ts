import type { RandomSource } from '../clock/seeded-random.ts';
import { jittered } from './jitter.ts';
import type { SchedulerSettings } from './scheduler-settings.ts';

/** What the scheduler needs to know of one status-page poll. */
export interface PollSummary {
  /** The page answered usably (a 304 Not Modified counts). */
  readonly ok: boolean;
  /** The page's `Retry-After`, in ms, when it sent one. */
  readonly retryAfterMs?: number | undefined;
}

/** The timing-relevant history of one status page. */
export interface PageSchedule {
  readonly consecutiveErrors: number;
}

/** A page not polled yet. */
export const INITIAL_PAGE_SCHEDULE: PageSchedule = Object.freeze({ consecutiveErrors: 0 });

/** The schedule after one more poll (pure): errors count up, a success resets them. */
export function recordPollResult(schedule: PageSchedule, result: PollSummary): PageSchedule {
  return { consecutiveErrors: result.ok ? 0 : schedule.consecutiveErrors + 1 };
}

/**
 * The backoff ceiling after `errors` failed polls in a row:
 * base × factor^errors, at most `statusPageErrorMaxMs` (4, 8, 10, 10… min
 * with the defaults). With equal jitter even the first error never brings
 * the next poll sooner than the normal interval.
 */
export function statusPageBackoffCeilingMs(errors: number, settings: SchedulerSettings): number {
  return Math.min(settings.statusPageErrorMaxMs, settings.statusPageErrorBaseMs * settings.statusPageErrorFactor ** Math.max(0, errors));
}

/**
 * How long to wait before polling a page again (pure). `schedule` is the
 * schedule after `lastResult` (see {@link recordPollResult}).
 *
 * - Success: the normal interval ±`statusPageJitterRatio`.
 * - Error: exponential backoff with `equal` or `full` jitter under
 *   {@link statusPageBackoffCeilingMs}.
 * - Either way never sooner than the page's `Retry-After` (cut to
 *   `statusPageRetryAfterMaxMs`), and never sooner than `minDelayMs`.
 */
export function nextStatusPageDelay(
  schedule: PageSchedule,
  lastResult: PollSummary,
  settings: SchedulerSettings,
  random: RandomSource,
): number {
  let delay: number;
  if (schedule.consecutiveErrors === 0) {
    delay = jittered(settings.statusPageIntervalMs, settings.statusPageJitterRatio, random);
  } else {
    const ceiling = statusPageBackoffCeilingMs(schedule.consecutiveErrors, settings);
    delay = settings.statusPageErrorJitter === 'full' ? ceiling * random() : ceiling / 2 + (ceiling / 2) * random();
  }
  const retryAfter = lastResult.retryAfterMs;
  if (retryAfter !== undefined && Number.isFinite(retryAfter)) {
    delay = Math.max(delay, Math.min(retryAfter, settings.statusPageRetryAfterMaxMs));
  }
  return Math.max(settings.minDelayMs, delay);
}
