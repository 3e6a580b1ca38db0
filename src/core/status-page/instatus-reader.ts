import type {
  ComponentStatus,
  IncidentImpact,
  IncidentStatus,
  MaintenanceStatus,
  OfficialComponent,
  OfficialIncident,
  OfficialMaintenance,
  OfficialStatus,
  PageIndicator,
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
  textField,
  urlField,
  type JsonRecord,
} from './payload-fields.ts';
import { describeIndicator, worseIndicator } from './severity.ts';
import { rejectPayload, type ParseResult } from './status-page-reading.ts';

/**
 * Reads an Instatus page's public JSON: `<page>/summary.json`
 * (`page.status`, `activeIncidents`, `activeMaintenances`) and, for the
 * component list, `<page>/v2/components.json`.
 *
 * Instatus words are upper-case and not all documented: the documented page
 * statuses are UP, HASISSUES and UNDERMAINTENANCE, but live pages also say
 * things like ONEMAJOROUTAGE (status.perplexity.com), so page statuses are
 * read by the words they contain. Dates come either as ISO 8601 or as
 * JavaScript's `Date#toString` ("Sat Jun 11 2022 18:55:50 GMT+0000 (…)").
 * The summary never says which components an incident touches.
 */

/** What an Instatus summary says, before the component list is merged in. */
export interface InstatusSummary {
  readonly indicator: PageIndicator;
  readonly description: string;
  readonly incidents: readonly OfficialIncident[];
  readonly maintenances: readonly OfficialMaintenance[];
}

/** Reads `<page>/summary.json`. */
export function parseInstatusSummary(payload: unknown): ParseResult<InstatusSummary> {
  if (!isRecord(payload)) return rejectPayload('the status page sent JSON that is not an Instatus summary');
  const page = recordField(payload, 'page');
  const pageStatus = page === undefined ? undefined : field(page, 'status');
  if (page === undefined || typeof pageStatus !== 'string') return rejectPayload('the Instatus summary has no page status');

  const incidents = readList(field(payload, 'activeIncidents'), 'incidents', readIncident);
  if (!incidents.ok) return incidents;
  const maintenances = readList(field(payload, 'activeMaintenances'), 'maintenances', readMaintenance);
  if (!maintenances.ok) return maintenances;

  let indicator = indicatorOfPageStatus(pageStatus);
  for (const incident of incidents.value) indicator = worseIndicator(indicator, incident.impact);
  if (maintenances.value.some((m) => m.status === 'in_progress')) indicator = worseIndicator(indicator, 'maintenance');
  return {
    ok: true,
    value: { indicator, description: describeIndicator(indicator), incidents: incidents.value, maintenances: maintenances.value },
  };
}

/** Reads `<page>/v2/components.json`: a list of components, bare or under `components`. */
export function parseInstatusComponents(payload: unknown): ParseResult<OfficialComponent[]> {
  const list = isRecord(payload) ? field(payload, 'components') : payload;
  const items = listHead(list, MAX_ENTRIES_EXAMINED);
  if (items === undefined) return rejectPayload('the Instatus component list is not a list');
  const components: OfficialComponent[] = [];
  for (const item of items) {
    if (components.length >= MAX_COMPONENTS) break;
    if (!isRecord(item)) continue;
    const children = listHead(field(item, 'children'), MAX_COMPONENTS);
    const name = textField(item, 'name');
    if (name === undefined) continue;
    // A parent is a group container: its children are the components.
    if (field(item, 'isParent') === true || (children !== undefined && children.length > 0)) {
      for (const child of children ?? []) {
        if (components.length >= MAX_COMPONENTS) break;
        if (isRecord(child)) pushComponent(components, child, name);
      }
      continue;
    }
    const group = recordField(item, 'group');
    pushComponent(components, item, group === undefined ? undefined : textField(group, 'name'));
  }
  if (components.length === 0 && items.length > 0) return rejectPayload('the Instatus component list has no named components');
  return { ok: true, value: components };
}

/** The page as one {@link OfficialStatus}: the summary, plus the components when they could be read. */
export function combineInstatus(summary: InstatusSummary, components: readonly OfficialComponent[]): OfficialStatus {
  return { provider: 'instatus', ...summary, components };
}

function pushComponent(into: OfficialComponent[], item: JsonRecord, group: string | undefined): void {
  const name = textField(item, 'name');
  if (name === undefined) return;
  const id = idField(item, 'id');
  into.push({
    ...(id === undefined ? {} : { id }),
    name,
    status: componentStatusOf(field(item, 'status')),
    ...(group === undefined ? {} : { group }),
  });
}

