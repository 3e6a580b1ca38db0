import { describe, expect, it } from 'vitest';
import { createTaskQueue } from '../../../../src/core/monitor/scheduler/task-queue.ts';

describe('createTaskQueue', () => {
  it('runs at most `limit` tasks at once, first in first out, and goes idle at the end', async () => {
    const queue = createTaskQueue(2);
    const started: number[] = [];
    const release: (() => void)[] = [];
    for (let i = 0; i < 5; i++) {
      queue.enqueue(async () => {
        started.push(i);
        await new Promise<void>((resolve) => release.push(resolve));
      });
    }
    expect(started).toEqual([0, 1]);
    expect([queue.running(), queue.queued()]).toEqual([2, 3]);
    release.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    const idle = queue.idle();
    while (release.length > 0) {
      release.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await idle;
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(queue.running()).toBe(0);
  });

  it('keeps going after a task rejects, and drops queued tasks on request', async () => {
    const queue = createTaskQueue(1);
    const ran: string[] = [];
    queue.enqueue(async () => {
      ran.push('bad');
      throw new Error('boom');
    });
    queue.enqueue(async () => void ran.push('dropped'));
    expect(queue.clearQueued()).toBe(1);
    queue.enqueue(async () => void ran.push('good'));
    await queue.idle();
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toEqual(['bad', 'good']);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => createTaskQueue(0)).toThrow(RangeError);
    expect(() => createTaskQueue(1.5)).toThrow(RangeError);
  });
});
