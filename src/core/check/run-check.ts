import { assessService, classifyOutcome, type ServiceAssessment } from '../assessment/service-state.ts';
import type { ConfigFile, ServiceSpec, StatusPageSpec } from '../config/config-schema.ts';
import { decideNetworkState } from '../network/decide-network-state.ts';
import type { NetworkEvidence } from '../network/network-evidence.ts';
import { isLocalNetworkProblem, type NetworkDiagnoser, type NetworkReport } from '../network/network-report.ts';
import { toNetworkReport } from '../network/to-network-report.ts';
import type { CheckReport, ProbeReport, ReportWarning, ServiceReport } from '../report/report-schema.ts';
import type { OfficialStatus } from '../status-page/official-status.ts';
import { decideVerdict } from '../verdict/decide-verdict.ts';
import { defaultGuidanceLanguage, type GuidanceLanguage } from '../i18n/guidance-language.ts';
import { describeVerdict } from '../guidance/describe-verdict.ts';
import { type CheckClock, type Deadline, startDeadline } from './deadline.ts';
import type { ProbeFunction } from '../probe/http-probe.ts';
import { officialReportOf } from './official-report.ts';
import { type ConfirmedProbe, probeWithConfirmation } from './probe-with-confirmation.ts';

/** What reading one service's official status page produced. */
export type OfficialReading =
  | {
      readonly ok: true;
      readonly sourceUrl: string;
      /** Already narrowed to the service's components. */
      readonly status: OfficialStatus;
      /** Component names the service asked for that the page no longer has. */
      readonly missingComponents: readonly string[];
    }
  | { readonly ok: false; readonly sourceUrl: string; readonly problem: { readonly kind: string; readonly message: string } };

/** Reads one official status page; must resolve (never reject). */
export type OfficialStatusFunction = (
  spec: StatusPageSpec,
  options: { readonly timeoutMs: number; readonly signal?: AbortSignal },
) => Promise<OfficialReading>;

/** The engine's connections to the outside world, injected. */
export interface CheckDependencies {
  readonly probe: ProbeFunction;
  readonly readOfficialStatus: OfficialStatusFunction;
  readonly diagnoseNetwork: NetworkDiagnoser;
  readonly clock: CheckClock;
}

/** What to diagnose. */
export interface CheckRequest {
  readonly config: ConfigFile;
  readonly services: readonly ServiceSpec[];
  /** The user says they see errors even if everything may look healthy. */
  readonly imSeeingErrors?: boolean;
  /** The language and OS the verdict's words are written for; English on this machine's OS by default. */
  readonly language?: GuidanceLanguage;
  readonly signal?: AbortSignal;
}

interface ServiceEvidenceGathered {
  readonly spec: ServiceSpec;
  readonly probes: readonly ConfirmedProbe[];
  readonly official?: OfficialReading;
}

/**
 * One full diagnosis: every probe, status page and network check in
 * parallel under `config.deadlineMs`, fused into per-service states and one
 * verdict. Never rejects; whatever did not finish in time is reported as such.
 */
export async function runCheck(request: CheckRequest, deps: CheckDependencies): Promise<CheckReport> {
  const startedAt = deps.clock.now();
  const deadline = startDeadline(request.config.deadlineMs, deps.clock, request.signal ? { parent: request.signal } : {});
  try {
    const evidencePromise = deadline.race(
      deps.diagnoseNetwork({
        network: request.config.network,
        services: request.services,
        timeoutMs: deadline.budgetMs(),
        signal: deadline.signal,
      }),
      (): NetworkEvidence => ({}),
    );
    const gathered = await Promise.all(request.services.map((spec) => gatherService(spec, deps, deadline)));
    const evidence = await evidencePromise.catch((): NetworkEvidence => ({}));
    const signals = gathered.flatMap((service) =>
      service.probes.map(({ result }) => {
        return { url: result.url, outcome: result.outcome, ...(result.errorCode !== undefined ? { tlsErrorCode: result.errorCode } : {}) };
      }),
    );
    const network = toNetworkReport(evidence, decideNetworkState(evidence, signals));
    return assembleReport(request, gathered, evidence, network, startedAt, deadline.elapsedMs());
  } finally {
    deadline.dispose();
  }
}

