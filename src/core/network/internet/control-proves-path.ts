import type { ProbeOutcome, ProbeResult } from '../../probe/probe-result.ts';

/**
 * Outcomes that mean the control site itself sent an HTTP answer. Any status
 * does (a 403, a 429, a bot check, Cloudflare's 52x from its edge, a chain
 * of redirects): the question is only whether something beyond the router
 * answers, not whether the site is healthy.
 *
 * Left out: `http-5xx`, because 502/503/504 are what proxies and gateways
 * (the user's own included) send when they cannot reach the site, and
 * `invalid-response`, which may come from anything on the path. Every
 * connection or TLS failure is left out too: a certificate we do not trust
 * may be an interceptor's, and proves nothing about the path beyond it.
 */
const ANSWERED_OUTCOMES: ReadonlySet<ProbeOutcome> = new Set(['ok', 'auth-required', 'challenge', 'rate-limited', 'edge-origin-error', 'redirect-loop']);

/**
 * Whether a control site's probe proves the path beyond the router (pure).
 *
 * Over https the certificate validated, so whoever answered really is the
 * control site. Plain http has no such proof, and a captive portal answers
 * it for any site by redirecting to its own page; so a plain-http control
 * only counts when it was never redirected to another host.
 */
export function controlProvesPath(result: ProbeResult): boolean {
  if (!ANSWERED_OUTCOMES.has(result.outcome)) return false;
  if (!URL.canParse(result.url)) return false;
  const start = new URL(result.url);
  if (start.protocol === 'https:') return true;
  return (result.redirects ?? []).every((target) => URL.canParse(target) && new URL(target).host === start.host);
}
