import { describe, expect, it } from 'vitest';
import { schedulerHarness, services } from './scheduler-harness.ts';

const DAY = 24 * 3_600_000;

describe('createScheduler: a simulated day', () => {
  it('runs 24 h of 10 services in well under a second, with ~1440 probes each', async () => {
    const h = schedulerHarness({
      services: services(10).map((s, i) => ({ ...s, statusPageKey: `page${i % 5}` })),
      probeMs: 300,
      pollMs: 200,
      checkMs: 1500,
    });
    const started = performance.now();
    h.scheduler.start();
    await h.clock.advanceBy(DAY);
    const elapsed = performance.now() - started;
    await h.scheduler.stop();

    expect(elapsed).toBeLessThan(1000);
    for (const id of services(10).map((s) => s.id)) {
      // Gaps of 60 s ±10 % plus the 0.3 s probe: at least 24 h / 66.3 s, at most 24 h / 54.3 s; on average ~1433.
      const count = h.probesOf(id).length;
      expect(count).toBeGreaterThanOrEqual(Math.floor(DAY / 66_300));
      expect(count).toBeLessThanOrEqual(Math.ceil(DAY / 54_300));
      expect(Math.abs(count - DAY / 60_300)).toBeLessThan(25);
    }
    for (let p = 0; p < 5; p++) {
      const polls = h.log.polls.filter((x) => x.key === `page${p}`).length;
      expect(Math.abs(polls - DAY / 120_200)).toBeLessThan(15);
    }
    // One check at start and one every 5 min after the previous one ended.
    expect(Math.abs(h.log.checks.length - DAY / 301_500)).toBeLessThan(3);
  });
});
