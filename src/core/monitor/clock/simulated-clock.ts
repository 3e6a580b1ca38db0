import { normalizeDelay } from './monitor-clock.ts';
import type { CancelTimer, MonitorClock, TimerCallback } from './monitor-clock.ts';
import { TimerHeap } from './timer-heap.ts';

/**
 * A clock that moves only when told to, for tests and replays.
 *
 * Timers fire in due order (ties in the order they were set), including
 * timers that callbacks set during the advance. After each timer the clock
 * yields one macrotask turn (`setImmediate`): Node runs every queued
 * microtask before that turn comes, so any promise chain the callback started
 * settles — however long it is — as long as it waits only on promises and on
 * this clock's timers. It does not wait for real I/O (sockets, files): a task
 * that needs real time must not be driven by this clock. The clock never
 * awaits a callback's returned promise, so a task that sleeps on this clock
 * cannot deadlock the advance.
 *
 * An error thrown by a callback, or a rejection of the promise it returns,
 * stops the advance and rejects it. Before time moves, work started at the
 * current instant (outside any timer) settles the same way.
 */
export interface SimulatedClock extends MonitorClock {
  /** Moves time forward by `ms`, firing every timer due on the way. */
  advanceBy(ms: number): Promise<void>;
  /** Moves time forward to `at` (ms since the epoch), firing every timer due on the way. */
  runUntil(at: number): Promise<void>;
  /** Lets pending promise chains settle without moving time. */
  settle(): Promise<void>;
  /** Timers set and neither fired nor cancelled. */
  pendingTimers(): number;
  /** When the next pending timer is due, if any. */
  nextTimerAt(): number | undefined;
  /** Timers fired since the clock was made. */
  firedTimers(): number;
}

/** Options of {@link createSimulatedClock}. */
export interface SimulatedClockOptions {
  /** The start time in ms since the epoch; {@link DEFAULT_SIMULATED_START} by default. */
  readonly startAt?: number;
  /**
   * How many timers may fire at one instant before the advance is declared a
   * loop (a callback that keeps setting 0 ms timers would never let time move).
   */
  readonly maxTimersPerInstant?: number;
}

/** 2026-01-01T00:00:00Z: a fixed, realistic start so replays that look at dates repeat exactly. */
export const DEFAULT_SIMULATED_START = Date.UTC(2026, 0, 1);

interface Entry {
  readonly callback: TimerCallback;
  cancelled: boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Makes a {@link SimulatedClock}. */
export function createSimulatedClock(options: SimulatedClockOptions = {}): SimulatedClock {
  const { startAt = DEFAULT_SIMULATED_START, maxTimersPerInstant = 100_000 } = options;
  const heap = new TimerHeap<Entry>();
  const errors: unknown[] = [];
  let now = startAt;
  let seq = 0;
  let live = 0;
  let fired = 0;
  let advancing = false;

  const dropCancelled = () => {
    while (heap.peek()?.value.cancelled) heap.pop();
  };

  const throwFirstError = () => {
    if (errors.length > 0) throw errors.splice(0)[0];
  };

  const fire = (entry: Entry) => {
    live--;
    fired++;
    try {
      const result = entry.callback();
      if (result instanceof Promise) result.catch((error: unknown) => errors.push(error));
    } catch (error) {
      errors.push(error);
    }
  };

  const runUntil = async (at: number) => {
    if (advancing) throw new Error('SimulatedClock: an advance is already running; await it first');
    if (!(at >= now)) throw new RangeError(`SimulatedClock: cannot move from ${now} back to ${at}`);
    advancing = true;
    try {
      // Work started at the current instant (outside any timer) settles before time moves.
      await nextTurn();
      throwFirstError();
      let instant = now;
      let firedAtInstant = 0;
      for (;;) {
        dropCancelled();
        const top = heap.peek();
        if (top === undefined || top.at > at) break;
        heap.pop();
        now = top.at;
        if (now !== instant) {
          instant = now;
          firedAtInstant = 0;
        }
        if (++firedAtInstant > maxTimersPerInstant) {
          throw new Error(`SimulatedClock: more than ${maxTimersPerInstant} timers at ${new Date(now).toISOString()}: a timer loop?`);
        }
        top.value.cancelled = true;
        fire(top.value);
        await nextTurn();
        throwFirstError();
      }
      now = at;
      await nextTurn();
      throwFirstError();
    } finally {
      advancing = false;
    }
  };

  return {
    now: () => now,
    setTimer(ms: number, callback: TimerCallback): CancelTimer {
      const entry: Entry = { callback, cancelled: false };
      heap.push({ at: now + normalizeDelay(ms), seq: seq++, value: entry });
      live++;
      return () => {
        if (entry.cancelled) return;
        entry.cancelled = true;
        live--;
      };
    },
    runUntil,
    advanceBy: (ms: number) => runUntil(now + normalizeDelay(ms)),
    async settle() {
      await nextTurn();
      throwFirstError();
    },
    pendingTimers: () => live,
    nextTimerAt() {
      dropCancelled();
      return heap.peek()?.at;
    },
    firedTimers: () => fired,
  };
}
