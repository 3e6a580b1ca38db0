import { classifyOutcome } from '../assessment/service-state.ts';
import type { ProbeReport, ServiceReport } from '../report/report-schema.ts';
import { LOCAL_KINDS, type VerdictKind } from '../verdict/verdict-kind.ts';
import type { FailureMention, LocalProblemKind, OutageEvidence, RequestKind } from './messages/en.ts';
import type { ReportScope } from './report-scope.ts';

// The local kinds of the verdict table, less the user's own browser (local-client), which the summary words apart.
const LOCAL_PROBLEM_KINDS: ReadonlySet<VerdictKind> = new Set([...LOCAL_KINDS].filter((kind) => kind !== 'local-client'));

/** The first probe of a service that did not show it up, if any. */
export function firstFailingProbe(service: ServiceReport): ProbeReport | undefined {
  return service.probes.find((probe) => classifyOutcome(probe.outcome) !== 'up');
}

function outageEvidence(focus: readonly ServiceReport[]): OutageEvidence {
  const classes = focus.flatMap((service) => service.probes.map((probe) => classifyOutcome(probe.outcome)));
  if (classes.includes('edge-answered-failure')) return 'edge';
  if (classes.includes('silent-failure')) return 'silent';
  return 'official';
}

/** The sentence on whose side the problem is, as the verdict decided. */
function sideSentence(scope: ReportScope): string {
  const { messages: m, names, focus, format } = scope;
  const kind = scope.report.verdict.kind;
  if (LOCAL_PROBLEM_KINDS.has(kind)) return m.summary.side.localNetwork({ names, problem: m.localProblems[kind as LocalProblemKind] });
  switch (kind) {
    case 'service-outage':
      return m.summary.side.serviceOutage({ names, evidence: outageEvidence(focus) });
    case 'service-degraded':
      return m.summary.side.serviceDegraded({ names });
    case 'service-maintenance':
      return m.summary.side.maintenance({ names });
    case 'rate-limited': {
      const waits = focus.flatMap((service) => service.probes.map((probe) => probe.retryAfterSeconds ?? 0));
      const wait = Math.max(0, ...waits);
      return m.summary.side.rateLimited(wait > 0 ? { names, retryAfter: format.duration(wait * 1000) } : { names });
    }
    case 'regional':
      return m.summary.side.regional({ names });
    case 'local-client':
      return m.summary.side.account;
    case 'all-clear':
      return m.summary.side.allClear;
    default:
      return m.summary.side.unclear({ names });
  }
}

/** What the closing request asks for, by the verdict. */
export function requestKindFor(kind: VerdictKind): RequestKind {
  if (LOCAL_PROBLEM_KINDS.has(kind)) return 'localNetwork';
  switch (kind) {
    case 'service-outage':
    case 'service-degraded':
    case 'regional':
      return 'serviceSide';
    case 'service-maintenance':
      return 'maintenance';
    case 'rate-limited':
      return 'rateLimited';
    case 'local-client':
    case 'all-clear':
      return 'account';
    default:
      return 'unclear';
  }
}

/** What the official page said, in one sentence, when it bears on the problem. */
function officialSentence(scope: ReportScope, anyFailure: boolean): string | undefined {
  const { messages: m, safe } = scope;
  for (const service of scope.focus) {
    const official = service.official;
    if (!official) continue;
    const incident = official.incidents.find((i) => i.status !== 'resolved' && i.status !== 'postmortem');
    if (incident) {
      return m.summary.officialIncident({
        name: safe(service.name),
        incident: safe(incident.name),
        status: m.official.incidentStatuses[incident.status],
      });
    }
    if (anyFailure && official.indicator === 'none') return m.summary.officialQuiet(safe(service.name));
  }
  return undefined;
}

/**
 * The summary paragraph: what fails (or that it answered), since when,
 * whose side the verdict puts it on, and what the official page said.
 */
export function summaryParagraph(scope: ReportScope, since: string | undefined): string {
  const { messages: m, format, safe } = scope;
  const when = format.dateTime(scope.report.at);
  const failures: FailureMention[] = scope.focus.flatMap((service) => {
    const probe = firstFailingProbe(service);
    return probe ? [{ name: safe(service.name), outcome: probe.outcome, ...(probe.status !== undefined ? { status: probe.status } : {}) }] : [];
  });
  const first =
    failures.length > 0
      ? m.summary.failing({ when, failures, ...(since ? { since } : {}) })
      : m.summary.answering({ when, names: scope.names, ...(since ? { since } : {}) });
  return [first, sideSentence(scope), officialSentence(scope, failures.length > 0)].filter(Boolean).join(' ');
}
