import { describe, expect, it } from 'vitest';
import { startDeadline } from '../../../../src/core/network/system/check-deadline.ts';

describe('startDeadline', () => {
  it('aborts when its time is up and counts the time left down to zero', async () => {
    let now = 0;
    const deadline = startDeadline(100, undefined, () => now);
    now = 40;
    expect(deadline.remainingMs()).toBe(60);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.remainingMs()).toBe(0);
    deadline.dispose();
  });

  it('aborts with its caller, at once if the caller already gave up', () => {
    const caller = new AbortController();
    const deadline = startDeadline(10_000, caller.signal);
    expect(deadline.signal.aborted).toBe(false);
    caller.abort();
    expect(deadline.signal.aborted).toBe(true);
    deadline.dispose();
    const late = startDeadline(10_000, AbortSignal.abort());
    expect(late.signal.aborted).toBe(true);
    late.dispose();
  });

  it('stops following its caller once disposed', () => {
    const caller = new AbortController();
    const deadline = startDeadline(10_000, caller.signal);
    deadline.dispose();
    caller.abort();
    expect(deadline.signal.aborted).toBe(false);
  });
});
