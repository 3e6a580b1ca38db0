import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/core/monitor/clock/seeded-random.ts';
import { DEFAULT_SCHEDULER_SETTINGS as S, withSchedulerDefaults } from '../../../../src/core/monitor/scheduler/scheduler-settings.ts';
import {
  INITIAL_PAGE_SCHEDULE,
  nextStatusPageDelay,
  recordPollResult,
  statusPageBackoffCeilingMs,
} from '../../../../src/core/monitor/scheduler/status-page-timing.ts';
import type { PageSchedule, PollSummary } from '../../../../src/core/monitor/scheduler/status-page-timing.ts';

const ok: PollSummary = { ok: true };
const error: PollSummary = { ok: false };

function afterErrors(n: number): PageSchedule {
  let schedule = INITIAL_PAGE_SCHEDULE;
  for (let i = 0; i < n; i++) schedule = recordPollResult(schedule, error);
  return schedule;
}

function draws(schedule: PageSchedule, result: PollSummary, settings = S, rounds = 2000): number[] {
  const random = createRandom(5);
  return Array.from({ length: rounds }, () => nextStatusPageDelay(schedule, result, settings, random));
}

describe('nextStatusPageDelay', () => {
  it('polls a healthy page every 120 s ±10 %', () => {
    const delays = draws(recordPollResult(INITIAL_PAGE_SCHEDULE, ok), ok);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(108_000);
    expect(Math.max(...delays)).toBeLessThan(132_000);
    expect(Math.max(...delays) - Math.min(...delays)).toBeGreaterThan(20_000);
  });

  it('honours Retry-After when it asks for longer than the normal interval, and ignores a shorter one', () => {
    const schedule = recordPollResult(INITIAL_PAGE_SCHEDULE, ok);
    expect(Math.min(...draws(schedule, { ok: true, retryAfterMs: 300_000 }))).toBe(300_000);
    expect(Math.min(...draws(schedule, { ok: true, retryAfterMs: 10_000 }))).toBeGreaterThanOrEqual(108_000);
    // A 429 with Retry-After: the error backoff, but never sooner than asked.
    const limited: PollSummary = { ok: false, retryAfterMs: 400_000 };
    expect(Math.min(...draws(recordPollResult(INITIAL_PAGE_SCHEDULE, limited), limited))).toBe(400_000);
  });

  it('cuts an absurd Retry-After to an hour so a page cannot silence itself for days', () => {
    const result: PollSummary = { ok: true, retryAfterMs: 7 * 24 * 3_600_000 };
    expect(Math.max(...draws(recordPollResult(INITIAL_PAGE_SCHEDULE, ok), result))).toBe(3_600_000);
  });

  it('backs off errors exponentially with equal jitter, capped at 10 min, never sooner than the normal interval', () => {
    const ceilings = [1, 2, 3, 4, 10, 50].map((n) => statusPageBackoffCeilingMs(n, S));
    expect(ceilings).toEqual([240_000, 480_000, 600_000, 600_000, 600_000, 600_000]);
    for (const [n, ceiling] of [
      [1, 240_000],
      [2, 480_000],
      [3, 600_000],
      [8, 600_000],
    ] as const) {
      const delays = draws(afterErrors(n), error);
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(Math.max(ceiling / 2, 120_000));
      expect(Math.max(...delays)).toBeLessThanOrEqual(ceiling);
      expect(Math.max(...delays) - Math.min(...delays)).toBeGreaterThan(ceiling * 0.4);
    }
  });

  it('with full jitter spreads the pause from the floor up to the ceiling', () => {
    const settings = withSchedulerDefaults({ statusPageErrorJitter: 'full' });
    const delays = draws(afterErrors(4), error, settings);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(settings.minDelayMs);
    expect(Math.min(...delays)).toBeLessThan(30_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(600_000);
    expect(Math.max(...delays)).toBeGreaterThan(570_000);
  });

  it('resets to the normal interval after one success', () => {
    const recovered = recordPollResult(afterErrors(6), ok);
    expect(recovered.consecutiveErrors).toBe(0);
    expect(Math.max(...draws(recovered, ok))).toBeLessThan(132_000);
  });
});
