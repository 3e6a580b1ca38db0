import type { HistoryRange, OutageView, ServiceHistoryView } from '../../shared/history-view.ts';
import { DAY_MS } from '../history/day-rollup.ts';
import type { HistoryStore, UptimeDay } from '../history/history-store.ts';
import { STATUS_PAGE_LAG_WINDOW_MS } from '../history/read-status-page-lag.ts';

const localDay = (dayStart: number, utcOffsetMinutes: number) => new Date(dayStart + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);

/** The start of the local day `time` falls in, as epoch ms. */
export function localDayStart(time: number, utcOffsetMinutes: number): number {
  const offsetMs = utcOffsetMinutes * 60_000;
  return Math.floor((time + offsetMs) / DAY_MS) * DAY_MS - offsetMs;
}

/**
 * A service's history for the detail view: uptime for every local day of
 * the range (days without samples included, so the bars line up), latency
 * p50/p95 per day, the outages with their official incident's name and how
 * late the page was, and the provider's usual lag. Without a history store
 * every list is empty.
 */
export function serviceHistoryView(
  store: HistoryStore | undefined,
  request: { readonly serviceId: string; readonly days: HistoryRange; readonly provider?: string },
  now: number,
  utcOffsetMinutes: number,
): ServiceHistoryView {
  const { serviceId, days } = request;
  const from = localDayStart(now, utcOffsetMinutes) - (days - 1) * DAY_MS;
  const window = { from, to: now + 1, serviceId, utcOffsetMinutes };
  const stored = new Map((store?.uptimePerDay(window) ?? []).map((day) => [day.day, day]));
  const uptime: UptimeDay[] = [];
  for (let index = 0; index < days; index += 1) {
    const dayStart = from + index * DAY_MS;
    const day = localDay(dayStart, utcOffsetMinutes);
    uptime.push(stored.get(day) ?? { serviceId, day, dayStart, up: 0, down: 0, excluded: 0 });
  }
  const incidentNames = new Map((store?.officialIncidents({ serviceId, from }) ?? []).map((incident) => [incident.incidentId, incident.name]));
  const outages: OutageView[] = (store?.outages({ serviceId, from, to: now + 1 }) ?? []).map((outage) => {
    const name = outage.officialIncidentId === undefined ? undefined : incidentNames.get(outage.officialIncidentId);
    return name === undefined ? outage : { ...outage, officialIncidentName: name };
  });
  const providerLag = request.provider === undefined ? undefined : store?.statusPageLag({ from: now - STATUS_PAGE_LAG_WINDOW_MS }).find((lag) => lag.provider === request.provider);
  return {
    serviceId,
    days,
    uptime,
    latency: store?.latencyPercentiles({ ...window, bucket: 'day' }).filter((bucket) => bucket.samples > 0) ?? [],
    outages,
    ...(providerLag ? { providerLag } : {}),
  };
}
