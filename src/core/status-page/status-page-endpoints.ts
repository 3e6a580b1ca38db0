/**
 * Where each provider publishes its machine-readable status, given the page
 * address a person configures (`https://www.githubstatus.com`). An address
 * that already names a document (`…/summary.json`, `…/history.atom`) is
 * used as it is.
 */

function pathOf(url: URL): string {
  return url.pathname.toLowerCase();
}

/** Resolves `relative` under the page address, keeping its path as a directory and dropping query and fragment. */
function under(pageUrl: string, relative: string): string {
  const base = new URL(pageUrl);
  base.search = '';
  base.hash = '';
  if (!base.pathname.endsWith('/')) base.pathname = `${base.pathname}/`;
  return new URL(relative, base).href;
}

/** True when the address names a JSON document rather than a page. */
export function namesJsonDocument(pageUrl: string): boolean {
  return pathOf(new URL(pageUrl)).endsWith('.json');
}

/** True when the address names a feed: `.rss`, `.atom`, `.xml`, or a `/feed` or `/rss` path. */
export function namesFeed(pageUrl: string): boolean {
  const path = pathOf(new URL(pageUrl));
  return /\.(rss|atom|xml)$/.test(path) || /\/(feed|rss)(\/|$)/.test(path);
}

/** True for Google's own status dashboards, which publish `incidents.json` and nothing Statuspage-like. */
export function isGoogleDashboard(pageUrl: string): boolean {
  const url = new URL(pageUrl);
  const host = url.hostname.toLowerCase();
  return host === 'status.cloud.google.com' || (host === 'www.google.com' && pathOf(url).startsWith('/appsstatus'));
}

/** Statuspage's and incident.io's summary: `<page>/api/v2/summary.json`. */
export function statuspageSummaryUrl(pageUrl: string): string {
  return namesJsonDocument(pageUrl) ? pageUrl : under(pageUrl, 'api/v2/summary.json');
}

/** Instatus's summary: `<page>/summary.json`. */
export function instatusSummaryUrl(pageUrl: string): string {
  return namesJsonDocument(pageUrl) ? pageUrl : under(pageUrl, 'summary.json');
}

/** Instatus's component list, beside its summary: `<page>/v2/components.json`. */
export function instatusComponentsUrl(summaryUrl: string): string {
  return new URL('v2/components.json', new URL('.', summaryUrl)).href;
}

/** Google's feeds: `<dashboard>/incidents.json`. */
export function googleIncidentsUrl(pageUrl: string): string {
  return namesJsonDocument(pageUrl) ? pageUrl : under(pageUrl, 'incidents.json');
}

/** A history feed: the address itself when it names one, else Statuspage's `<page>/history.rss`. */
export function feedUrl(pageUrl: string): string {
  return namesFeed(pageUrl) ? pageUrl : under(pageUrl, 'history.rss');
}
