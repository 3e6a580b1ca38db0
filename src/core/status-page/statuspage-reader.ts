import type {
  IncidentStatus,
  MaintenanceStatus,
  OfficialComponent,
  OfficialIncident,
  OfficialMaintenance,
  OfficialStatus,
} from './official-status.ts';
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
  uniqueBy,
  urlField,
  type JsonRecord,
} from './payload-fields.ts';
import { describeIndicator, parseComponentStatus, parseImpact, parseIndicator } from './severity.ts';
import { rejectPayload, type ParseResult } from './status-page-reading.ts';

/**
 * Reads Atlassian Statuspage's `/api/v2/summary.json`, and the
 * Statuspage-compatible copy incident.io serves at the same path.
 *
 * incident.io's copy differs (seen on status.openai.com and status.cohere.com):
 * ULID ids, no `incidents` key while nothing is open, no
 * `scheduled_maintenances` key at all, no `group`/`group_id` on components,
 * and incidents without `components`, `shortlink` or `started_at`. Missing
 * lists read as empty; an incident without a `components` key gets no
 * component list (the page does not say which components it touches), while
 * Statuspage's empty list means the page attached it to none, i.e. page-wide.
 */
export function parseStatuspageSummary(payload: unknown, provider: 'statuspage' | 'incidentio'): ParseResult<OfficialStatus> {
  if (!isRecord(payload)) return rejectPayload('the status page sent JSON that is not a Statuspage summary');
  const status = recordField(payload, 'status');
  if (status === undefined) return rejectPayload('the status page summary has no status');
  const indicator = parseIndicator(field(status, 'indicator'));
  if (indicator === undefined) return rejectPayload('the status page summary has no valid status indicator');

  const pageUrl = pageAddress(payload);
  const components = readComponents(field(payload, 'components'));
  if (!components.ok) return components;
  const incidents = readList(field(payload, 'incidents'), 'incidents', (item) => readIncident(item, pageUrl));
  if (!incidents.ok) return incidents;
  const maintenances = readList(field(payload, 'scheduled_maintenances'), 'scheduled_maintenances', (item) =>
    readMaintenance(item, pageUrl),
  );
  if (!maintenances.ok) return maintenances;

  return {
    ok: true,
    value: {
      provider,
      indicator,
      description: textField(status, 'description') ?? describeIndicator(indicator),
      components: components.value,
      incidents: incidents.value,
      maintenances: maintenances.value,
    },
  };
}

function pageAddress(payload: JsonRecord): string | undefined {
  const page = recordField(payload, 'page');
  return page === undefined ? undefined : urlField(page, 'url');
}

function readComponents(value: unknown): ParseResult<OfficialComponent[]> {
  // A status-only payload (status.json) has no component list; that is not an error.
  if (value === undefined || value === null) return { ok: true, value: [] };
  const items = listHead(value, MAX_ENTRIES_EXAMINED);
  if (items === undefined) return rejectPayload('the status page summary lists its components in the wrong shape');

  // Group containers are not components; their names label their members. Groups may be listed after them.
  const groupNames = new Map<string, string>();
  for (const item of items) {
    if (!isRecord(item) || field(item, 'group') !== true) continue;
    const id = idField(item, 'id');
    const name = textField(item, 'name');
    if (id !== undefined && name !== undefined) groupNames.set(id, name);
  }

  const components: OfficialComponent[] = [];
  for (const item of items) {
    if (components.length >= MAX_COMPONENTS) break;
    if (!isRecord(item) || field(item, 'group') === true) continue;
    const name = textField(item, 'name');
    if (name === undefined) continue;
    const id = idField(item, 'id');
    const groupId = idField(item, 'group_id');
    const group = groupId === undefined ? undefined : groupNames.get(groupId);
    components.push({
      ...(id === undefined ? {} : { id }),
      name,
      status: parseComponentStatus(field(item, 'status')),
      ...(group === undefined ? {} : { group }),
    });
  }
  if (components.length === 0 && items.some((item) => !isRecord(item) || field(item, 'group') !== true)) {
    return rejectPayload('the status page summary lists components without names');
  }
  return { ok: true, value: components };
}

