import { normalizeDelay } from './monitor-clock.ts';
import type { CancelTimer, MonitorClock, TimerCallback } from './monitor-clock.ts';

/** Options of {@link createRealClock}. */
export interface RealClockOptions {
  /**
   * Let the process exit while timers are pending. Off by default: `watch`
   * has nothing but the monitor's timers to keep it alive.
   */
  readonly unref?: boolean;
  /** Where a timer callback's error goes; by default a process warning. */
  readonly onTimerError?: (error: unknown) => void;
}

// setTimeout fires after 1 ms for anything longer than this (about 24.8 days).
const MAX_TIMEOUT_MS = 2_147_483_647;

function reportAsWarning(error: unknown): void {
  process.emitWarning(error instanceof Error ? error : String(error), 'MonitorTimerError');
}

/** The real clock: `Date.now()` and Node's timers. */
export function createRealClock(options: RealClockOptions = {}): MonitorClock {
  const { unref = false, onTimerError = reportAsWarning } = options;

  const run = (callback: TimerCallback) => {
    try {
      const result = callback();
      if (result instanceof Promise) result.catch(onTimerError);
    } catch (error) {
      onTimerError(error);
    }
  };

  return {
    now: () => Date.now(),
    setTimer(ms: number, callback: TimerCallback): CancelTimer {
      let cancelled = false;
      let handle: NodeJS.Timeout | undefined;
      const arm = (remaining: number) => {
        const step = Math.min(remaining, MAX_TIMEOUT_MS);
        handle = setTimeout(() => {
          if (cancelled) return;
          if (remaining > step) arm(remaining - step);
          else run(callback);
        }, step);
        if (unref) handle.unref();
      };
      arm(normalizeDelay(ms));
      return () => {
        cancelled = true;
        if (handle !== undefined) clearTimeout(handle);
      };
    },
  };
}
