import type { ComponentStatus, OfficialComponent, OfficialIncident, OfficialMaintenance, OfficialStatus, PageIndicator } from './official-status.ts';
import { describeIndicator, indicatorOfComponent, worseIndicator } from './severity.ts';

/**
 * Narrows a page to the components that are one service (Copilot on
 * GitHub's status page, ChatGPT's components on OpenAI's).
 *
 * Names match component names and group names, case-insensitively; a group
 * name selects all its members.
 *
 * Incidents and maintenances are kept when:
 * - they name a selected component;
 * - they name no component at all on a page that lists components per
 *   incident (Statuspage's empty list, Google's empty product list): that is
 *   a page-wide incident, and it counts towards the indicator;
 * - the page never says which components an incident touches (incident.io,
 *   Instatus, feeds): such an incident may or may not concern the service, so
 *   it is kept for the user to read, but it does not raise the indicator.
 *   Those pages update their components' statuses with each incident, and
 *   the selected components' own statuses carry the effect.
 *
 * The indicator and description are recomputed from what is kept. When a
 * name matches nothing (the page may have renamed the component), the
 * selection says so in `unmatched` and `warning`; when nothing matches at
 * all, the whole page is kept, since hiding it would hide a real outage.
 */

/** The narrowed page, and which of the requested names the page no longer has. */
export interface ComponentSelection {
  readonly status: OfficialStatus;
  /** Requested names that matched a component or group. */
  readonly matched: readonly string[];
  /** Requested names that matched nothing on the page. */
  readonly unmatched: readonly string[];
  /** One English line to show as a warning when any name matched nothing. */
  readonly warning?: string;
}

/** {@link selectComponentsWithReport}, when only the narrowed status is wanted. */
export function selectComponents(status: OfficialStatus, names: readonly string[]): OfficialStatus {
  return selectComponentsWithReport(status, names).status;
}

/** Narrows `status` to the components `names` denotes, and reports names that matched nothing. */
export function selectComponentsWithReport(status: OfficialStatus, names: readonly string[]): ComponentSelection {
  const requested = uniqueNames(names);
  if (requested.length === 0) return { status, matched: [], unmatched: [] };

  const selected = new Set<OfficialComponent>();
  const matched: string[] = [];
  const unmatched: string[] = [];
  for (const name of requested) {
    const key = name.toLowerCase();
    const hits = status.components.filter((c) => c.name.toLowerCase() === key || c.group?.toLowerCase() === key);
    if (hits.length === 0) unmatched.push(name);
    else matched.push(name);
    for (const hit of hits) selected.add(hit);
  }

  if (selected.size === 0) {
    return { status, matched, unmatched, warning: `${missingText(unmatched)}; showing the whole page instead` };
  }

  const components = status.components.filter((c) => selected.has(c));
  const selectedNames = new Set(components.map((c) => c.name.toLowerCase()));
  const incidents = status.incidents.filter((incident) => scopeOf(incident, selectedNames) !== 'elsewhere');
  const maintenances = status.maintenances.filter((maintenance) => scopeOf(maintenance, selectedNames) !== 'elsewhere');

  let indicator: PageIndicator = 'none';
  for (const component of components) indicator = worseIndicator(indicator, indicatorOfComponent(component.status));
  for (const incident of incidents) {
    if (scopeOf(incident, selectedNames) !== 'unknown') indicator = worseIndicator(indicator, incident.impact);
  }
  for (const maintenance of maintenances) {
    if ((maintenance.status === 'in_progress' || maintenance.status === 'verifying') && scopeOf(maintenance, selectedNames) !== 'unknown') {
      indicator = worseIndicator(indicator, 'maintenance');
    }
  }

  return {
    status: {
      provider: status.provider,
      indicator,
      description: describeSelection(indicator, components, incidents, selectedNames),
      components,
      incidents,
      maintenances,
    },
    matched,
    unmatched,
    ...(unmatched.length === 0 ? {} : { warning: missingText(unmatched) }),
  };
}

type Scope = 'selected' | 'page-wide' | 'unknown' | 'elsewhere';

function scopeOf(item: OfficialIncident | OfficialMaintenance, selectedNames: ReadonlySet<string>): Scope {
  if (item.components === undefined) return 'unknown';
  if (item.components.length === 0) return 'page-wide';
  return item.components.some((name) => selectedNames.has(name.toLowerCase())) ? 'selected' : 'elsewhere';
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (name === '' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    kept.push(name);
  }
  return kept;
}

function missingText(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`).join(', ');
  return names.length === 1 ? `the status page lists no component named ${quoted}` : `the status page lists no components named ${quoted}`;
}

const STATUS_WORDS: Readonly<Record<ComponentStatus, string>> = {
  operational: 'Operational',
  degraded_performance: 'Degraded Performance',
  partial_outage: 'Partial Outage',
  major_outage: 'Major Outage',
  under_maintenance: 'Under Maintenance',
  unknown: 'Status Unknown',
};

function describeSelection(
  indicator: PageIndicator,
  components: readonly OfficialComponent[],
  incidents: readonly OfficialIncident[],
  selectedNames: ReadonlySet<string>,
): string {
  if (indicator === 'none') return 'Operational';
  // Name the component whose own status explains the indicator, else the incident that does.
  const component = components.find((c) => c.status !== 'operational' && indicatorOfComponent(c.status) === indicator);
  if (component !== undefined) return `${component.name}: ${STATUS_WORDS[component.status]}`;
  const incident = incidents.find((i) => i.impact === indicator && scopeOf(i, selectedNames) !== 'unknown');
  return incident !== undefined ? incident.name : describeIndicator(indicator);
}
