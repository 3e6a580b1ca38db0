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

/** Timing of the extra attempts. */
export interface ConfirmationPolicy {
  /** Longest single probe, even when the deadline is further away. */
  readonly probeTimeoutMs: number;
  /** An attempt still silent after this long gets a second one alongside it. */
  readonly hedgeAfterMs: number;
  /** Pause before re-checking an attempt that failed outright, so a blip has time to pass. */
  readonly retryDelayMs: number;
  /** No attempt is started with less than this much time left. */
  readonly minAttemptBudgetMs: number;
  /** Attempts at most, hedged and re-checks together. */
  readonly maxAttempts: number;
}

/** Defaults for a one-shot `check` (DESIGN.md: 10 s probe timeout). */
export const CHECK_CONFIRMATION: ConfirmationPolicy = {
  probeTimeoutMs: 10_000,
  hedgeAfterMs: 1_200,
  retryDelayMs: 300,
  minAttemptBudgetMs: 1_000,
  maxAttempts: 3,
};

const isUp = (result: ProbeResult) => {
  const outcomeClass = classifyOutcome(result.outcome);
  return outcomeClass === 'up' || outcomeClass === 'rate-limited';
};

/**
 * Probes a URL until it answers or the evidence of a failure is confirmed.
 * An attempt that fails outright is re-checked after a short pause; one that
 * stays silent gets a second attempt alongside it (a hedge), because on a
 * lossy link one lost handshake packet can stall a connection for seconds
 * while a fresh one goes straight through. The first attempt that finds the
 * service up wins; otherwise the last failure is what counts, and the
 * earlier outcomes stay in the evidence.
 */
export async function probeWithConfirmation(
  spec: Pick<ProbeSpec, 'url' | 'method'>,
  probe: ProbeFunction,
  deadline: Deadline,
  policy: ConfirmationPolicy = CHECK_CONFIRMATION,
): Promise<ConfirmedProbe> {
  type Settled = { readonly index: number; readonly result: ProbeResult };
  const pending = new Map<number, Promise<Settled>>();
  const failures: ProbeResult[] = [];
  let started = 0;

  const canStart = () => started < policy.maxAttempts && deadline.budgetMs() >= policy.minAttemptBudgetMs;
  const launch = () => {
    const index = started;
    started += 1;
    const attempt = deadline.race(
      probe(spec, { timeoutMs: Math.min(policy.probeTimeoutMs, deadline.budgetMs()), signal: deadline.signal }),
      () => deadlineResult(spec, deadline),
    );
    pending.set(
      index,
      attempt.then((result) => ({ index, result })),
    );
  };

  launch();
  while (pending.size > 0) {
    const hedge = canStart() ? deadline.sleep(policy.hedgeAfterMs).then(() => 'hedge' as const) : undefined;
    const next = await Promise.race([...pending.values(), ...(hedge ? [hedge] : [])]);
    if (next === 'hedge') {
      if (canStart()) launch();
      continue;
    }
    pending.delete(next.index);
    if (isUp(next.result)) {
      return { result: next.result, attempts: started, earlierOutcomes: failures.map((failure) => failure.outcome) };
    }
    failures.push(next.result);
    // One re-check confirms an outright failure; more would only add load to a struggling service.
    if (pending.size === 0 && failures.length === 1 && deadline.budgetMs() >= policy.retryDelayMs + policy.minAttemptBudgetMs && started < policy.maxAttempts) {
      await deadline.sleep(policy.retryDelayMs);
      if (canStart()) launch();
    }
  }
  const last = failures.at(-1)!;
  return { result: last, attempts: started, earlierOutcomes: failures.slice(0, -1).map((failure) => failure.outcome) };
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
