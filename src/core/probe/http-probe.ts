import type { Dispatcher } from 'undici';
import { flattenHeaders } from '../http/flatten-headers.ts';
import { redirectTarget } from '../http/redirect-target.ts';
import { destroyBody, drainBody } from '../http/response-body.ts';
import { classifyDeadline, classifyError } from './classify-error.ts';
import { classifyResponse } from './classify-response.ts';
import type { ProbeEdge, ProbeOutcome, ProbeResult } from './probe-result.ts';
import { hopPhase, hopTimings, roundMs, type HopTrace, type RequestTracer } from './request-tracer.ts';

/** Which URL to probe and how. */
export interface ProbeTarget {
  readonly url: string;
  readonly method: 'HEAD' | 'GET';
}

/** Per-probe limits. */
export interface ProbeRunOptions {
  /** One deadline for the whole probe, redirects included. */
  readonly timeoutMs: number;
  /** Cancels the probe; it then resolves with `timeout` ("cancelled"). */
  readonly signal?: AbortSignal;
}

/** Probes one URL once. Never rejects: every failure is an outcome. */
export type ProbeFunction = (target: ProbeTarget, options: ProbeRunOptions) => Promise<ProbeResult>;

/** What {@link createHttpProbe} runs on. */
export interface HttpProbeDeps {
  readonly dispatcher: Dispatcher;
  readonly tracer: RequestTracer;
  readonly maxRedirects: number;
  readonly userAgent: string;
  /** Aborted when the owning prober closes: running probes end, new ones end at once. */
  readonly closed: AbortSignal;
  /** Monotonic ms, for durations. */
  readonly monotonic?: () => number;
  /** Wall-clock ms since the epoch, for date-valued `Retry-After`. */
  readonly wallClock?: () => number;
}

/** The verdict of a probe before timings and redirects are attached. */
interface Finding {
  readonly outcome: ProbeOutcome;
  readonly status?: number;
  readonly edge?: ProbeEdge;
  readonly retryAfterSeconds?: number;
  readonly detail?: string;
  readonly errorCode?: string;
}

type HopAnswer =
  | { readonly kind: 'response'; readonly status: number; readonly headers: Readonly<Record<string, string>> }
  | { readonly kind: 'failed'; readonly finding: Finding };

/**
 * Creates the HTTP probe.
 *
 * Each probe sends HEAD, or GET whose body is dropped as soon as the headers
 * are in (the body is never read), follows up to `maxRedirects` http(s)
 * redirects by hand, and classifies the final answer or failure (see
 * {@link classifyResponse}, {@link classifyError}, {@link classifyDeadline}).
 * A request that fails with a reset (or garbage) on a reused keep-alive
 * connection is sent once more on a fresh one: a server closing an idle
 * connection just as we reuse it, or one that sent a stray body after a HEAD,
 * says nothing about the service.
 *
 * Timings (`dnsMs`, `connectMs`, `tlsMs`, `ttfbMs`) describe the last request
 * of the chain; `totalMs` the whole probe.
 */
