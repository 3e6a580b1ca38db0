import { classifyOutcome } from '../assessment/service-state.ts';
import type { ProbeSpec } from '../config/config-schema.ts';
import type { ProbeFunction } from '../probe/http-probe.ts';
import type { ProbeOutcome, ProbeResult } from '../probe/probe-result.ts';
import type { Deadline } from './deadline.ts';

/** A probe's final result, with the attempts it took and what the earlier ones saw. */
export interface ConfirmedProbe {
  readonly result: ProbeResult;
  readonly attempts: number;
  readonly earlierOutcomes: readonly ProbeOutcome[];
}

/** Timing of the confirmation retry. */
export interface ConfirmationPolicy {
  /** Longest single probe, even when the deadline is further away. */
  readonly probeTimeoutMs: number;
  /** Pause before the confirmation attempt, so a blip has time to pass. */
  readonly retryDelayMs: number;
  /** No confirmation is tried unless at least this much time is left for it. */
  readonly minRetryBudgetMs: number;
}

/** Defaults for a one-shot `check` (DESIGN.md: 10 s probe timeout). */
export const CHECK_CONFIRMATION: ConfirmationPolicy = { probeTimeoutMs: 10_000, retryDelayMs: 300, minRetryBudgetMs: 1_000 };

/**
 * Probes a URL and, when it fails and time allows, once more after a short
 * pause, so one dropped packet does not become an outage. The last attempt is
 * what counts; the earlier outcomes stay in the evidence.
 */
export async function probeWithConfirmation(
  spec: Pick<ProbeSpec, 'url' | 'method'>,
  probe: ProbeFunction,
  deadline: Deadline,
  policy: ConfirmationPolicy = CHECK_CONFIRMATION,
): Promise<ConfirmedProbe> {
  const earlierOutcomes: ProbeOutcome[] = [];
  let attempts = 1;
  let result = await deadline.race(
    probe(spec, { timeoutMs: Math.min(policy.probeTimeoutMs, deadline.budgetMs()), signal: deadline.signal }),
    () => deadlineResult(spec, deadline),
  );
  const failed = (r: ProbeResult) => {
    const outcomeClass = classifyOutcome(r.outcome);
    return outcomeClass !== 'up' && outcomeClass !== 'rate-limited';
  };
  if (failed(result) && deadline.budgetMs() >= policy.retryDelayMs + policy.minRetryBudgetMs) {
    await deadline.sleep(policy.retryDelayMs);
    earlierOutcomes.push(result.outcome);
    attempts += 1;
    result = await deadline.race(
      probe(spec, { timeoutMs: Math.min(policy.probeTimeoutMs, deadline.budgetMs()), signal: deadline.signal }),
      () => deadlineResult(spec, deadline),
    );
  }
  return { result, attempts, earlierOutcomes };
}

function deadlineResult(spec: Pick<ProbeSpec, 'url' | 'method'>, deadline: Deadline): ProbeResult {
  return {
    url: spec.url,
    method: spec.method,
    outcome: 'timeout',
    timings: { totalMs: deadline.elapsedMs() },
    detail: 'no answer before the diagnosis deadline',
  };
}
