import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/core/monitor/clock/seeded-random.ts';
import {
  INITIAL_SERVICE_SCHEDULE,
  nextProbeDelay,
  probePhase,
  recordProbeOutcome,
} from '../../../../src/core/monitor/scheduler/probe-timing.ts';
import type { ProbeOutcomeSummary, ServiceSchedule } from '../../../../src/core/monitor/scheduler/probe-timing.ts';
import { DEFAULT_SCHEDULER_SETTINGS as S, withSchedulerDefaults } from '../../../../src/core/monitor/scheduler/scheduler-settings.ts';

const ok: ProbeOutcomeSummary = { failed: false, inOutage: false };
const fail: ProbeOutcomeSummary = { failed: true, inOutage: false };
const outageFail: ProbeOutcomeSummary = { failed: true, inOutage: true };
const outageOk: ProbeOutcomeSummary = { failed: false, inOutage: true };

/** The schedules after each summary in turn. */
function replay(summaries: readonly ProbeOutcomeSummary[]): ServiceSchedule[] {
  const out: ServiceSchedule[] = [];
  let schedule = INITIAL_SERVICE_SCHEDULE;
  for (const summary of summaries) {
    schedule = recordProbeOutcome(schedule, summary);
    out.push(schedule);
  }
  return out;
}

/** Lowest and highest delay over many seeded draws. */
function range(schedule: ServiceSchedule, settings = S, rounds = 2000): [number, number] {
  const random = createRandom(99);
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < rounds; i++) {
    const d = nextProbeDelay(schedule, settings, random);
    low = Math.min(low, d);
    high = Math.max(high, d);
  }
  return [low, high];
}

describe('nextProbeDelay', () => {
  it('probes a healthy service every 60 s ±10 %, spread over the whole band', () => {
    const [low, high] = range(recordProbeOutcome(INITIAL_SERVICE_SCHEDULE, ok));
    expect(low).toBeGreaterThanOrEqual(54_000);
    expect(high).toBeLessThan(66_000);
    // Jitter really spreads: both ends of the band are used.
    expect(low).toBeLessThan(54_500);
    expect(high).toBeGreaterThan(65_500);
  });

  it('confirms a failure ~5 s and ~10 s after it, then backs off 30 → 45 → 67.5 → 101 → 120 s in the outage', () => {
    const schedules = replay([ok, fail, fail, outageFail, outageFail, outageFail, outageFail, outageFail, outageFail]);
    const bases = [60_000, 5_000, 5_000, 30_000, 45_000, 67_500, 101_250, 120_000, 120_000];
    const phases = ['normal', 'confirming', 'confirming', 'outage', 'outage', 'outage', 'outage', 'outage', 'outage'];
    schedules.forEach((schedule, i) => {
      expect(probePhase(schedule, S)).toBe(phases[i]);
      const [low, high] = range(schedule, S, 300);
      expect(low).toBeGreaterThanOrEqual(bases[i]! * 0.9);
      expect(high).toBeLessThan(bases[i]! * 1.1);
    });
  });

  it('never waits longer than 120 s ±10 % however long the outage lasts', () => {
    const schedule = replay(Array.from({ length: 200 }, () => outageFail)).at(-1)!;
    expect(range(schedule)[1]).toBeLessThan(132_000);
  });

  it('with a backoff factor of 2 the outage goes 30 → 60 → 120 s', () => {
    const settings = withSchedulerDefaults({ outageBackoffFactor: 2, probeJitterRatio: 0 });
    const random = createRandom(1);
    const delays = replay([fail, fail, outageFail, outageFail, outageFail, outageFail]).map((s) => nextProbeDelay(s, settings, random));
    expect(delays).toEqual([5_000, 5_000, 30_000, 60_000, 120_000, 120_000]);
  });

  it('looks again ~5 s after the first success in an outage, then returns to 60 s once recovered', () => {
    const settings = withSchedulerDefaults({ probeJitterRatio: 0 });
    const random = createRandom(1);
    const delays = replay([fail, fail, outageFail, outageFail, outageOk, ok, ok]).map((s) => nextProbeDelay(s, settings, random));
    expect(delays).toEqual([5_000, 5_000, 30_000, 45_000, 5_000, 60_000, 60_000]);
  });

  it('keeps a service that stays "in outage" while answering (official outage) at 30 s, not at the quick recovery look', () => {
    const settings = withSchedulerDefaults({ probeJitterRatio: 0 });
    const schedule = replay([outageFail, outageOk, outageOk, outageOk]).at(-1)!;
    expect(nextProbeDelay(schedule, settings, createRandom(1))).toBe(30_000);
  });

  it('backs off failures the state machine does not confirm (local path not healthy) instead of probing every 5 s', () => {
    const settings = withSchedulerDefaults({ probeJitterRatio: 0 });
    const random = createRandom(1);
    const delays = replay([fail, fail, fail, fail, fail, fail, fail]).map((s) => nextProbeDelay(s, settings, random));
    expect(delays).toEqual([5_000, 5_000, 30_000, 45_000, 67_500, 101_250, 120_000]);
    expect(probePhase(replay([fail, fail, fail])[2]!, settings)).toBe('failing');
  });

  it('a transient failure followed by a success goes straight back to the normal interval', () => {
    const settings = withSchedulerDefaults({ probeJitterRatio: 0 });
    const schedule = replay([ok, fail, ok]).at(-1)!;
    expect(nextProbeDelay(schedule, settings, createRandom(1))).toBe(60_000);
  });

  it('never goes below minDelayMs, whatever the settings', () => {
    const settings = withSchedulerDefaults({ confirmationOffsetsMs: [0, 0], minDelayMs: 1_000 });
    const schedule = replay([fail]).at(-1)!;
    expect(range(schedule, settings)[0]).toBe(1_000);
  });
});
