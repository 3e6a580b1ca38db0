/**
 * What a timer runs. It may return a promise: the clock never waits for it
 * (a task that sleeps on the same clock would deadlock), but it does report
 * a rejection instead of letting it go unhandled.
 */
export type TimerCallback = () => void | Promise<void>;

/** Cancels a timer; calling it after the timer fired, or twice, does nothing. */
export type CancelTimer = () => void;

/**
 * The time source of the monitor, injected so that tests and replays run a
 * simulated day in milliseconds through the same code the app runs.
 */
export interface MonitorClock {
  /** Wall-clock time in ms since the epoch. */
  now(): number;
  /** Runs `callback` once, `ms` from now (negative or NaN counts as 0). */
  setTimer(ms: number, callback: TimerCallback): CancelTimer;
}

/**
 * A promise that resolves `ms` from now on `clock`, or rejects with the
 * signal's reason if `signal` aborts first. Fake tasks in tests use it to
 * take simulated time.
 */
export function clockDelay(clock: MonitorClock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      cancel();
      reject(signal?.reason);
    };
    const cancel = clock.setTimer(ms, () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Turns a requested delay into a usable one: NaN and negatives become 0. */
export function normalizeDelay(ms: number): number {
  return Number.isNaN(ms) || ms < 0 ? 0 : ms;
}
