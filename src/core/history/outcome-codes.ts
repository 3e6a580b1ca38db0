import { classifyOutcome, type OutcomeClass } from '../assessment/service-state.ts';
import { PROBE_OUTCOMES, type ProbeOutcome } from '../probe/probe-result.ts';

/**
 * The integer each outcome is stored as. Written down rather than derived from
 * `PROBE_OUTCOMES`' order so that reordering that list never changes what old
 * files mean; a new outcome takes the next free number.
 */
export const OUTCOME_CODES: Readonly<Record<ProbeOutcome, number>> = {
  ok: 0,
  'auth-required': 1,
  challenge: 2,
  'rate-limited': 3,
  'http-5xx': 4,
  'edge-origin-error': 5,
  timeout: 6,
  'dns-error': 7,
  'connect-refused': 8,
  'connect-timeout': 9,
  reset: 10,
  'tls-error': 11,
  'tls-untrusted': 12,
  'redirect-loop': 13,
  'invalid-response': 14,
};

const OUTCOME_BY_CODE = new Map<number, ProbeOutcome>(PROBE_OUTCOMES.map((outcome) => [OUTCOME_CODES[outcome], outcome]));

/** The outcome stored as `code`; `invalid-response` for a code this version does not know. */
export function outcomeFromCode(code: number): ProbeOutcome {
  return OUTCOME_BY_CODE.get(code) ?? 'invalid-response';
}

/** True when the outcome counts as up for uptime (up or rate-limited, as `classifyOutcome` says). */
export function countsAsUp(outcome: ProbeOutcome): boolean {
  const kind: OutcomeClass = classifyOutcome(outcome);
  return kind === 'up' || kind === 'rate-limited';
}

/** True when the sample's totalMs says how fast the service answers (it answered normally). */
export function hasServiceLatency(outcome: ProbeOutcome): boolean {
  return classifyOutcome(outcome) === 'up';
}