function readList<T>(value: unknown, what: string, read: (item: JsonRecord) => T | undefined): ParseResult<T[]> {
  // incident.io leaves out `incidents` while none is open and never sends maintenances.
  if (value === undefined || value === null) return { ok: true, value: [] };
  const items = listHead(value, MAX_ENTRIES_EXAMINED);
  if (items === undefined) return rejectPayload(`the status page summary lists its ${what} in the wrong shape`);
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length >= MAX_INCIDENTS) break;
    if (!isRecord(item)) continue;
    const read1 = read(item);
    if (read1 !== undefined) kept.push(read1);
  }
  return { ok: true, value: kept };
}

const INCIDENT_STATUSES: ReadonlySet<string> = new Set(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem']);

function parseIncidentStatus(value: unknown): IncidentStatus {
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return INCIDENT_STATUSES.has(word) ? (word as IncidentStatus) : 'unknown';
}

function readIncident(item: JsonRecord, pageUrl: string | undefined): OfficialIncident | undefined {
  const name = textField(item, 'name');
  if (name === undefined) return undefined;
  const status = parseIncidentStatus(field(item, 'status'));
  // The summary lists unresolved incidents only; a resolved one that slips in is not open.
  if (status === 'resolved' || status === 'postmortem') return undefined;
  const id = idField(item, 'id') ?? name;
  const url = urlField(item, 'shortlink') ?? incidentPageUrl(pageUrl, 'incidents', id);
  const startedAt = dateField(item, 'started_at') ?? dateField(item, 'created_at');
  const updatedAt = dateField(item, 'updated_at');
  const components = componentNames(item);
  return {
    id,
    name,
    status,
    impact: parseImpact(field(item, 'impact')),
    ...(url === undefined ? {} : { url }),
    ...(startedAt === undefined ? {} : { startedAt }),
    ...(updatedAt === undefined ? {} : { updatedAt }),
    ...(components === undefined ? {} : { components }),
  };
}

const MAINTENANCE_STATUSES: ReadonlySet<string> = new Set(['scheduled', 'in_progress', 'verifying', 'completed']);

function readMaintenance(item: JsonRecord, pageUrl: string | undefined): OfficialMaintenance | undefined {
  const name = textField(item, 'name');
  const statusWord = typeof field(item, 'status') === 'string' ? String(field(item, 'status')).trim().toLowerCase() : '';
  if (name === undefined || !MAINTENANCE_STATUSES.has(statusWord)) return undefined;
  const id = idField(item, 'id') ?? name;
  const url = urlField(item, 'shortlink') ?? incidentPageUrl(pageUrl, 'incidents', id);
  const scheduledFor = dateField(item, 'scheduled_for');
  const scheduledUntil = dateField(item, 'scheduled_until');
  const components = componentNames(item);
  return {
    id,
    name,
    status: statusWord as MaintenanceStatus,
    ...(url === undefined ? {} : { url }),
    ...(scheduledFor === undefined ? {} : { scheduledFor }),
    ...(scheduledUntil === undefined ? {} : { scheduledUntil }),
    ...(components === undefined ? {} : { components }),
  };
}

/** The names of the components an incident lists; undefined when it has no `components` key at all. */
function componentNames(item: JsonRecord): string[] | undefined {
  const value = field(item, 'components');
  if (value === undefined || value === null) return undefined;
  const items = listHead(value, MAX_COMPONENTS);
  if (items === undefined) return undefined;
  const names: string[] = [];
  for (const component of items) {
    if (!isRecord(component)) continue;
    const name = textField(component, 'name');
    if (name !== undefined) names.push(name);
  }
  return uniqueBy(names, (name) => name);
}

function incidentPageUrl(pageUrl: string | undefined, kind: string, id: string): string | undefined {
  if (pageUrl === undefined) return undefined;
  const base = pageUrl.endsWith('/') ? pageUrl : `${pageUrl}/`;
  return safeUrl(`${kind}/${encodeURIComponent(id)}`, base);
}
