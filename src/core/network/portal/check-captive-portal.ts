import type { ClockSample } from '../clock/estimate-clock-skew.ts';
import type { CaptivePortalEvidence } from '../network-evidence.ts';
import { classifyPortalAnswer, type PortalCheckResult } from './classify-portal-answer.ts';
import { createPlainHttpRequest, type PlainHttpRequest } from './plain-http-request.ts';

/** One plain-HTTP URL and the status its real server answers with. */
export interface ConnectivityCheck {
  readonly url: string;
  readonly expectStatus: number;
}

/** What {@link checkCaptivePortal} is asked to check. */
export interface CaptivePortalRequest {
  readonly connectivityChecks: readonly ConnectivityCheck[];
  /** Deadline for every check (they run in parallel). */
  readonly timeoutMs: number;
  /** Cancels the check: it then resolves at once with `completed: false`. */
  readonly signal?: AbortSignal;
}

/** What {@link checkCaptivePortal} runs on; every field has a default. */
export interface CaptivePortalDeps {
  /** Default {@link createPlainHttpRequest}`()`. */
  readonly request?: PlainHttpRequest;
  /** The wall clock, for clock samples. */
  readonly now?: () => Date;
}

/** The portal evidence plus the `Date` headers the answers carried, for `estimateClockSkew`. */
export interface CaptivePortalFindings extends CaptivePortalEvidence {
  readonly clockSamples: readonly ClockSample[];
}

/**
 * Past its own deadline a request gets this long to report before the check
 * gives up on it, so a request function that ignores its deadline cannot
 * hold the result back.
 */
const OVERRUN_MS = 50;

/**
 * Looks for a captive portal: one plain-HTTP GET per connectivity check, in
 * parallel, no redirect followed (see {@link classifyPortalAnswer}). A check
 * that gets no answer (connection failed, deadline) is `unreachable`, which is
 * no sign of a portal: the control sites judge the path.
 *
 * Resolves (never rejects) within `timeoutMs` plus a few ms. `completed` is
 * false when no check is configured or the signal cancelled the check; the
 * checks that finished by then are still listed. The `Date` header of every
 * answer becomes a clock sample (`estimateClockSkew` skips invalid ones).
 */
export async function checkCaptivePortal(request: CaptivePortalRequest, deps: CaptivePortalDeps = {}): Promise<CaptivePortalFindings> {
  const send = deps.request ?? createPlainHttpRequest();
  const now = deps.now ?? (() => new Date());
  const { connectivityChecks, timeoutMs } = request;
  if (connectivityChecks.length === 0) return { completed: false, checks: [], clockSamples: [] };

  const stop = new AbortController();
  const onCancel = (): void => stop.abort(request.signal?.reason);
  if (request.signal?.aborted === true) onCancel();
  request.signal?.addEventListener('abort', onCancel, { once: true });

  const checks: (PortalCheckResult | undefined)[] = connectivityChecks.map(() => undefined);
  const clockSamples: ClockSample[] = [];
  const runOne = async (check: ConnectivityCheck, index: number): Promise<void> => {
    try {
      const answer = await send(check.url, { timeoutMs, signal: stop.signal });
      const serverDate = answer.headers['date'];
      if (serverDate !== undefined) clockSamples.push({ serverDate, localAt: now() });
      checks[index] = classifyPortalAnswer(check.url, check.expectStatus, answer);
    } catch {
      checks[index] = { url: check.url, result: 'unreachable' };
    }
  };

  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, timeoutMs) + OVERRUN_MS);
  });
  const cancelled = new Promise<void>((resolve) => {
    if (stop.signal.aborted) resolve();
    else stop.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await Promise.race([Promise.all(connectivityChecks.map(runOne)), overrun, cancelled]);
  clearTimeout(timer);
  request.signal?.removeEventListener('abort', onCancel);
  const wasCancelled = request.signal?.aborted === true;
  // Ends whatever is still running; its result would come too late to count.
  stop.abort();

  const finished = connectivityChecks.map((check, index) => checks[index] ?? { url: check.url, result: 'unreachable' as const });
  return wasCancelled
    ? { completed: false, checks: finished.filter((_, index) => checks[index] !== undefined), clockSamples: [...clockSamples] }
    : { completed: true, checks: finished, clockSamples: [...clockSamples] };
}
