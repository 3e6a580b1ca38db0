import { type Deadline, startDeadline as startDiagnosisDeadline, systemClock } from '../../check/deadline.ts';

/** One check's time budget, cancelled early when its caller cancels. */
export type CheckDeadline = Pick<Deadline, 'signal' | 'remainingMs' | 'dispose'>;

/**
 * Starts a deadline of `timeoutMs` tied to `parent`: whichever comes first
 * aborts {@link CheckDeadline.signal}. Call `dispose` when the check ends.
 * The same deadline as the diagnosis', with no settling margin: a check
 * uses all of its own time.
 */
export function startDeadline(timeoutMs: number, parent?: AbortSignal, monotonicMs: () => number = () => performance.now()): CheckDeadline {
  const deadline = startDiagnosisDeadline(timeoutMs, { ...systemClock, monotonicMs }, { settleMs: 0, ...(parent ? { parent } : {}) });
  return {
    signal: deadline.signal,
    remainingMs: () => (deadline.signal.aborted ? 0 : deadline.remainingMs()),
    dispose: () => deadline.dispose(),
  };
}
