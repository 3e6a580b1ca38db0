/** The clock a diagnosis runs on; injected so tests drive time. */
export interface CheckClock {
  /** Wall-clock time, for the report's `at`. */
  readonly now: () => Date;
  /** A monotonic millisecond counter, for durations. */
  readonly monotonicMs: () => number;
  /** Calls `callback` after `ms`; returns a function that cancels it. */
  readonly setTimer: (ms: number, callback: () => void) => () => void;
}

/** The real clock. */
export const systemClock: CheckClock = {
  now: () => new Date(),
  monotonicMs: () => performance.now(),
  setTimer: (ms, callback) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/**
 * One diagnosis deadline shared by every check that runs under it. When it
 * passes, its signal aborts and every pending `race` settles with its
 * fallback, so a check that hangs can never hold the verdict back.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  remainingMs(): number;
  /**
   * Time a check may still be given as its own timeout: what remains less a
   * settling margin, so its own timeout result (with real timings) arrives
   * before the deadline's fallback does.
   */
  budgetMs(): number;
  elapsedMs(): number;
  /** Settles with `work`, or with `fallback()` if the deadline passes first. */
  race<T>(work: Promise<T>, fallback: () => T): Promise<T>;
  /** Waits `ms`, or less if the deadline passes first. */
  sleep(ms: number): Promise<void>;
  /** Releases the timer; call when the diagnosis is done. */
  dispose(): void;
}

/** Starts a deadline `totalMs` from now on `clock`; see {@link Deadline.budgetMs} for `settleMs`. */
export function startDeadline(totalMs: number, clock: CheckClock, options: { settleMs?: number; parent?: AbortSignal } = {}): Deadline {
  const { settleMs = 100, parent } = options;
  const startedAt = clock.monotonicMs();
  const controller = new AbortController();
  const cancelTimer = clock.setTimer(totalMs, () => controller.abort(new Error('diagnosis deadline reached')));
  const onParentAbort = () => controller.abort(parent?.reason);
  parent?.addEventListener('abort', onParentAbort, { once: true });
  if (parent?.aborted) controller.abort(parent.reason);

  const whenAborted = new Promise<void>((resolve) => {
    if (controller.signal.aborted) resolve();
    else controller.signal.addEventListener('abort', () => resolve(), { once: true });
  });

  return {
    signal: controller.signal,
    elapsedMs: () => Math.max(0, clock.monotonicMs() - startedAt),
    remainingMs: () => Math.max(0, totalMs - (clock.monotonicMs() - startedAt)),
    budgetMs: () => Math.max(0, totalMs - settleMs - (clock.monotonicMs() - startedAt)),
    race: (work, fallback) => Promise.race([work, whenAborted.then(fallback)]),
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const cancel = clock.setTimer(ms, resolve);
        void whenAborted.then(() => {
          cancel();
          resolve();
        });
      }),
    dispose: () => {
      cancelTimer();
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}
