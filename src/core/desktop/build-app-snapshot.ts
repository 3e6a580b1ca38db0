import type { AppSnapshot, DiagnosisView, NoticeView, PausedView, ServiceView, VerdictView } from '../../shared/app-snapshot.ts';
import type { ServiceSpec } from '../config/config-schema.ts';
import type { Locale } from '../i18n/locale.ts';
import type { MonitorSnapshot } from '../monitor/runtime/monitor-types.ts';
import type { VerdictReport, VerdictStep } from '../report/report-schema.ts';
import type { LiveReport } from './live-report.ts';
import { verdictKeyOf, type StepTicks } from './step-ticks.ts';

/** The verdict of the user's "I'm seeing errors" diagnosis, shown until the monitor's verdict changes. */
export interface ReportedVerdict extends VerdictReport {
  readonly at: number;
  /** The monitor's verdict key when the user reported: a new monitor verdict replaces this one. */
  readonly monitorVerdictKey: string;
}

/** Everything a snapshot is made of. */
export interface AppSnapshotParts {
  readonly now: number;
  readonly locale: Locale;
  readonly specs: readonly ServiceSpec[];
  /** Ids of the user's own services. */
  readonly customIds: ReadonlySet<string>;
  readonly monitor: MonitorSnapshot;
  readonly live: LiveReport;
  readonly recentLatencyMs: ReadonlyMap<string, readonly (number | null)[]>;
  readonly ticks: StepTicks;
  readonly reported?: ReportedVerdict;
  /** When each verdict key was first shown. */
  readonly verdictSince: number;
  readonly diagnosis?: DiagnosisView;
  readonly checking: boolean;
  readonly paused: PausedView | null;
  readonly notices: readonly NoticeView[];
}

/** The monitor's verdict key (what a reported verdict is compared with). */
export const monitorVerdictKey = (live: LiveReport) => verdictKeyOf(live.verdict.kind, live.verdict.serviceIds, false);

/** The verdict the window shows (pure): the user's report while it answers the current picture, else the monitor's. */
export function currentVerdict(parts: Pick<AppSnapshotParts, 'live' | 'reported'>): Omit<VerdictView, 'steps' | 'since'> & { readonly steps: readonly VerdictStep[] } {
  const { live, reported } = parts;
  if (reported !== undefined && reported.monitorVerdictKey === monitorVerdictKey(live)) {
    return {
      key: verdictKeyOf(reported.kind, reported.serviceIds, true),
      kind: reported.kind,
      serviceIds: reported.serviceIds,
      title: reported.title,
      summary: reported.summary,
      steps: reported.steps,
      fromUserReport: true,
    };
  }
  const { verdict } = live;
  return {
    key: monitorVerdictKey(live),
    kind: verdict.kind,
    serviceIds: verdict.serviceIds,
    title: verdict.title,
    summary: verdict.summary,
    steps: verdict.steps,
    fromUserReport: false,
  };
}

/** Everything the window shows, from the engine's parts (pure). */
export function buildAppSnapshot(parts: AppSnapshotParts): AppSnapshot {
  const { monitor, live, now } = parts;
  const states = new Map(monitor.services.map((state) => [state.serviceId, state]));
  const latest = new Map(monitor.latest.map((entry) => [entry.serviceId, entry]));
  const reports = new Map(live.services.map((report) => [report.id, report]));
  const services: ServiceView[] = parts.specs.map((spec) => {
    const state = states.get(spec.id);
    const report = reports.get(spec.id);
    const policy = monitor.policy.services[spec.id];
    const probedAt = latest.get(spec.id)?.probedAt;
    return {
      id: spec.id,
      name: spec.name,
      state: state?.state ?? 'unknown',
      reason: state?.reason ?? 'no-data',
      since: state?.since ?? now,
      ...(probedAt === undefined ? {} : { lastProbedAt: probedAt }),
      recentLatencyMs: parts.recentLatencyMs.get(spec.id) ?? [],
      probes: report?.probes ?? [],
      ...(report?.official ? { official: report.official } : {}),
      hasStatusPage: spec.statusPage !== undefined,
      custom: parts.customIds.has(spec.id),
      ...(policy?.mutedUntil !== undefined && policy.mutedUntil > now ? { mutedUntil: policy.mutedUntil } : {}),
      notifyWhenBack: policy?.notifyWhenBackSince !== undefined,
    };
  });
  const verdict = currentVerdict(parts);
  const ticked = new Set(parts.ticks.verdictKey === verdict.key ? parts.ticks.stepIds : []);
  return {
    schema: 1,
    at: now,
    language: parts.locale,
    paused: parts.paused,
    checking: parts.checking,
    services,
    network: {
      state: live.network.state,
      pathProven: monitor.network?.pathProven ?? false,
      ...(monitor.network ? { checkedAt: monitor.network.checkedAt } : {}),
    },
    verdict: { ...verdict, steps: verdict.steps.map((step) => ({ ...step, ticked: ticked.has(step.id) })), since: parts.verdictSince },
    ...(parts.diagnosis ? { diagnosis: parts.diagnosis } : {}),
    notices: parts.notices,
  };
}
