import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/core/monitor/clock/seeded-random.ts';
import { createSimulatedClock } from '../../../../src/core/monitor/clock/simulated-clock.ts';
import { createScheduler } from '../../../../src/core/monitor/scheduler/create-scheduler.ts';
import type { ProbeOutcomeSummary } from '../../../../src/core/monitor/scheduler/probe-timing.ts';
import { gaps, schedulerHarness, services } from './scheduler-harness.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('createScheduler: start and steady state', () => {
  it('checks the network at once and spreads 100 first probes over the first minute', async () => {
    const h = schedulerHarness({ services: services(100) });
    h.scheduler.start();
    await h.clock.advanceBy(MINUTE - 1);
    expect(h.log.checks).toEqual([{ reason: 'start', at: 0 }]);
    // Every service within the first minute, about one every 0.6 s.
    expect(new Set(h.log.probes.map((p) => p.id)).size).toBe(100);
    expect(h.log.probes.length).toBeLessThanOrEqual(110);
    const perSecond = new Map<number, number>();
    for (const p of h.log.probes) perSecond.set(Math.floor(p.at / SECOND), (perSecond.get(Math.floor(p.at / SECOND)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(3);
  });

  it('probes a healthy service every 60 s ±10 % and checks the network every 5 min', async () => {
    const h = schedulerHarness({ services: services(3) });
    h.scheduler.start();
    await h.clock.advanceBy(HOUR - 1);
    for (const id of ['s0', 's1', 's2']) {
      for (const gap of gaps(h.probesOf(id))) {
        expect(gap).toBeGreaterThanOrEqual(54 * SECOND);
        expect(gap).toBeLessThan(66 * SECOND);
      }
    }
    expect(h.log.checks.map((c) => c.at / MINUTE)).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]);
    expect(h.log.checks.slice(1).every((c) => c.reason === 'periodic')).toBe(true);
  });
});

describe('createScheduler: failures and outages', () => {
  // s0 fails from its 3rd probe to its 12th; the "state machine" calls an outage at 3 failures, recovery at 2 successes.
  const outageProbe = () => {
    let failures = 0;
    let successes = 0;
    let inOutage = false;
    return (id: string, n: number): ProbeOutcomeSummary => {
      if (id !== 's0') return { failed: false, inOutage: false };
      const failed = n >= 3 && n <= 12;
      failures = failed ? failures + 1 : 0;
      successes = failed ? 0 : successes + 1;
      if (failures >= 3) inOutage = true;
      if (successes >= 2) inOutage = false;
      return { failed, inOutage };
    };
  };

  it('confirms a failure ~5 s and ~10 s after it, backs off 30 s → 120 s in the outage, and looks again 5 s after the first success', async () => {
    const h = schedulerHarness({ services: services(2), probe: outageProbe() });
    h.scheduler.start();
    await h.clock.advanceBy(30 * MINUTE);
    const times = h.probesOf('s0');
    const after = gaps(times).slice(2, 16);
    const expected = [5, 5, 30, 45, 67.5, 101.25, 120, 120, 120, 120, 5, 60, 60, 60].map((s) => s * SECOND);
    after.forEach((gap, i) => {
      expect(gap).toBeGreaterThanOrEqual(expected[i]! * 0.9);
      expect(gap).toBeLessThan(expected[i]! * 1.1);
    });
    // Confirmations ~5 s and ~10 s after the first failed probe.
    const firstFailure = times[2]!;
    expect(times[3]! - firstFailure).toBeGreaterThanOrEqual(4_500);
    expect(times[4]! - firstFailure).toBeGreaterThanOrEqual(9_000);
    expect(times[4]! - firstFailure).toBeLessThan(11_000);
  });

  it('checks the network on a failed probe, at most once per 30 s however many probes fail', async () => {
    const h = schedulerHarness({ services: services(2), probe: outageProbe() });
    h.scheduler.start();
    await h.clock.advanceBy(30 * MINUTE);
    const firstFailure = h.probesOf('s0')[2]!;
    const onFailure = h.log.checks.filter((c) => c.reason === 'probe-failed').map((c) => c.at);
    expect(onFailure[0]).toBe(firstFailure);
    // The confirmations 5 s and 10 s later do not add checks.
    expect(gaps(onFailure).every((gap) => gap >= 30 * SECOND)).toBe(true);
    expect(onFailure.length).toBeLessThanOrEqual(10);
  });

  it('a probe task that throws is reported and puts the service back on the normal interval', async () => {
    const clock = createSimulatedClock();
    const errors: string[] = [];
    const probes: number[] = [];
    const scheduler = createScheduler({
      clock,
      random: createRandom(3),
      services: [{ id: 'x' }],
      onTaskError: (kind, key) => errors.push(`${kind}:${key}`),
      tasks: {
        probeService: async () => {
          probes.push(clock.now());
          throw new Error('bug');
        },
        pollStatusPage: async () => ({ ok: true }),
        checkNetwork: async () => undefined,
      },
    });
    scheduler.start();
    await clock.advanceBy(10 * MINUTE);
    expect(errors.length).toBe(probes.length);
    expect(errors[0]).toBe('probe:x');
    expect(gaps(probes).every((gap) => gap >= 54 * SECOND)).toBe(true);
    await scheduler.stop();
  });
});

