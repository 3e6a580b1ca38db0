import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { NetworkState } from '../network/network-report.ts';
import type { ConcreteProvider, IncidentImpact, IncidentStatus } from '../status-page/official-status.ts';
import type {
  NetworkEventRecord,
  OfficialIncidentRecord,
  OfficialIncidentSighting,
  OutageCause,
  OutageRecord,
  OutageStart,
  OutageUpdate,
} from './history-records.ts';
import type { ProviderLag, TimeWindow } from './history-store.ts';
import { sortedPercentile } from './latency-histogram.ts';
import type { ServiceIds } from './service-ids.ts';
import { optionalNumber, optionalText } from './row-fields.ts';

const FAR_PAST = Number.MIN_SAFE_INTEGER;
const FAR_FUTURE = Number.MAX_SAFE_INTEGER;

/** Each outage's status-page lag, ordered per provider (the rows {@link providerLagsFromRows} reads); parameters: from, to. */
export const SELECT_STATUS_PAGE_LAGS =
  'SELECT provider, incident_at - started AS lag FROM outages WHERE incident_at IS NOT NULL AND provider IS NOT NULL AND started >= ? AND started < ? ORDER BY provider, lag';

/** The median lag per provider from {@link SELECT_STATUS_PAGE_LAGS}'s rows. */
export function providerLagsFromRows(rows: readonly Record<string, unknown>[]): ProviderLag[] {
  const lags = new Map<string, number[]>();
  for (const row of rows) {
    const provider = String(row['provider']);
    const list = lags.get(provider) ?? [];
    list.push(Number(row['lag']));
    lags.set(provider, list);
  }
  // Nearest-rank "lower median" keeps the answer one of the measured lags.
  return [...lags].map(([provider, sorted]) => ({ provider, medianLagMs: sortedPercentile(sorted, 0.5) ?? 0, outages: sorted.length }));
}

/** Outages, network events and official incidents: few rows, written one at a time. */
export class HistoryEvents {
  readonly #services: ServiceIds;
  readonly #now: () => number;
  readonly #insertOutage: StatementSync;
  readonly #updateOutage: StatementSync;
  readonly #selectOutages: StatementSync;
  readonly #selectLags: StatementSync;
  readonly #insertNetworkEvent: StatementSync;
  readonly #selectNetworkEvents: StatementSync;
  readonly #upsertIncident: StatementSync;
  readonly #selectIncidents: StatementSync;

