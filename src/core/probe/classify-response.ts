import type { ProbeEdge, ProbeOutcome } from './probe-result.ts';
import { parseRetryAfter } from '../http/retry-after.ts';

/** The part of an HTTP answer a probe judges: status and lower-case headers. */
export interface ProbeResponse {
  readonly status: number;
  /** Header names are lower-case; repeated headers are joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
}

/** What an HTTP answer means for "is the service up". */
export interface ResponseClassification {
  readonly outcome: ProbeOutcome;
  readonly retryAfterSeconds?: number;
  readonly edge?: ProbeEdge;
  readonly detail?: string;
}

const AWS_WAF_CHALLENGES = new Set(['challenge', 'captcha']);

/**
 * Classifies the final HTTP answer of a probe (redirects already followed).
 *
 * The probe asks "is the service's front door up?", so:
 * - a bot check (`cf-mitigated: challenge`, or AWS WAF's
 *   `x-amzn-waf-action: challenge|captcha`) on any status → `challenge`: a
 *   browser would get through, the service is up;
 * - 2xx and 3xx (a redirect we did not follow) → `ok`;
 * - 401/403 → `auth-required`: the service answered, it wants a login;
 * - 429 → `rate-limited`, with `retryAfterSeconds` from `Retry-After`;
 * - 520–527 (and Cloudflare's 530 when a `cf-ray` shows Cloudflare sent it)
 *   → `edge-origin-error`: the edge is up, the service behind it is not;
 * - any other 5xx → `http-5xx` (503 keeps its `Retry-After`; 511 is flagged in
 *   `detail`, since it is usually a captive portal rather than the service);
 * - 407 → `invalid-response`: probes use no proxy, so a proxy that wants a
 *   login is something between us and the service, not the service;
 * - every other 4xx (400, 404, 405, 410, …) → `ok`: an error *page* from the
 *   service proves its front door answered, which is all a probe of a
 *   catalog URL asks (a HEAD may well get 405, a moved page 404);
 * - a status outside 200–599 → `invalid-response`.
 *
 * `edge` records `cf-ray` and `server` whenever the answer carried them.
 *
 * @param nowMs local time in ms since the epoch, for date-valued `Retry-After`
 */
export function classifyResponse(response: ProbeResponse, nowMs: number): ResponseClassification {
  const { status, headers } = response;
  const edge = edgeOf(headers);
  const withEdge = edge === undefined ? {} : { edge };

  if (!Number.isInteger(status) || status < 200 || status > 599) {
    return { outcome: 'invalid-response', ...withEdge, detail: `HTTP status ${status} is not a final status` };
  }
  if (isChallenge(headers)) {
    return { outcome: 'challenge', ...withEdge, detail: `HTTP ${status} bot check` };
  }
  if (status < 400) return { outcome: 'ok', ...withEdge };
  if (status === 401 || status === 403) return { outcome: 'auth-required', ...withEdge };
  if (status === 407) {
    return { outcome: 'invalid-response', ...withEdge, detail: 'HTTP 407: a proxy between this device and the service wants a login' };
  }
  if (status === 429) return { outcome: 'rate-limited', ...withEdge, ...retryAfter(headers, nowMs) };
  if ((status >= 520 && status <= 527) || (status === 530 && edge?.cfRay !== undefined)) {
    return { outcome: 'edge-origin-error', ...withEdge, detail: `HTTP ${status}: the edge could not reach the service's origin` };
  }
  if (status >= 500) {
    const detail = status === 511 ? 'HTTP 511: network authentication required (captive portal?)' : undefined;
    return {
      outcome: 'http-5xx',
      ...withEdge,
      ...(status === 503 ? retryAfter(headers, nowMs) : {}),
      ...(detail === undefined ? {} : { detail }),
    };
  }
  return { outcome: 'ok', ...withEdge };
}

function isChallenge(headers: Readonly<Record<string, string>>): boolean {
  const mitigated = headers['cf-mitigated'];
  if (mitigated !== undefined && tokens(mitigated).includes('challenge')) return true;
  const wafAction = headers['x-amzn-waf-action'];
  return wafAction !== undefined && tokens(wafAction).some((token) => AWS_WAF_CHALLENGES.has(token));
}

function tokens(value: string): string[] {
  return value.split(',').map((token) => token.trim().toLowerCase());
}

function edgeOf(headers: Readonly<Record<string, string>>): ProbeEdge | undefined {
  const cfRay = headers['cf-ray']?.trim();
  const server = headers['server']?.trim();
  if (!cfRay && !server) return undefined;
  return { ...(cfRay ? { cfRay } : {}), ...(server ? { server } : {}) };
}

function retryAfter(headers: Readonly<Record<string, string>>, nowMs: number): { retryAfterSeconds?: number } {
  const seconds = parseRetryAfter(headers['retry-after'], nowMs, headers['date']);
  return seconds === undefined ? {} : { retryAfterSeconds: seconds };
}
