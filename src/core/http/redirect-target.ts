/** Statuses that carry a `Location` to follow. 300 and 304 are answers, not redirects. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** What to do with an answer: follow its `Location`, or take it as final. */
export type RedirectStep =
  | { readonly kind: 'follow'; readonly url: string }
  | { readonly kind: 'final'; readonly reason?: string };

/**
 * Decides whether an answer is a redirect to follow, and where to.
 *
 * Only http: and https: targets are followed; a redirect elsewhere (an app
 * scheme, `mailto:`), without a usable `Location`, or with a status that is
 * not a redirect is the final answer. Fragments are dropped: they never
 * reach the server.
 *
 * @param currentUrl the absolute URL that gave this answer (relative Locations resolve against it)
 */
export function redirectTarget(currentUrl: string, status: number, location: string | undefined): RedirectStep {
  if (!REDIRECT_STATUSES.has(status)) return { kind: 'final' };
  if (location === undefined || location.trim() === '') return { kind: 'final', reason: `HTTP ${status} without Location` };
  let target: URL;
  try {
    target = new URL(location.trim(), currentUrl);
  } catch {
    return { kind: 'final', reason: `HTTP ${status} with an unreadable Location` };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return { kind: 'final', reason: `HTTP ${status} to a ${target.protocol} URL, not followed` };
  }
  target.hash = '';
  return { kind: 'follow', url: target.href };
}