function upperWord(value: unknown): string {
  return typeof value === 'string' ? value.trim().toUpperCase().replace(/[^A-Z]/g, '') : '';
}

function indicatorOfPageStatus(value: string): PageIndicator {
  const word = upperWord(value);
  if (word === 'UP' || word === 'OPERATIONAL') return 'none';
  if (word.includes('MAINTENANCE')) return 'maintenance';
  if (word.includes('MAJOROUTAGE')) return word.startsWith('ONE') ? 'major' : 'critical';
  if (word.includes('PARTIALOUTAGE')) return 'major';
  // HASISSUES, DEGRADED… and anything new: the page says something is wrong.
  return 'minor';
}

function impactOf(value: unknown): IncidentImpact {
  const word = upperWord(value);
  if (word === 'OPERATIONAL' || word === 'NONE') return 'none';
  if (word.includes('MAINTENANCE')) return 'maintenance';
  if (word === 'MAJOROUTAGE') return 'critical';
  if (word === 'PARTIALOUTAGE' || word === 'MAJOR') return 'major';
  return 'minor';
}

function componentStatusOf(value: unknown): ComponentStatus {
  switch (upperWord(value)) {
    case 'OPERATIONAL':
      return 'operational';
    case 'UNDERMAINTENANCE':
      return 'under_maintenance';
    case 'DEGRADEDPERFORMANCE':
    case 'MINOROUTAGE':
      return 'degraded_performance';
    case 'PARTIALOUTAGE':
      return 'partial_outage';
    case 'MAJOROUTAGE':
      return 'major_outage';
    default:
      return 'unknown';
  }
}

function readList<T>(value: unknown, what: string, read: (item: JsonRecord) => T | undefined): ParseResult<T[]> {
  if (value === undefined || value === null) return { ok: true, value: [] };
  const items = listHead(value, MAX_ENTRIES_EXAMINED);
  if (items === undefined) return rejectPayload(`the Instatus summary lists its ${what} in the wrong shape`);
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length >= MAX_INCIDENTS) break;
    if (!isRecord(item)) continue;
    const entry = read(item);
    if (entry !== undefined) kept.push(entry);
  }
  return { ok: true, value: kept };
}

const INCIDENT_STATUSES: ReadonlySet<string> = new Set(['INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED']);

function readIncident(item: JsonRecord): OfficialIncident | undefined {
  const name = textField(item, 'name');
  if (name === undefined) return undefined;
  const statusWord = upperWord(field(item, 'status'));
  if (statusWord === 'RESOLVED') return undefined;
  const status: IncidentStatus = INCIDENT_STATUSES.has(statusWord) ? (statusWord.toLowerCase() as IncidentStatus) : 'unknown';
  const url = urlField(item, 'url');
  const startedAt = dateField(item, 'started');
  const updatedAt = dateField(item, 'updatedAt');
  return {
    id: idField(item, 'id') ?? url ?? name,
    name,
    status,
    impact: impactOf(field(item, 'impact')),
    ...(url === undefined ? {} : { url }),
    ...(startedAt === undefined ? {} : { startedAt }),
    ...(updatedAt === undefined ? {} : { updatedAt }),
  };
}

const MAINTENANCE_STATUS: Readonly<Record<string, MaintenanceStatus>> = {
  NOTSTARTEDYET: 'scheduled',
  INPROGRESS: 'in_progress',
  COMPLETED: 'completed',
};

function readMaintenance(item: JsonRecord): OfficialMaintenance | undefined {
  const name = textField(item, 'name');
  const statusWord = upperWord(field(item, 'status'));
  const status = Object.hasOwn(MAINTENANCE_STATUS, statusWord) ? MAINTENANCE_STATUS[statusWord] : undefined;
  if (name === undefined || status === undefined) return undefined;
  const url = urlField(item, 'url');
  const scheduledFor = dateField(item, 'start');
  const scheduledUntil = scheduledFor === undefined ? undefined : endOf(scheduledFor, field(item, 'duration'));
  return {
    id: idField(item, 'id') ?? url ?? name,
    name,
    status,
    ...(url === undefined ? {} : { url }),
    ...(scheduledFor === undefined ? {} : { scheduledFor }),
    ...(scheduledUntil === undefined ? {} : { scheduledUntil }),
  };
}

/** Instatus gives a maintenance's length in minutes, as a number or a numeric string. */
function endOf(start: string, duration: unknown): string | undefined {
  const minutes = typeof duration === 'number' ? duration : typeof duration === 'string' ? Number(duration.trim()) : NaN;
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 60 * 24 * 366) return undefined;
  return new Date(Date.parse(start) + minutes * 60_000).toISOString();
}