describe('createScheduler: status pages', () => {
  it('polls a status page shared by three services once per round, not three times', async () => {
    const h = schedulerHarness({
      services: [
        { id: 'a1', statusPageKey: 'A' },
        { id: 'a2', statusPageKey: 'A' },
        { id: 'a3', statusPageKey: 'A' },
        { id: 'b', statusPageKey: 'B' },
        { id: 'c' },
      ],
    });
    h.scheduler.start();
    await h.clock.advanceBy(HOUR);
    const pollsOf = (key: string) => h.log.polls.filter((p) => p.key === key).map((p) => p.at);
    // An hour at 120 s ±10 %: 28 to 34 polls, each at least 108 s apart.
    for (const key of ['A', 'B']) {
      expect(pollsOf(key).length).toBeGreaterThanOrEqual(28);
      expect(pollsOf(key).length).toBeLessThanOrEqual(34);
      expect(gaps(pollsOf(key)).every((gap) => gap >= 108 * SECOND)).toBe(true);
    }
    expect(h.log.polls.every((p) => p.key === 'A' || p.key === 'B')).toBe(true);
  });

  it('honours Retry-After and backs errors off up to 10 min, then resets on success', async () => {
    // Poll 2 asks to come back in 15 min; polls 4–12 fail; then healthy again.
    const h = schedulerHarness({
      services: [{ id: 'a', statusPageKey: 'A' }],
      poll: (_key, n) => (n === 2 ? { ok: true, retryAfterMs: 15 * MINUTE } : { ok: n < 4 || n > 12 }),
    });
    h.scheduler.start();
    await h.clock.advanceBy(3 * HOUR);
    const g = gaps(h.log.polls.map((p) => p.at));
    expect(g[1]).toBe(15 * MINUTE);
    const backoff = g.slice(3, 12);
    const ceilings = [240, 480, 600, 600, 600, 600, 600, 600, 600].map((s) => s * SECOND);
    backoff.forEach((gap, i) => {
      expect(gap).toBeGreaterThanOrEqual(ceilings[i]! / 2);
      expect(gap).toBeLessThanOrEqual(ceilings[i]!);
    });
    expect(Math.max(...g)).toBe(15 * MINUTE);
    expect(g[12]).toBeLessThan(132 * SECOND);
  });
});

describe('createScheduler: concurrency', () => {
  it('never runs more than `concurrency` probes and polls at once, 100 slow services, and still probes all of them', async () => {
    const h = schedulerHarness({
      services: services(100).map((s, i) => ({ ...s, statusPageKey: `page${i % 10}` })),
      concurrency: 5,
      probeMs: 8 * SECOND,
      pollMs: 8 * SECOND,
    });
    h.scheduler.start();
    let maxSeen = 0;
    for (let i = 0; i < 600; i++) {
      await h.clock.advanceBy(SECOND);
      maxSeen = Math.max(maxSeen, h.scheduler.snapshot().running);
    }
    expect(h.maxInFlight()).toBe(5);
    expect(maxSeen).toBe(5);
    expect(new Set(h.log.probes.map((p) => p.id)).size).toBe(100);
    expect(new Set(h.log.polls.map((p) => p.key)).size).toBe(10);
  });
});