  constructor(db: DatabaseSync, services: ServiceIds, now: () => number) {
    this.#services = services;
    this.#now = now;
    this.#insertOutage = db.prepare('INSERT INTO outages (service, started, cause, provider) VALUES (?, ?, ?, ?)');
    // The first linked incident is the one the lag is measured to: never overwritten.
    this.#updateOutage = db.prepare(`UPDATE outages SET
        ended = coalesce(:ended, ended),
        cause = coalesce(:cause, cause),
        provider = coalesce(provider, :provider),
        incident_at = CASE WHEN incident_id IS NULL THEN :incident_at ELSE incident_at END,
        incident_id = coalesce(incident_id, :incident_id)
      WHERE id = :id`);
    this.#selectOutages = db.prepare(
      'SELECT * FROM outages WHERE started < :to AND coalesce(ended, :far_future) >= :from ORDER BY started DESC, id DESC',
    );
    this.#selectLags = db.prepare(SELECT_STATUS_PAGE_LAGS);
    this.#insertNetworkEvent = db.prepare('INSERT INTO network_events (t, state, path_proven, summary) VALUES (?, ?, ?, ?)');
    this.#selectNetworkEvents = db.prepare('SELECT * FROM network_events WHERE t >= ? AND t < ? ORDER BY t, id');
    this.#upsertIncident = db.prepare(`INSERT INTO official_incidents VALUES (:service, :provider, :incident_id, :name, :impact, :status, :seen, :resolved)
      ON CONFLICT (service, provider, incident_id) DO UPDATE SET
        name = excluded.name, impact = excluded.impact, status = excluded.status,
        resolved_at = coalesce(resolved_at, excluded.resolved_at)`);
    this.#selectIncidents = db.prepare(
      'SELECT * FROM official_incidents WHERE first_seen < :to AND coalesce(resolved_at, :far_future) >= :from ORDER BY first_seen DESC',
    );
  }

  startOutage(outage: OutageStart): number {
    const service = this.#services.idFor(outage.serviceId);
    return Number(this.#insertOutage.run(service, outage.start, outage.cause, outage.provider ?? null).lastInsertRowid);
  }

  updateOutage(id: number, update: OutageUpdate): void {
    const link = update.officialIncident;
    this.#updateOutage.run({
      id,
      ended: update.end ?? null,
      cause: update.cause ?? null,
      provider: link?.provider ?? null,
      incident_id: link?.incidentId ?? null,
      incident_at: link?.time ?? null,
    });
  }

  outages(query: Partial<TimeWindow> & { readonly serviceId?: string } = {}): OutageRecord[] {
    const only = query.serviceId === undefined ? undefined : this.#services.existingId(query.serviceId);
    if (query.serviceId !== undefined && only === undefined) return [];
    const rows = this.#selectOutages.all({ from: query.from ?? FAR_PAST, to: query.to ?? FAR_FUTURE, far_future: FAR_FUTURE });
    const now = this.#now();
    return rows
      .filter((row) => only === undefined || row['service'] === only)
      .map((row) => {
        const start = Number(row['started']);
        const end = optionalNumber(row['ended']);
        const provider = optionalText(row['provider']) as ConcreteProvider | undefined;
        const incidentId = optionalText(row['incident_id']);
        const incidentAt = optionalNumber(row['incident_at']);
        return {
          id: Number(row['id']),
          serviceId: this.#services.nameOf(Number(row['service'])),
          start,
          ...(end === undefined ? {} : { end }),
          durationMs: Math.max(0, (end ?? now) - start),
          cause: row['cause'] as OutageCause,
          ...(provider === undefined ? {} : { provider }),
          ...(incidentId === undefined ? {} : { officialIncidentId: incidentId }),
          ...(incidentAt === undefined ? {} : { officialIncidentAt: incidentAt, statusPageLagMs: incidentAt - start }),
        };
      });
  }

  statusPageLag(query: Partial<TimeWindow> = {}): ProviderLag[] {
    return providerLagsFromRows(this.#selectLags.all(query.from ?? FAR_PAST, query.to ?? FAR_FUTURE));
  }

  recordNetworkEvent(event: NetworkEventRecord): void {
    this.#insertNetworkEvent.run(event.time, event.state, event.pathProven ? 1 : 0, event.summary);
  }

  networkEvents(query: TimeWindow): NetworkEventRecord[] {
    return this.#selectNetworkEvents.all(query.from, query.to).map((row) => ({
      time: Number(row['t']),
      state: row['state'] as NetworkState,
      pathProven: row['path_proven'] === 1,
      summary: String(row['summary']),
    }));
  }

  recordOfficialIncident(sighting: OfficialIncidentSighting): void {
    const closed = sighting.status === 'resolved' || sighting.status === 'postmortem';
    this.#upsertIncident.run({
      service: this.#services.idFor(sighting.serviceId),
      provider: sighting.provider,
      incident_id: sighting.incidentId,
      name: sighting.name,
      impact: sighting.impact,
      status: sighting.status,
      seen: sighting.seenAt,
      resolved: sighting.resolvedAt ?? (closed ? sighting.seenAt : null),
    });
  }

  officialIncidents(query: Partial<TimeWindow> & { readonly serviceId?: string } = {}): OfficialIncidentRecord[] {
    const only = query.serviceId === undefined ? undefined : this.#services.existingId(query.serviceId);
    if (query.serviceId !== undefined && only === undefined) return [];
    return this.#selectIncidents
      .all({ from: query.from ?? FAR_PAST, to: query.to ?? FAR_FUTURE, far_future: FAR_FUTURE })
      .filter((row) => only === undefined || row['service'] === only)
      .map((row) => {
        const resolvedAt = optionalNumber(row['resolved_at']);
        return {
          serviceId: this.#services.nameOf(Number(row['service'])),
          provider: row['provider'] as ConcreteProvider,
          incidentId: String(row['incident_id']),
          name: String(row['name']),
          impact: row['impact'] as IncidentImpact,
          status: row['status'] as IncidentStatus,
          firstSeen: Number(row['first_seen']),
          ...(resolvedAt === undefined ? {} : { resolvedAt }),
        };
      });
  }
}
