import { describe, expect, it } from 'vitest';
import { gaps, schedulerHarness, services } from './scheduler-harness.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('createScheduler: pause and resume', () => {
  it('fires nothing during a pause, then one network check after the settle and probes spread out', async () => {
    const h = schedulerHarness({ services: services(10).map((s) => ({ ...s, statusPageKey: 'P' })) });
    h.scheduler.start();
    await h.clock.advanceBy(3 * MINUTE);
    h.scheduler.pause('system-sleep');
    const before = { probes: h.log.probes.length, polls: h.log.polls.length, checks: h.log.checks.length };
    expect(h.clock.pendingTimers()).toBe(0);
    await h.clock.advanceBy(2 * HOUR);
    expect({ probes: h.log.probes.length, polls: h.log.polls.length, checks: h.log.checks.length }).toEqual(before);

    const resumedAt = h.clock.now() - h.t0;
    h.scheduler.resume('system-sleep');
    await h.clock.advanceBy(30 * SECOND);
    const checks = h.log.checks.slice(before.checks);
    expect(checks).toEqual([{ reason: 'resume', at: resumedAt + 5 * SECOND }]);
    const probes = h.log.probes.slice(before.probes);
    // Nothing before the settle; all ten within the 15 s window after it, never two at the same moment.
    expect(probes.map((p) => p.id).sort()).toEqual(services(10).map((s) => s.id).sort());
    expect(probes.every((p) => p.at >= resumedAt + 5 * SECOND && p.at < resumedAt + 20 * SECOND)).toBe(true);
    expect(new Set(probes.map((p) => p.at)).size).toBe(10);
    expect(h.log.polls.slice(before.polls)).toHaveLength(1);
  });

  it('stays paused until every reason is lifted (a wake-up does not undo a user pause)', async () => {
    const h = schedulerHarness({ services: services(2) });
    h.scheduler.start();
    await h.clock.advanceBy(MINUTE);
    h.scheduler.pause('user');
    h.scheduler.pause('system-sleep');
    const probes = h.log.probes.length;
    const checks = h.log.checks.length;
    h.scheduler.resume('system-sleep');
    await h.clock.advanceBy(HOUR);
    expect([h.log.probes.length, h.log.checks.length]).toEqual([probes, checks]);
    expect(h.scheduler.snapshot().pausedFor).toEqual(['user']);
    const resumedAt = h.clock.now() - h.t0;
    h.scheduler.resume('user');
    await h.clock.advanceBy(MINUTE);
    expect(h.log.checks.slice(checks)).toEqual([{ reason: 'resume', at: resumedAt + 5 * SECOND }]);
    expect(h.log.probes.length).toBe(probes + 2);
  });

  it('keeps the result of a probe that ends during the pause, without setting a timer for it', async () => {
    const h = schedulerHarness({ services: services(1), probeMs: 8 * SECOND });
    h.scheduler.start();
    while (h.inFlight() === 0) await h.clock.advanceBy(SECOND);
    // Pause while the probe runs.
    await h.clock.advanceBy(4 * SECOND);
    h.scheduler.pause('user');
    expect(h.inFlight()).toBe(1);
    await h.clock.advanceBy(10 * SECOND);
    expect(h.inFlight()).toBe(0);
    expect(h.clock.pendingTimers()).toBe(0);
    expect(h.scheduler.snapshot().services[0]).toMatchObject({ task: 'idle', nextAt: undefined });
  });
});

describe('createScheduler: online and offline', () => {
  it('checks the network on each change, and looks again at failing services soon after coming back online', async () => {
    let offline = false;
    const h = schedulerHarness({
      services: [{ id: 'a', statusPageKey: 'A' }, { id: 'b' }],
      probe: () => ({ failed: offline, inOutage: false }),
      poll: () => ({ ok: !offline }),
    });
    h.scheduler.onOnlineChange(true);
    h.scheduler.start();
    await h.clock.advanceBy(2 * MINUTE);
    offline = true;
    h.scheduler.onOnlineChange(false);
    h.scheduler.onOnlineChange(false);
    await h.clock.advanceBy(10 * MINUTE);
    offline = false;
    const backAt = h.clock.now() - h.t0;
    h.scheduler.onOnlineChange(true);
    await h.clock.advanceBy(25 * SECOND);
    // The report before start() is the initial state, not a change: no check of its own.
    expect(h.log.checks.filter((c) => c.reason === 'online' || c.reason === 'offline')).toEqual([
      { reason: 'offline', at: 2 * MINUTE },
      { reason: 'online', at: backAt },
    ]);
    // Both services and the status page were in backoff; all are looked at again within settle + stagger.
    for (const id of ['a', 'b']) expect(h.probesOf(id).some((t) => t > backAt && t <= backAt + 20 * SECOND)).toBe(true);
    expect(h.log.polls.some((p) => p.at > backAt && p.at <= backAt + 20 * SECOND)).toBe(true);
  });
});

