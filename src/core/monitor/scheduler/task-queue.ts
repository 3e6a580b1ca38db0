/**
 * A first-in, first-out queue that runs at most `limit` tasks at once.
 * Tasks must not reject (the scheduler wraps each one); a rejection is
 * swallowed here so the queue keeps moving.
 */
export interface TaskQueue {
  /** Runs `task` now if a slot is free, otherwise when one frees up. */
  enqueue(task: () => Promise<void>): void;
  /** Drops every task not started yet; returns how many were dropped. */
  clearQueued(): number;
  /** Tasks running now. */
  running(): number;
  /** Tasks waiting for a slot. */
  queued(): number;
  /** Resolves once no task is running (at once if none is). */
  idle(): Promise<void>;
}

/** Makes a {@link TaskQueue}; `limit` is a positive integer. */
export function createTaskQueue(limit: number): TaskQueue {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
  const waiting: (() => Promise<void>)[] = [];
  let idleWaiters: (() => void)[] = [];
  let active = 0;

  const pump = () => {
    while (active < limit) {
      const task = waiting.shift();
      if (task === undefined) break;
      active++;
      void task()
        .catch(() => undefined)
        .finally(() => {
          active--;
          pump();
          if (active === 0) {
            const waiters = idleWaiters;
            idleWaiters = [];
            for (const resolve of waiters) resolve();
          }
        });
    }
  };

  return {
    enqueue(task) {
      waiting.push(task);
      pump();
    },
    clearQueued: () => waiting.splice(0).length,
    running: () => active,
    queued: () => waiting.length,
    idle: () => (active === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve))),
  };
}
