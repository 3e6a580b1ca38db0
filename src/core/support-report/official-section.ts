import type { OfficialReport, ServiceReport } from '../report/report-schema.ts';
import type { ReportScope } from './report-scope.ts';
import type { Fact, SupportReportBlock } from './support-report.ts';

function officialBlocks(official: OfficialReport, scope: ReportScope): SupportReportBlock[] {
  const { messages: m, format, safe } = scope;
  const lag = scope.statusPageLag?.find((entry) => entry.provider === official.provider);
  const blocks: SupportReportBlock[] = [
    {
      kind: 'facts',
      rows: [
        { label: m.official.statusPage, value: [{ code: safe(official.url) }] },
        {
          label: m.official.overall,
          value: [m.official.overallValue({ indicator: m.official.indicators[official.indicator], description: safe(official.description) })],
        },
        // No status page says how late it usually is; the monitor's history measured it here.
        ...(lag === undefined
          ? []
          : [{ label: m.official.lag, value: [m.official.lagValue({ lag: format.duration(Math.abs(lag.medianLagMs)), ahead: lag.medianLagMs < 0, outages: lag.outages })] }]),
      ],
    },
  ];
  if (official.components.length > 0) {
    blocks.push({
      kind: 'list',
      title: m.official.components,
      items: official.components.map((c) => [m.official.component({ name: safe(c.name), status: m.official.componentStatuses[c.status] })]),
    });
  }
  const open = official.incidents.filter((incident) => incident.status !== 'resolved' && incident.status !== 'postmortem');
  if (open.length === 0) blocks.push({ kind: 'paragraph', text: [m.official.noIncidents] });
  for (const incident of open) {
    const rows: Fact[] = [
      { label: m.official.status, value: [m.official.incidentStatuses[incident.status]] },
      { label: m.official.impact, value: [m.official.impacts[incident.impact]] },
    ];
    if (incident.startedAt) rows.push({ label: m.official.startedAt, value: [format.dateTime(incident.startedAt)] });
    if (incident.updatedAt) rows.push({ label: m.official.updatedAt, value: [format.dateTime(incident.updatedAt)] });
    if (incident.url) rows.push({ label: m.official.link, value: [{ code: safe(incident.url) }] });
    blocks.push({ kind: 'facts', title: [m.official.incidentTitle(safe(incident.name))], rows });
  }
  for (const maintenance of official.maintenances.filter((entry) => entry.status !== 'completed')) {
    const rows: Fact[] = [{ label: m.official.status, value: [m.official.maintenanceStatuses[maintenance.status]] }];
    if (maintenance.scheduledUntil) rows.push({ label: m.official.plannedEnd, value: [format.dateTime(maintenance.scheduledUntil)] });
    if (maintenance.url) rows.push({ label: m.official.link, value: [{ code: safe(maintenance.url) }] });
    blocks.push({ kind: 'facts', title: [m.official.maintenanceTitle(safe(maintenance.name))], rows });
  }
  return blocks;
}

function serviceBlocks(service: ServiceReport, scope: ReportScope): SupportReportBlock[] {
  const { messages: m, safe } = scope;
  const name = safe(service.name);
  const heading: SupportReportBlock = { kind: 'subheading', text: name };
  if (service.official) return [heading, ...officialBlocks(service.official, scope)];
  const unreadable = scope.report.warnings.some((w) => w.serviceId === service.id && w.code === 'status-page-unavailable');
  return [heading, { kind: 'paragraph', text: [unreadable ? m.official.unreadable(name) : m.official.notConfigured(name)] }];
}

/**
 * "Official status at that moment": each focused service's status page as
 * read during the check (overall indicator, components, each open incident
 * and maintenance with its link), then the check's other warnings.
 */
export function officialSectionBlocks(scope: ReportScope): SupportReportBlock[] {
  const { messages: m, safe } = scope;
  const focusIds = new Set(scope.focus.map((service) => service.id));
  const names = new Map(scope.report.services.map((service) => [service.id, safe(service.name)]));
  const warnings = scope.report.warnings.filter(
    (w) => w.code !== 'status-page-unavailable' && (w.serviceId === undefined || focusIds.has(w.serviceId)),
  );
  const blocks = scope.focus.flatMap((service) => serviceBlocks(service, scope));
  if (warnings.length > 0) {
    blocks.push({
      kind: 'list',
      title: m.official.warnings,
      items: warnings.map((w) => {
        const name = w.serviceId !== undefined ? names.get(w.serviceId) : undefined;
        return [m.official.warning({ code: w.code, message: safe(w.message), ...(name !== undefined ? { name } : {}) })];
      }),
    });
  }
  return blocks;
}