describe('createScheduler: changing services', () => {
  it('adds and removes services without touching the others', async () => {
    const h = schedulerHarness({
      services: [{ id: 'keep', statusPageKey: 'K' }, { id: 'drop', statusPageKey: 'D' }, { id: 'move', statusPageKey: 'K' }],
    });
    h.scheduler.start();
    await h.clock.advanceBy(5 * MINUTE);
    const keepNext = h.scheduler.snapshot().services.find((s) => s.id === 'keep')?.nextAt;
    expect(keepNext).toBeDefined();
    const changedAt = h.clock.now() - h.t0;
    h.scheduler.setServices([{ id: 'keep', statusPageKey: 'K' }, { id: 'move', statusPageKey: 'M' }, { id: 'new' }]);
    expect(h.scheduler.snapshot().services.find((s) => s.id === 'keep')?.nextAt).toBe(keepNext);
    expect(h.scheduler.snapshot().pages.map((p) => [p.key, p.serviceIds])).toEqual([
      ['K', ['keep']],
      ['M', ['move']],
    ]);
    await h.clock.advanceBy(5 * MINUTE);
    expect(h.probesOf('drop').every((t) => t < changedAt)).toBe(true);
    expect(h.log.polls.filter((p) => p.key === 'D' && p.at > changedAt)).toHaveLength(0);
    expect(h.probesOf('new')[0]).toBeLessThan(changedAt + MINUTE);
    expect(h.log.polls.some((p) => p.key === 'M')).toBe(true);
    // "keep" stayed on its rhythm.
    for (const gap of gaps(h.probesOf('keep'))) expect(gap).toBeGreaterThanOrEqual(54 * SECOND);
  });
});

describe('createScheduler: probeSoon', () => {
  it('probes the chosen service within the given window and leaves the others on their rhythm', async () => {
    const h = schedulerHarness({ services: services(2) });
    h.scheduler.start();
    await h.clock.advanceBy(2 * MINUTE);
    const s1Next = h.scheduler.snapshot().services[1]?.nextAt;
    const askedAt = h.clock.now() - h.t0;
    h.scheduler.probeSoon(['s0', 'unknown'], 2 * SECOND);
    expect(h.scheduler.snapshot().services[1]?.nextAt).toBe(s1Next);
    await h.clock.advanceBy(2 * SECOND);
    expect(h.probesOf('s0').at(-1)).toBeGreaterThanOrEqual(askedAt);
    expect(h.probesOf('s1').every((t) => t < askedAt)).toBe(true);
  });
});

describe('createScheduler: stop', () => {
  it('cancels every timer, waits for running tasks, and runs nothing afterwards', async () => {
    const h = schedulerHarness({ services: services(20).map((s) => ({ ...s, statusPageKey: 'P' })), probeMs: 6 * SECOND, concurrency: 4 });
    h.scheduler.start();
    await h.clock.advanceBy(2 * MINUTE + 500);
    while (h.inFlight() === 0) await h.clock.advanceBy(SECOND);
    let stopped = false;
    const stopping = h.scheduler.stop().then(() => {
      stopped = true;
    });
    await h.clock.settle();
    expect(stopped).toBe(false);
    // Only the running fake tasks' own sleeps are left.
    expect(h.clock.pendingTimers()).toBe(h.inFlight());
    await h.clock.advanceBy(6 * SECOND);
    await stopping;
    expect(stopped).toBe(true);
    expect(h.clock.pendingTimers()).toBe(0);
    const calls = h.log.probes.length + h.log.polls.length + h.log.checks.length;
    await h.clock.advanceBy(HOUR);
    expect(h.log.probes.length + h.log.polls.length + h.log.checks.length).toBe(calls);
    expect(() => h.scheduler.start()).toThrow(/stopped/);
  });
});
