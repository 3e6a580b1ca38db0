import type { ServiceAssessment } from '../assessment/service-state.ts';
import { officialReportOf } from '../check/official-report.ts';
import type { ServiceSpec } from '../config/config-schema.ts';
import { describeVerdict } from '../guidance/describe-verdict.ts';
import type { GuidanceLanguage } from '../i18n/guidance-language.ts';
import type { MonitorSnapshot } from '../monitor/runtime/monitor-types.ts';
import type { NetworkReport } from '../network/network-report.ts';
import { toNetworkReport } from '../network/to-network-report.ts';
import type { ServiceReport } from '../report/report-schema.ts';
import type { VerdictDecision } from '../verdict/decide-verdict.ts';
import type { VerdictGuidance } from '../guidance/verdict-context.ts';

/** The monitor's picture in the report's shapes, with its verdict in words. */
export interface LiveReport {
  readonly services: readonly ServiceReport[];
  readonly network: NetworkReport;
  readonly verdict: VerdictDecision & VerdictGuidance;
}

/**
 * The monitor's latest picture as the check report would show it (pure):
 * each service with its confirmed state, its latest probe round and status
 * page; the network's latest evidence; the monitor's verdict worded for the
 * user. The words rest on what the monitor saw, so the verdict card and the
 * overview never disagree.
 */
export function liveReport(monitor: MonitorSnapshot, specs: readonly ServiceSpec[], language: GuidanceLanguage): LiveReport {
  const latest = new Map(monitor.latest.map((entry) => [entry.serviceId, entry]));
  const states = new Map(monitor.services.map((state) => [state.serviceId, state]));
  const assessed = specs.map((spec) => {
    const data = latest.get(spec.id);
    const state = states.get(spec.id)?.state ?? 'unknown';
    const official = data?.official !== undefined && data.official !== 'unavailable' && spec.statusPage ? officialReportOf(data.official, spec.statusPage.url) : undefined;
    const report: ServiceReport = {
      id: spec.id,
      name: spec.name,
      state,
      probes: (data?.results ?? []).map((result) => ({ ...result, attempts: 1 }) as ServiceReport['probes'][number]),
      ...(official ? { official } : {}),
    };
    const assessment: ServiceAssessment = {
      state,
      reasons: [],
      rateLimited: report.probes.some((probe) => probe.outcome === 'rate-limited'),
    };
    return { report, assessment };
  });
  const network: NetworkReport = monitor.network
    ? toNetworkReport(monitor.networkEvidence ?? {}, monitor.network)
    : { state: 'unknown' };
  const words = describeVerdict(monitor.verdict, { services: assessed, network, ...(monitor.networkEvidence ? { evidence: monitor.networkEvidence } : {}) }, language);
  return {
    services: assessed.map(({ report }) => report),
    network,
    verdict: { kind: monitor.verdict.kind, serviceIds: monitor.verdict.serviceIds, ...words },
  };
}