export function createHttpProbe(deps: HttpProbeDeps): ProbeFunction {
  const { dispatcher, tracer, maxRedirects, userAgent, closed } = deps;
  const monotonic = deps.monotonic ?? (() => performance.now());
  const wallClock = deps.wallClock ?? (() => Date.now());

  return (target, options) =>
    new Promise<ProbeResult>((resolve) => {
      const startedAt = monotonic();
      const abort = new AbortController();
      const redirects: string[] = [];
      let hop: HopTrace | undefined;
      let settled = false;

      const settle = (finding: Finding): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onCancel);
        closed.removeEventListener('abort', onClosed);
        abort.abort();
        resolve(toResult(target, finding, hop, redirects, roundMs(monotonic() - startedAt)));
      };
      const onCancel = (): void => settle({ outcome: 'timeout', detail: 'probe cancelled before an answer' });
      const onClosed = (): void => settle({ outcome: 'timeout', detail: 'prober closed before an answer' });

      const timer = setTimeout(() => settle(classifyDeadline(hopPhase(hop), options.timeoutMs)), Math.max(0, options.timeoutMs));
      if (options.signal?.aborted === true) return onCancel();
      if (closed.aborted) return onClosed();
      options.signal?.addEventListener('abort', onCancel, { once: true });
      closed.addEventListener('abort', onClosed, { once: true });

      const send = async (url: string): Promise<HopAnswer> => {
        const { origin, pathname, search } = new URL(url);
        for (let attempt = 0; ; attempt += 1) {
          const current: HopTrace = { startedAt: monotonic() };
          hop = current;
          try {
            const response = await tracer.dispatch(current, () =>
              dispatcher.request({
                origin,
                path: `${pathname}${search}`,
                method: target.method,
                headers: { 'user-agent': userAgent, accept: '*/*' },
                // undici closes a connection after HEAD unless told otherwise
                // (some servers wrongly send a HEAD body); reuse matters more
                // here, and a poisoned connection is retried below.
                ...(target.method === 'HEAD' ? { reset: false } : {}),
                signal: abort.signal,
              }),
            );
            dropBody(response.body, target.method);
            return { kind: 'response', status: response.statusCode, headers: flattenHeaders(response.headers) };
          } catch (error) {
            const finding = classifyError(current.error ?? error, hopPhase(current));
            if (isStaleConnection(finding.outcome, current) && attempt === 0 && !settled) continue;
            return { kind: 'failed', finding };
          }
        }
      };

      const run = async (): Promise<Finding> => {
        let url = httpUrl(target.url);
        if (url === undefined) return { outcome: 'invalid-response', detail: 'not an http(s) URL' };
        const seen = new Set([url]);
        for (;;) {
          // The deadline may have passed between hops; the result is already out.
          if (settled) return { outcome: 'timeout' };
          const answer = await send(url);
          if (answer.kind === 'failed') return answer.finding;
          const { status, headers } = answer;
          const step = redirectTarget(url, status, headers['location']);
          if (step.kind === 'follow') {
            redirects.push(step.url);
            if (seen.has(step.url)) return { outcome: 'redirect-loop', status, detail: `redirected back to ${step.url}` };
            if (redirects.length > maxRedirects) return { outcome: 'redirect-loop', status, detail: `more than ${maxRedirects} redirects` };
            seen.add(step.url);
            url = step.url;
            continue;
          }
          const classified = classifyResponse({ status, headers }, wallClock());
          const detail = classified.detail ?? step.reason;
          return { ...classified, status, ...(detail === undefined ? {} : { detail }) };
        }
      };

      run().then(settle, (error: unknown) => settle(classifyError(error, hopPhase(hop))));
    });
}

function toResult(target: ProbeTarget, finding: Finding, hop: HopTrace | undefined, redirects: readonly string[], totalMs: number): ProbeResult {
  const remoteAddress = hop?.remoteAddress ?? hop?.opened?.remoteAddress;
  return {
    url: target.url,
    method: target.method,
    outcome: finding.outcome,
    ...(finding.status === undefined ? {} : { status: finding.status }),
    timings: { ...hopTimings(hop), totalMs },
    ...(finding.edge === undefined ? {} : { edge: finding.edge }),
    ...(finding.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: finding.retryAfterSeconds }),
    ...(hop?.reused === undefined ? {} : { connectionReused: hop.reused }),
    ...(remoteAddress === undefined ? {} : { remoteAddress }),
    ...(redirects.length === 0 ? {} : { redirects: [...redirects] }),
    ...(finding.detail === undefined ? {} : { detail: finding.detail }),
    ...(finding.errorCode === undefined ? {} : { errorCode: finding.errorCode }),
  };
}

/**
 * A probe never reads a body. HEAD has none, so draining it keeps the
 * connection for the next probe; a GET body is destroyed, which closes the
 * connection unless the whole (small) body had already arrived.
 */
function dropBody(body: Dispatcher.ResponseData['body'], method: 'HEAD' | 'GET'): void {
  if (method === 'HEAD') drainBody(body);
  else destroyBody(body);
}

/** A failure that a reused connection, not the service, may have caused. */
function isStaleConnection(outcome: ProbeOutcome, hop: HopTrace): boolean {
  return hop.reused === true && (outcome === 'reset' || outcome === 'invalid-response');
}

function httpUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}
