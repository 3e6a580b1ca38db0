import type { OfficialReport } from '../report/report-schema.ts';
import type { OfficialStatus } from '../status-page/official-status.ts';

/** A status page's reading as the report shows it (pure); `url` is the page that was read. */
export function officialReportOf(status: OfficialStatus, url: string): OfficialReport {
  return {
    provider: status.provider,
    url,
    indicator: status.indicator,
    description: status.description,
    components: status.components.map((c) => ({ name: c.name, status: c.status, ...(c.group ? { group: c.group } : {}) })),
    incidents: status.incidents.map((i) => ({
      id: i.id,
      name: i.name,
      status: i.status,
      impact: i.impact,
      ...(i.url ? { url: i.url } : {}),
      ...(i.startedAt ? { startedAt: i.startedAt } : {}),
      ...(i.updatedAt ? { updatedAt: i.updatedAt } : {}),
    })),
    maintenances: status.maintenances.map((m) => ({
      id: m.id,
      name: m.name,
      status: m.status,
      ...(m.url ? { url: m.url } : {}),
      ...(m.scheduledFor ? { scheduledFor: m.scheduledFor } : {}),
      ...(m.scheduledUntil ? { scheduledUntil: m.scheduledUntil } : {}),
    })),
  };
}
