import type { IncidentImpact, IncidentStatus, OfficialComponent, OfficialIncident, OfficialStatus } from './official-status.ts';
import {
  MAX_COMPONENTS,
  MAX_ENTRIES_EXAMINED,
  MAX_INCIDENTS,
  dateField,
  field,
  idField,
  isRecord,
  listHead,
  recordField,
  safeUrl,
  textField,
  type JsonRecord,
} from './payload-fields.ts';
import { componentStatusOfImpact, worseComponentStatus, worstIndicator } from './severity.ts';
import { rejectPayload, type ParseResult } from './status-page-reading.ts';

/**
 * Reads Google's `incidents.json` feeds: Google Cloud
 * (status.cloud.google.com/incidents.json) and Google Workspace, which
 * includes Gemini (www.google.com/appsstatus/dashboard/incidents.json).
 * Both are a bare list of incidents, newest first, resolved ones included.
 *
 * - An incident is ongoing while it has no `end` (absent, null or empty).
 * - Impact comes from `status_impact` (SERVICE_OUTAGE → critical,
 *   SERVICE_DISRUPTION → major, SERVICE_INFORMATION → minor), or, when that is
 *   missing or new, from `severity` (high → critical, medium → major,
 *   low → minor).
 * - Google publishes no incident lifecycle: an ongoing incident whose latest
 *   update says the service is AVAILABLE again is `monitoring`, any other
 *   ongoing incident is `investigating`.
 * - The feed has no component table: the components are the products
 *   (`affected_products[].title`) of ongoing incidents, each at the status its
 *   worst incident implies. A product with no ongoing incident is not listed,
 *   because the feed does not say it is fine, only that nothing is open.
 */
export function parseGoogleIncidents(payload: unknown, feedUrl: string): ParseResult<OfficialStatus> {
  const items = listHead(payload, MAX_ENTRIES_EXAMINED);
  if (items === undefined) return rejectPayload('the status page sent JSON that is not a Google incident list');
  if (items.length > 0 && !items.some((item) => isRecord(item) && field(item, 'begin') !== undefined)) {
    return rejectPayload('the Google incident list has no incidents with a start time');
  }

  const incidents: OfficialIncident[] = [];
  const products = new Map<string, OfficialComponent>();
  for (const item of items) {
    if (incidents.length >= MAX_INCIDENTS) break;
    if (!isRecord(item) || !isOngoing(item)) continue;
    const incident = readIncident(item, feedUrl);
    if (incident === undefined) continue;
    incidents.push(incident);
    for (const name of incident.components ?? []) {
      const status = componentStatusOfImpact(incident.impact);
      const known = products.get(name.toLowerCase());
      if (known !== undefined) {
        products.set(name.toLowerCase(), { ...known, status: worseComponentStatus(known.status, status) });
      } else if (products.size < MAX_COMPONENTS) {
        products.set(name.toLowerCase(), { name, status });
      }
    }
  }

  const indicator = worstIndicator(incidents.map((incident) => incident.impact));
  return {
    ok: true,
    value: {
      provider: 'google',
      indicator,
      description: incidents.length === 0 ? 'No ongoing incidents' : `${incidents.length} ongoing incident${incidents.length === 1 ? '' : 's'}`,
      components: [...products.values()],
      incidents,
      maintenances: [],
    },
  };
}

function isOngoing(item: JsonRecord): boolean {
  const end = field(item, 'end');
  return end === undefined || end === null || (typeof end === 'string' && end.trim() === '');
}

const IMPACT_OF_STATUS_IMPACT: Readonly<Record<string, IncidentImpact>> = {
  SERVICE_OUTAGE: 'critical',
  SERVICE_DISRUPTION: 'major',
  SERVICE_INFORMATION: 'minor',
};

const IMPACT_OF_SEVERITY: Readonly<Record<string, IncidentImpact>> = {
  high: 'critical',
  medium: 'major',
  low: 'minor',
};

function lookup(table: Readonly<Record<string, IncidentImpact>>, key: unknown): IncidentImpact | undefined {
  if (typeof key !== 'string') return undefined;
  const word = key.trim();
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

function readIncident(item: JsonRecord, feedUrl: string): OfficialIncident | undefined {
  const name = textField(item, 'external_desc');
  if (name === undefined) return undefined;
  const id = idField(item, 'id') ?? idField(item, 'number') ?? name;
  const impact =
    lookup(IMPACT_OF_STATUS_IMPACT, field(item, 'status_impact')) ??
    lookup(IMPACT_OF_SEVERITY, typeof field(item, 'severity') === 'string' ? String(field(item, 'severity')).toLowerCase() : undefined) ??
    'minor';
  const latest = recordField(item, 'most_recent_update');
  const status: IncidentStatus = latest !== undefined && field(latest, 'status') === 'AVAILABLE' ? 'monitoring' : 'investigating';
  const uri = textField(item, 'uri', 2000);
  const url = uri === undefined ? undefined : safeUrl(uri, feedUrl);
  const startedAt = dateField(item, 'begin') ?? dateField(item, 'created');
  const updatedAt = dateField(item, 'modified');
  return {
    id,
    name,
    status,
    impact,
    ...(url === undefined ? {} : { url }),
    ...(startedAt === undefined ? {} : { startedAt }),
    ...(updatedAt === undefined ? {} : { updatedAt }),
    components: productTitles(field(item, 'affected_products')),
  };
}

function productTitles(value: unknown): string[] {
  const titles: string[] = [];
  const seen = new Set<string>();
  for (const product of listHead(value, MAX_COMPONENTS) ?? []) {
    if (!isRecord(product)) continue;
    const title = textField(product, 'title');
    if (title === undefined || seen.has(title.toLowerCase())) continue;
    seen.add(title.toLowerCase());
    titles.push(title);
  }
  return titles;
}
