import type { ProbeReport } from '../report/report-schema.ts';
import type { ReportScope } from './report-scope.ts';
import type { Fact, SupportReportBlock } from './support-report.ts';

function timingsText(probe: ProbeReport, scope: ReportScope): string {
  const { messages: m } = scope;
  const { dnsMs, connectMs, tlsMs, ttfbMs, totalMs } = probe.timings;
  const phases: [string, number | undefined][] = [
    [m.probe.phases.dns, dnsMs],
    [m.probe.phases.connect, connectMs],
    [m.probe.phases.tls, tlsMs],
    [m.probe.phases.ttfb, ttfbMs],
    [m.probe.phases.total, totalMs],
  ];
  return phases
    .filter((entry): entry is [string, number] => entry[1] !== undefined)
    .map(([phase, ms]) => m.probe.phase({ phase, duration: scope.duration(ms) }))
    .join(' · ');
}

function attemptsText(probe: ProbeReport, scope: ReportScope): string {
  const { messages: m, format } = scope;
  const count = format.number(probe.attempts);
  const earlier = probe.earlierOutcomes ?? [];
  if (probe.attempts <= 1 || earlier.length === 0) return m.probe.attemptsOnce(count);
  if (earlier.every((outcome) => outcome === probe.outcome)) return m.probe.attemptsSame(count);
  return m.probe.attemptsEarlier({ count, earlier: format.list(earlier.map((outcome) => m.outcomes[outcome])) });
}

/** The facts of one probe: what it got back, the edge's identifiers, how long each phase took, how often it was tried. */
function probeFacts(probe: ProbeReport, scope: ReportScope): Fact[] {
  const { messages: m, format, safe } = scope;
  const outcome = m.outcomes[probe.outcome];
  const rows: Fact[] = [{ label: m.probe.result, value: [probe.status !== undefined ? m.probe.withStatus({ outcome, status: probe.status }) : outcome] }];
  if (probe.edge?.cfRay) rows.push({ label: m.probe.cfRay, value: [{ code: safe(probe.edge.cfRay) }] });
  if (probe.edge?.server) rows.push({ label: m.probe.server, value: [{ code: safe(probe.edge.server) }] });
  if (probe.remoteAddress) rows.push({ label: m.probe.address, value: [{ code: safe(probe.remoteAddress) }] });
  rows.push({ label: m.probe.timings, value: [timingsText(probe, scope)] });
  rows.push({ label: m.probe.attempts, value: [attemptsText(probe, scope)] });
  if (probe.retryAfterSeconds !== undefined) rows.push({ label: m.probe.retryAfter, value: [format.duration(probe.retryAfterSeconds * 1000)] });
  if (probe.redirects && probe.redirects.length > 0) {
    rows.push({ label: m.probe.redirects, value: [{ code: probe.redirects.map(safe).join(' → ') }] });
  }
  const error = probe.detail ?? probe.errorCode;
  if (error) rows.push({ label: m.probe.error, value: [{ code: safe(error) }] });
  return rows;
}

/** "What failed and how": each service the report is about, with every probe it made. */
export function failuresBlocks(scope: ReportScope): SupportReportBlock[] {
  const { messages: m, safe } = scope;
  return scope.focus.flatMap((service): SupportReportBlock[] => [
    { kind: 'subheading', text: m.probe.serviceHeading({ name: safe(service.name), state: m.serviceStates[service.state] }) },
    ...(service.probes.length === 0
      ? [{ kind: 'paragraph' as const, text: [m.probe.noProbes] }]
      : service.probes.map((probe) => ({
          kind: 'facts' as const,
          title: [{ code: `${probe.method} ${safe(probe.url)}` }],
          rows: probeFacts(probe, scope),
        }))),
  ]);
}
