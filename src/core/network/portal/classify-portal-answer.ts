import type { CaptivePortalEvidence } from '../network-evidence.ts';
import type { PlainHttpAnswer } from './plain-http-request.ts';

/** What one connectivity check found. */
export type PortalCheckResult = CaptivePortalEvidence['checks'][number];

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_LOCATION_LENGTH = 2048;

/**
 * Judges the answer to one plain-HTTP connectivity check (pure). The check is
 * status-based, as Android's and Chrome OS's are:
 *
 * - 511 → `network-authentication-required` (RFC 6585: the network wants a sign-in);
 * - the expected status → `clean`, except that when 204 was expected the
 *   answer must be empty;
 * - a redirect (301/302/303/307/308) with a `Location` → `redirect`, with the
 *   portal's address in `location` when it is an http(s) URL;
 * - 200 with an empty body when 204 was expected → `clean`: some transparent
 *   proxies turn an empty 204 into an empty 200, and a portal always has a
 *   page to show (Android reads it the same way);
 * - anything else (200 with a page instead of 204, 404, a redirect without
 *   `Location`) → `wrong-answer`: something other than the check's server answered.
 *
 * A check configured with `expectStatus: 200` can only catch portals that
 * redirect or answer 511, since a portal's own page also comes with 200;
 * endpoints that answer 204 are the ones to use.
 */
export function classifyPortalAnswer(url: string, expectStatus: number, answer: PlainHttpAnswer): PortalCheckResult {
  const { status, headers, body } = answer;
  const hasBody = body.trim() !== '';
  if (status === 511) return { url, result: 'network-authentication-required', status };
  if (status === expectStatus && !(expectStatus === 204 && hasBody)) return { url, result: 'clean', status };
  if (REDIRECT_STATUSES.has(status) && headers['location'] !== undefined && headers['location'].trim() !== '') {
    const location = portalLocation(url, headers['location']);
    return { url, result: 'redirect', status, ...(location !== undefined ? { location } : {}) };
  }
  if (expectStatus === 204 && status === 200 && !hasBody) return { url, result: 'clean', status };
  return { url, result: 'wrong-answer', status };
}

/**
 * The redirect target as an absolute http(s) URL, or undefined. It is shown
 * to the user as the page to sign in at, so anything else (`javascript:`,
 * garbage, an address too long to read) is left out.
 */
function portalLocation(url: string, location: string): string | undefined {
  const trimmed = location.trim();
  if (trimmed.length > MAX_LOCATION_LENGTH || !URL.canParse(trimmed, url)) return undefined;
  const target = new URL(trimmed, url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return undefined;
  return target.href.length > MAX_LOCATION_LENGTH ? undefined : target.href;
}
