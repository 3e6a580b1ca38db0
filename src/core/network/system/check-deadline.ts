/** One check's time budget, cancelled early when its caller cancels. */
export interface CheckDeadline {
  /** Aborted when the time runs out or the caller's signal aborts. */
  readonly signal: AbortSignal;
  /** Milliseconds left, never below 0. */
  remainingMs(): number;
  /** Stops the timer and detaches from the caller's signal. */
  dispose(): void;
}

/**
 * Starts a deadline of `timeoutMs` tied to `parent`: whichever comes first
 * aborts {@link CheckDeadline.signal}. Call `dispose` when the check ends.
 */
export function startDeadline(timeoutMs: number, parent?: AbortSignal, monotonicMs: () => number = () => performance.now()): CheckDeadline {
  const controller = new AbortController();
  const startedAt = monotonicMs();
  const abort = (): void => controller.abort();
  const timer = setTimeout(abort, Math.max(0, timeoutMs));
  if (parent?.aborted === true) controller.abort();
  else parent?.addEventListener('abort', abort, { once: true });
  return {
    signal: controller.signal,
    remainingMs: () => (controller.signal.aborted ? 0 : Math.max(0, timeoutMs - (monotonicMs() - startedAt))),
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', abort);
    },
  };
}