async function gatherService(spec: ServiceSpec, deps: CheckDependencies, deadline: Deadline): Promise<ServiceEvidenceGathered> {
  const probes = Promise.all(spec.probes.map((probe) => probeWithConfirmation(probe, deps.probe, deadline)));
  const page = spec.statusPage;
  const official = page
    ? deadline.race(
        deps.readOfficialStatus(page, { timeoutMs: deadline.budgetMs(), signal: deadline.signal }),
        (): OfficialReading => ({
          ok: false,
          sourceUrl: page.url,
          problem: { kind: 'timeout', message: 'the status page did not answer before the diagnosis deadline' },
        }),
      )
    : undefined;
  return { spec, probes: await probes, ...(official ? { official: await official } : {}) };
}

/** True when anything shows the user's own path to the internet works. */
function userPathProven(gathered: readonly ServiceEvidenceGathered[], network: NetworkReport): boolean {
  if (network.pathProven) return true;
  return gathered.some(
    (service) =>
      service.official?.ok === true ||
      service.probes.some((probe) => {
        const outcomeClass = classifyOutcome(probe.result.outcome);
        return outcomeClass === 'up' || outcomeClass === 'rate-limited' || outcomeClass === 'edge-answered-failure';
      }),
  );
}

function toProbeReport(confirmed: ConfirmedProbe): ProbeReport {
  return {
    ...confirmed.result,
    attempts: confirmed.attempts,
    ...(confirmed.earlierOutcomes.length > 0 ? { earlierOutcomes: [...confirmed.earlierOutcomes] } : {}),
  } as ProbeReport;
}

function warningsFor(service: ServiceEvidenceGathered): ReportWarning[] {
  const reading = service.official;
  if (!reading) return [];
  if (!reading.ok) {
    return [{ code: 'status-page-unavailable', serviceId: service.spec.id, message: `${service.spec.name}: ${reading.problem.message}` }];
  }
  if (reading.missingComponents.length > 0) {
    const names = reading.missingComponents.map((name) => JSON.stringify(name)).join(', ');
    return [
      {
        code: 'status-page-components-missing',
        serviceId: service.spec.id,
        message: `${service.spec.name}: the status page no longer lists ${names}; its page-wide status is shown instead`,
      },
    ];
  }
  return [];
}

function assembleReport(
  request: CheckRequest,
  gathered: readonly ServiceEvidenceGathered[],
  evidence: NetworkEvidence,
  network: NetworkReport,
  startedAt: Date,
  durationMs: number,
): CheckReport {
  const localProblem = isLocalNetworkProblem(network.state);
  const pathProven = userPathProven(gathered, network);
  const regional = localProblem ? [] : (evidence.regional?.completed ? evidence.regional.services : []);
  const regionalIds = new Set(regional.map((entry) => entry.serviceId));
  const assessed = gathered.map((service) => {
    const official = service.official?.ok ? service.official.status : undefined;
    const assessment: ServiceAssessment = assessService({
      probes: service.probes.map((probe) => probe.result),
      ...(official ? { official } : {}),
      localProblem,
      pathProven,
    });
    const report: ServiceReport = {
      id: service.spec.id,
      name: service.spec.name,
      // Failing only at the address the user's resolver picks: partly down, not down.
      state: regionalIds.has(service.spec.id) ? 'degraded' : assessment.state,
      probes: service.probes.map(toProbeReport),
      ...(service.official?.ok ? { official: officialReportOf(service.official.status, service.official.sourceUrl) } : {}),
    };
    return { report, assessment };
  });

  const decision = decideVerdict({
    networkState: network.state,
    services: assessed.map(({ report, assessment }) => ({ id: report.id, assessment })),
    ...(request.imSeeingErrors ? { imSeeingErrors: true } : {}),
    regionalServiceIds: [...regionalIds].filter((id) => assessed.some(({ report }) => report.id === id)),
  });
  const verdict = describeVerdict(decision, { services: assessed, network, evidence, regional }, request.language ?? defaultGuidanceLanguage());
  return {
    schema: 1,
    at: startedAt.toISOString(),
    durationMs: Math.round(durationMs),
    verdict: { kind: decision.kind, serviceIds: [...decision.serviceIds], ...verdict },
    network,
    services: assessed.map(({ report }) => report),
    warnings: gathered.flatMap(warningsFor),
  };
}
