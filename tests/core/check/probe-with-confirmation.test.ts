import { describe, expect, it } from 'vitest';
import { startDeadline, systemClock } from '../../../src/core/check/deadline.ts';
import { CHECK_CONFIRMATION, probeWithConfirmation } from '../../../src/core/check/probe-with-confirmation.ts';
import type { ProbeOutcome, ProbeResult } from '../../../src/core/probe/probe-result.ts';

const spec = { url: 'https://chat.example/', method: 'HEAD' as const };
const answer = (outcome: ProbeOutcome, status?: number): ProbeResult => ({ ...spec, outcome, ...(status ? { status } : {}), timings: { totalMs: 5 } });
const policy = { ...CHECK_CONFIRMATION, hedgeAfterMs: 100, retryDelayMs: 20, minAttemptBudgetMs: 50 };

async function run(behaviour: (attempt: number, timeoutMs: number) => Promise<ProbeResult>, deadlineMs = 1000) {
  let attempt = 0;
  const deadline = startDeadline(deadlineMs, systemClock);
  const started = performance.now();
  try {
    const confirmed = await probeWithConfirmation(spec, (_s, options) => behaviour(++attempt, options.timeoutMs), deadline, policy);
    return { ...confirmed, elapsed: performance.now() - started };
  } finally {
    deadline.dispose();
  }
}

const after = (ms: number, result: ProbeResult) => new Promise<ProbeResult>((resolve) => setTimeout(() => resolve(result), ms));

describe('probeWithConfirmation', () => {
  it('answers with the first attempt when the service is up', async () => {
    expect(await run(async () => answer('ok', 200))).toMatchObject({ result: { outcome: 'ok' }, attempts: 1, earlierOutcomes: [] });
  });

  it('re-checks an outright failure once, and calls it confirmed', async () => {
    expect(await run(async () => answer('http-5xx', 502))).toMatchObject({ result: { status: 502 }, attempts: 2, earlierOutcomes: ['http-5xx'] });
  });

  it('hedges a silent attempt: a second one that goes through wins long before the first would time out', async () => {
    const confirmed = await run((attempt, timeoutMs) => (attempt === 1 ? after(timeoutMs, answer('timeout')) : after(10, answer('ok', 200))));
    expect(confirmed).toMatchObject({ result: { outcome: 'ok' }, attempts: 2 });
    expect(confirmed.elapsed).toBeLessThan(400);
  });

  it('calls a service that hangs on every attempt timed out, within the deadline', async () => {
    const confirmed = await run((_attempt, timeoutMs) => after(timeoutMs, answer('timeout')), 600);
    expect(confirmed.result.outcome).toBe('timeout');
    expect(confirmed.attempts).toBeGreaterThanOrEqual(2);
    expect(confirmed.elapsed).toBeLessThan(600 + 100);
  });
});
