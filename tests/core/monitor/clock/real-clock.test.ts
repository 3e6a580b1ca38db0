import { describe, expect, it } from 'vitest';
import { createRealClock } from '../../../../src/core/monitor/clock/real-clock.ts';

describe('createRealClock', () => {
  it('tells wall-clock time and fires a timer after its delay', async () => {
    const clock = createRealClock({ unref: true });
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(50);
    const started = performance.now();
    await new Promise<void>((resolve) => clock.setTimer(30, resolve));
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('does not fire a cancelled timer', async () => {
    const clock = createRealClock({ unref: true });
    let fired = false;
    const cancel = clock.setTimer(10, () => {
      fired = true;
    });
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(fired).toBe(false);
  });

  it('hands a callback error or rejection to onTimerError instead of crashing', async () => {
    const errors: unknown[] = [];
    const clock = createRealClock({ unref: true, onTimerError: (error) => errors.push(error) });
    clock.setTimer(0, () => {
      throw new Error('sync');
    });
    clock.setTimer(0, async () => {
      throw new Error('async');
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(errors.map((e) => (e as Error).message).sort()).toEqual(['async', 'sync']);
  });
});
