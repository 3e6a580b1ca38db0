import { describe, expect, it } from 'vitest';
import { clockDelay } from '../../../../src/core/monitor/clock/monitor-clock.ts';
import { DEFAULT_SIMULATED_START, createSimulatedClock } from '../../../../src/core/monitor/clock/simulated-clock.ts';

describe('createSimulatedClock', () => {
  it('starts at a fixed date and moves only when told to', async () => {
    const clock = createSimulatedClock();
    expect(clock.now()).toBe(DEFAULT_SIMULATED_START);
    await clock.advanceBy(1500);
    expect(clock.now()).toBe(DEFAULT_SIMULATED_START + 1500);
    await clock.runUntil(DEFAULT_SIMULATED_START + 10_000);
    expect(clock.now()).toBe(DEFAULT_SIMULATED_START + 10_000);
  });

  it('fires timers in time order, ties in the order they were set, each at its own time', async () => {
    const clock = createSimulatedClock({ startAt: 0 });
    const fired: string[] = [];
    clock.setTimer(300, () => void fired.push(`c@${clock.now()}`));
    clock.setTimer(100, () => void fired.push(`a@${clock.now()}`));
    clock.setTimer(200, () => void fired.push(`b1@${clock.now()}`));
    clock.setTimer(200, () => void fired.push(`b2@${clock.now()}`));
    clock.setTimer(400, () => void fired.push('late'));
    await clock.advanceBy(300);
    expect(fired).toEqual(['a@100', 'b1@200', 'b2@200', 'c@300']);
    expect(clock.pendingTimers()).toBe(1);
  });

  it('fires timers that callbacks set during the advance, when they fall inside it', async () => {
    const clock = createSimulatedClock({ startAt: 0 });
    const fired: number[] = [];
    const tick = () => {
      fired.push(clock.now());
      clock.setTimer(1000, tick);
    };
    clock.setTimer(1000, tick);
    await clock.advanceBy(5000);
    expect(fired).toEqual([1000, 2000, 3000, 4000, 5000]);
    expect(clock.nextTimerAt()).toBe(6000);
  });

  it('lets a long promise chain started by a timer settle before the next timer fires', async () => {
    const clock = createSimulatedClock({ startAt: 0 });
    const order: string[] = [];
    clock.setTimer(10, async () => {
      for (let i = 0; i < 50; i++) await Promise.resolve();
      order.push('chain done');
    });
    clock.setTimer(10, () => void order.push('next timer'));
    await clock.advanceBy(10);
    expect(order).toEqual(['chain done', 'next timer']);
  });

  it('drives async tasks that sleep on the same clock without deadlocking', async () => {
    const clock = createSimulatedClock({ startAt: 0 });
    const done: number[] = [];
    clock.setTimer(0, async () => {
      await clockDelay(clock, 5000);
      await clockDelay(clock, 5000);
      done.push(clock.now());
    });
    await clock.advanceBy(9999);
    expect(done).toEqual([]);
    await clock.advanceBy(1);
    expect(done).toEqual([10_000]);
  });

  it('does not fire cancelled timers and does not count them as pending', async () => {
    const clock = createSimulatedClock({ startAt: 0 });
    let fired = 0;
    const cancel = clock.setTimer(100, () => void fired++);
    clock.setTimer(200, () => void fired++);
    cancel();
    cancel();
    expect(clock.pendingTimers()).toBe(1);
    expect(clock.nextTimerAt()).toBe(200);
    await clock.advanceBy(1000);
    expect(fired).toBe(1);
    expect(clock.pendingTimers()).toBe(0);
    expect(clock.firedTimers()).toBe(1);
  });

  it('rejects the advance with an error a callback throws or its promise rejects with', async () => {
    const clock = createSimulatedClock({ startAt: 0 });
    clock.setTimer(10, () => {
      throw new Error('sync boom');
    });
    await expect(clock.advanceBy(100)).rejects.toThrow('sync boom');
    expect(clock.now()).toBe(10);
    clock.setTimer(10, async () => {
      await Promise.resolve();
      throw new Error('async boom');
    });
    await expect(clock.advanceBy(100)).rejects.toThrow('async boom');
  });

  it('refuses to go back in time or to run two advances at once', async () => {
    const clock = createSimulatedClock({ startAt: 1000 });
    await expect(clock.runUntil(999)).rejects.toThrow(RangeError);
    const first = clock.advanceBy(10);
    await expect(clock.advanceBy(10)).rejects.toThrow(/already running/);
    await first;
  });

  it('stops a callback that keeps setting 0 ms timers instead of hanging', async () => {
    const clock = createSimulatedClock({ startAt: 0, maxTimersPerInstant: 1000 });
    const loop = () => void clock.setTimer(0, loop);
    clock.setTimer(5, loop);
    await expect(clock.advanceBy(10)).rejects.toThrow(/timer loop/);
  });

  it('runs a simulated day with tens of thousands of timers in well under a second', async () => {
    const clock = createSimulatedClock({ startAt: 0 });
    let fired = 0;
    // 20 recurring timers: one every ~3.3 s of simulated time each, ~26 000 in a day.
    for (let i = 0; i < 20; i++) {
      const every = 60_000 + i * 1000;
      const tick = async () => {
        fired++;
        await Promise.resolve();
        clock.setTimer(every, tick);
      };
      clock.setTimer(i * 100, tick);
    }
    const started = performance.now();
    await clock.advanceBy(24 * 3_600_000);
    const elapsed = performance.now() - started;
    expect(fired).toBeGreaterThan(20_000);
    expect(elapsed).toBeLessThan(1000);
  });

  it('clockDelay rejects with the abort reason and leaves no timer behind', async () => {
    const clock = createSimulatedClock({ startAt: 0 });
    const controller = new AbortController();
    const waiting = clockDelay(clock, 1000, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    expect(clock.pendingTimers()).toBe(0);
  });
});
