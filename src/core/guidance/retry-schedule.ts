/**
 * The retry policy Status Doctor recommends to API users: exponential
 * backoff with full jitter on top, never sooner than the service's
 * `Retry-After`, and a hard cap on attempts. The guidance quotes these
 * numbers, so they live in one place.
 */
export const RETRY_POLICY = {
  /** The pause before the first retry without a `Retry-After`. */
  firstDelayMs: 1000,
  /** Each pause is this many times the previous one. */
  factor: 2,
  /** Tries in all, the first one included. */
  maxTries: 5,
  /** A random extra of 0 to this many percent of the pause is added to each. */
  jitterPercent: 100,
} as const;

/** The pauses before each retry (tries 2…maxTries), before jitter: 1 s, 2 s, 4 s, 8 s with the defaults. */
export function backoffDelaysMs(policy: typeof RETRY_POLICY = RETRY_POLICY): number[] {
  return Array.from({ length: policy.maxTries - 1 }, (_, i) => policy.firstDelayMs * policy.factor ** i);
}

/**
 * The range one pause falls in once jitter is added, never below the
 * `Retry-After` the latest answer asked for.
 */
export function jitteredRangeMs(delayMs: number, retryAfterMs = 0, policy: typeof RETRY_POLICY = RETRY_POLICY): { fromMs: number; toMs: number } {
  const fromMs = Math.max(delayMs, retryAfterMs);
  return { fromMs, toMs: Math.max(delayMs * (1 + policy.jitterPercent / 100), retryAfterMs) };
}
