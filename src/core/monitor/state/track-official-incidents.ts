import type { OfficialIncident, OfficialStatus } from '../../status-page/official-status.ts';
import type { TrackedIncident } from './service-monitor-state.ts';

/** How the open incidents changed between two reads of the page. */
export interface IncidentDiff {
  readonly open: readonly TrackedIncident[];
  readonly opened: readonly TrackedIncident[];
  readonly resolved: readonly TrackedIncident[];
}

/**
 * Incidents that are news: open, and not scheduled maintenance (which has its
 * own state and is not an incident to alert about).
 */
function isOpenIncident(incident: OfficialIncident): boolean {
  return incident.status !== 'resolved' && incident.status !== 'postmortem' && incident.impact !== 'maintenance';
}

/**
 * Compares the incidents a page lists now with the ones it listed before
 * (pure). An incident that disappears from the list, or is marked resolved,
 * is resolved.
 */
export function diffOfficialIncidents(previous: readonly TrackedIncident[], status: OfficialStatus, at: number): IncidentDiff {
  const before = new Map(previous.map((incident) => [incident.id, incident]));
  const open: TrackedIncident[] = [];
  const opened: TrackedIncident[] = [];
  const seen = new Set<string>();
  for (const incident of status.incidents) {
    if (!isOpenIncident(incident) || seen.has(incident.id)) continue;
    seen.add(incident.id);
    const known = before.get(incident.id);
    // Pages rename incidents as they learn more; the latest name is the one to show.
    const tracked: TrackedIncident = { id: incident.id, name: incident.name, firstSeenAt: known?.firstSeenAt ?? at };
    open.push(tracked);
    if (known === undefined) opened.push(tracked);
  }
  const resolved = previous.filter((incident) => !seen.has(incident.id));
  return { open, opened, resolved };
}
