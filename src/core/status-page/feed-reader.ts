import type { IncidentStatus, MaintenanceStatus, OfficialIncident, OfficialMaintenance, OfficialStatus, PageIndicator } from './official-status.ts';
import { decodeHtmlEntities, htmlToText, updateLabels } from './feed-html-text.ts';
import { MAX_INCIDENTS, capText, isoDate, safeUrl } from './payload-fields.ts';
import { worstIndicator } from './severity.ts';
import { rejectPayload, type ParseResult } from './status-page-reading.ts';
import { childElement, childElements, parseXml, type XmlElement } from './xml-scanner.ts';

/**
 * Reads RSS 2.0 (and 1.0) and Atom history feeds, such as Statuspage's
 * `history.rss` / `history.atom` or Azure's status feed, and infers which
 * incidents are still open.
 *
 * A feed is a history, not a status: it never says "this is open". The
 * inference is deliberately conservative, so a stale or unusual feed does not
 * invent an outage:
 *
 * 1. Only the newest {@link FEED_ENTRIES_EXAMINED} entries are looked at.
 * 2. An entry counts only when its date (updated, else published / pubDate)
 *    lies within the last {@link OPEN_WINDOW_HOURS} hours. Older entries,
 *    undated ones and ones dated more than an hour ahead are history.
 * 3. Its latest update decides: Statuspage labels each update
 *    (`<strong>Resolved</strong> - …`, newest first), and an entry whose newest
 *    label is Resolved, Completed or Postmortem is closed. Without labels, an
 *    entry whose title or first lines say resolved / completed is closed.
 * 4. Scheduled / In progress / Verifying labels make it a maintenance;
 *    anything else still open is an incident of unknown (`minor`) impact, as
 *    feeds carry no impact.
 *
 * Entries never name components, so incidents read from a feed have none.
 */
export function parseFeed(xml: string, now: Date): ParseResult<OfficialStatus> {
  const document = parseXml(xml);
  if (!document.ok) return document;
  const entries = feedEntries(document.value);
  if (entries === undefined) return rejectPayload('the status page sent XML that is not an RSS or Atom feed');

  const incidents: OfficialIncident[] = [];
  const maintenances: OfficialMaintenance[] = [];
  const windowStart = now.getTime() - OPEN_WINDOW_HOURS * 3_600_000;
  const windowEnd = now.getTime() + 3_600_000;
  for (const entry of entries.slice(0, FEED_ENTRIES_EXAMINED)) {
    if (incidents.length + maintenances.length >= MAX_INCIDENTS) break;
    const read = readEntry(entry);
    if (read === undefined || read.date === undefined) continue;
    const at = Date.parse(read.date);
    if (at < windowStart || at > windowEnd) continue;
    const state = latestState(read);
    if (state.kind === 'closed') continue;
    if (state.kind === 'maintenance') {
      maintenances.push({ id: read.id, name: read.title, status: state.status, ...(read.url === undefined ? {} : { url: read.url }) });
    } else {
      incidents.push({
        id: read.id,
        name: read.title,
        status: state.status,
        impact: 'minor',
        ...(read.url === undefined ? {} : { url: read.url }),
        updatedAt: read.date,
      });
    }
  }

  const indicator: PageIndicator = worstIndicator([
    ...incidents.map((incident) => incident.impact),
    ...(maintenances.some((m) => m.status === 'in_progress' || m.status === 'verifying') ? (['maintenance'] as const) : []),
  ]);
  return {
    ok: true,
    value: {
      provider: 'rss',
      indicator,
      description: incidents.length === 0 ? 'No open incidents in the feed' : `${incidents.length} open incident${incidents.length === 1 ? '' : 's'} in the feed`,
      components: [],
      incidents,
      maintenances,
    },
  };
}

/** How far back an unresolved entry still counts as open. */
export const OPEN_WINDOW_HOURS = 24;

/** How many of the newest entries are examined. */
export const FEED_ENTRIES_EXAMINED = 50;

function feedEntries(root: XmlElement): XmlElement[] | undefined {
  if (root.name === 'feed') return childElements(root, 'entry');
  if (root.name === 'rss') {
    const channel = childElement(root, 'channel');
    return channel === undefined ? undefined : childElements(channel, 'item');
  }
  if (root.name === 'RDF') return childElements(root, 'item');
  return undefined;
}

interface FeedEntry {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  readonly date?: string;
  /** The entry's body as HTML (RSS description, Atom content or summary). */
  readonly html: string;
}

function textOf(entry: XmlElement, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = childElement(entry, name);
    const text = element?.text.trim();
    if (text !== undefined && text !== '') return text;
  }
  return undefined;
}

function readEntry(entry: XmlElement): FeedEntry | undefined {
  const rawTitle = textOf(entry, 'title');
  const title = rawTitle === undefined ? undefined : capText(htmlToText(rawTitle));
  if (title === undefined || title === '') return undefined;
  const url = linkOf(entry);
  const id = capText(textOf(entry, 'guid', 'id') ?? url ?? title, 300);
  const date = isoDate(textOf(entry, 'updated', 'pubDate', 'published', 'date'));
  // Only the head of a long body matters: the newest update comes first.
  const html = (textOf(entry, 'content', 'description', 'summary', 'encoded') ?? '').slice(0, 20_000);
  return { id, title, html, ...(url === undefined ? {} : { url }), ...(date === undefined ? {} : { date }) };
}

function linkOf(entry: XmlElement): string | undefined {
  for (const link of childElements(entry, 'link')) {
    const rel = link.attributes.get('rel');
    const href = link.attributes.get('href') ?? link.text.trim();
    if ((rel === undefined || rel === 'alternate') && href !== '') return safeUrl(href);
  }
  return undefined;
}

type EntryState =
  | { readonly kind: 'closed' }
  | { readonly kind: 'incident'; readonly status: IncidentStatus }
  | { readonly kind: 'maintenance'; readonly status: MaintenanceStatus };

const INCIDENT_LABELS: Readonly<Record<string, IncidentStatus>> = {
  investigating: 'investigating',
  identified: 'identified',
  monitoring: 'monitoring',
  update: 'unknown',
};

const MAINTENANCE_LABELS: Readonly<Record<string, MaintenanceStatus>> = {
  scheduled: 'scheduled',
  'in progress': 'in_progress',
  verifying: 'verifying',
};

const CLOSING_LABELS: ReadonlySet<string> = new Set(['resolved', 'completed', 'postmortem', 'post-mortem']);

function latestState(entry: FeedEntry): EntryState {
  const labels = updateLabels(entry.html).map((label) => label.toLowerCase());
  const isMaintenance = labels.some((label) => Object.hasOwn(MAINTENANCE_LABELS, label) || label === 'completed');
  const latest = labels[0];
  if (latest !== undefined) {
    if (CLOSING_LABELS.has(latest)) return { kind: 'closed' };
    if (Object.hasOwn(MAINTENANCE_LABELS, latest)) return { kind: 'maintenance', status: MAINTENANCE_LABELS[latest] ?? 'scheduled' };
    if (isMaintenance) return { kind: 'maintenance', status: 'in_progress' };
    return { kind: 'incident', status: Object.hasOwn(INCIDENT_LABELS, latest) ? (INCIDENT_LABELS[latest] ?? 'unknown') : 'unknown' };
  }
  const head = `${entry.title}\n${htmlToText(entry.html).slice(0, 300)}`;
  if (/\b(resolved|completed|post-?mortem)\b/i.test(decodeHtmlEntities(head))) return { kind: 'closed' };
  return { kind: 'incident', status: 'unknown' };
}
