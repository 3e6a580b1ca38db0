import type { ProbeOutcome, ProbeResult } from '../probe/probe-result.ts';
import type { ComponentStatus, OfficialStatus, PageIndicator } from '../status-page/official-status.ts';

/** A service's state in the report and the tray. */
export const SERVICE_STATES = ['operational', 'degraded', 'outage', 'maintenance', 'unknown'] as const;

/** One of the service states of DESIGN.md. */
export type ServiceState = (typeof SERVICE_STATES)[number];

/**
 * How a probe's outcome bears on "is the service up". The edge answering at
 * all (a 5xx, a Cloudflare 52x) proves the user's path to it works; a silent
 * connection proves nothing by itself; DNS and TLS failures point at the
 * local side until the network diagnosis says otherwise.
 */
export type OutcomeClass = 'up' | 'rate-limited' | 'edge-answered-failure' | 'silent-failure' | 'local-suspect';

/** Classifies one probe outcome (pure). */
export function classifyOutcome(outcome: ProbeOutcome): OutcomeClass {
  switch (outcome) {
    case 'ok':
    case 'auth-required':
    case 'challenge':
      return 'up';
    case 'rate-limited':
      return 'rate-limited';
    case 'http-5xx':
    case 'edge-origin-error':
    case 'redirect-loop':
      return 'edge-answered-failure';
    case 'timeout':
    case 'connect-timeout':
    case 'connect-refused':
    case 'reset':
    case 'invalid-response':
      return 'silent-failure';
    case 'dns-error':
    case 'tls-error':
    case 'tls-untrusted':
      return 'local-suspect';
  }
}

/** What the official page says about this service, reduced to one level. */
export type OfficialLevel = 'operational' | 'degraded' | 'outage' | 'maintenance' | 'unknown';

const COMPONENT_LEVEL: Record<ComponentStatus, OfficialLevel> = {
  operational: 'operational',
  degraded_performance: 'degraded',
  partial_outage: 'degraded',
  major_outage: 'outage',
  under_maintenance: 'maintenance',
  unknown: 'unknown',
};

const INDICATOR_LEVEL: Record<PageIndicator, OfficialLevel> = {
  none: 'operational',
  minor: 'degraded',
  major: 'outage',
  critical: 'outage',
  maintenance: 'maintenance',
};

const LEVEL_SEVERITY: Record<OfficialLevel, number> = { unknown: 0, operational: 1, maintenance: 2, degraded: 3, outage: 4 };

/**
 * Reduces an (already component-filtered) official status to one level: the
 * worst of its components, its page indicator and its open incidents, with
 * maintenance in progress counted as maintenance.
 */
export function officialLevel(status: OfficialStatus): OfficialLevel {
  const levels: OfficialLevel[] = [INDICATOR_LEVEL[status.indicator]];
  for (const component of status.components) levels.push(COMPONENT_LEVEL[component.status]);
  for (const incident of status.incidents) {
    if (incident.status === 'resolved' || incident.status === 'postmortem') continue;
    if (incident.impact === 'critical' || incident.impact === 'major') levels.push('outage');
    else if (incident.impact === 'minor') levels.push('degraded');
    else if (incident.impact === 'maintenance') levels.push('maintenance');
  }
  if (status.maintenances.some((m) => m.status === 'in_progress' || m.status === 'verifying')) levels.push('maintenance');
  return levels.reduce((worst, level) => (LEVEL_SEVERITY[level] > LEVEL_SEVERITY[worst] ? level : worst), 'unknown');
}

/** Why a service got its state; guidance turns these into sentences. */
export type ServiceStateReason =
  | 'probes-up'
  | 'probes-failing'
  | 'probes-partly-failing'
  | 'probes-inconclusive'
  | 'official-outage'
  | 'official-degraded'
  | 'official-maintenance'
  | 'official-silent'
  | 'local-problem'
  | 'rate-limited';

/** Everything `assessService` needs to know. */
export interface ServiceEvidence {
  /** The final attempt of each probe URL. */
  readonly probes: readonly ProbeResult[];
  /** The official status for this service's components, when the page was read. */
  readonly official?: OfficialStatus;
  /** True when the local network diagnosis found a problem on the user's side. */
  readonly localProblem: boolean;
  /** True when something shows the user's path to the internet works (a control URL, another service, a status page). */
  readonly pathProven: boolean;
}

/** A service's state with the reasons behind it. */
export interface ServiceAssessment {
  readonly state: ServiceState;
  readonly reasons: readonly ServiceStateReason[];
  /** The service answered 429 to at least one probe. */
  readonly rateLimited: boolean;
  /** Longest `Retry-After` the service asked for, in seconds. */
  readonly retryAfterSeconds?: number;
}

/**
 * Fuses probes, the official status and the local network into one state
 * (pure). A local problem never marks a service as down; probes that fail
 * while the page says all is well still make an outage (pages lag).
 */
export function assessService(evidence: ServiceEvidence): ServiceAssessment {
  const classes = evidence.probes.map((probe) => classifyOutcome(probe.outcome));
  const retryAfters = evidence.probes.flatMap((probe) => (probe.retryAfterSeconds === undefined ? [] : [probe.retryAfterSeconds]));
  const rateLimited = classes.includes('rate-limited');
  const base = { rateLimited, ...(retryAfters.length > 0 ? { retryAfterSeconds: Math.max(...retryAfters) } : {}) };

  if (evidence.localProblem) return { ...base, state: 'unknown', reasons: ['local-problem'] };

  const official = evidence.official ? officialLevel(evidence.official) : 'unknown';
  const reasons: ServiceStateReason[] = [];
  if (official === 'outage') reasons.push('official-outage');
  if (official === 'degraded') reasons.push('official-degraded');
  if (official === 'maintenance') reasons.push('official-maintenance');
  if (rateLimited) reasons.push('rate-limited');

  const upCount = classes.filter((c) => c === 'up' || c === 'rate-limited').length;
  const failures = classes.filter((c) => c === 'edge-answered-failure' || c === 'silent-failure' || c === 'local-suspect');
  const confirmedFailure =
    failures.length > 0 &&
    failures.every((c) => c !== 'local-suspect') &&
    (failures.includes('edge-answered-failure') || evidence.pathProven);

  if (failures.length === 0) {
    reasons.unshift('probes-up');
    const state: ServiceState = official === 'unknown' ? 'operational' : official;
    return { ...base, state, reasons };
  }

  if (upCount > 0) {
    // One front door answers and another fails: the service is partly down.
    reasons.unshift('probes-partly-failing');
    const state: ServiceState = official === 'outage' || official === 'maintenance' ? official : 'degraded';
    return { ...base, state, reasons };
  }

  if (confirmedFailure) {
    reasons.unshift('probes-failing');
    if (official === 'operational') reasons.push('official-silent');
    return { ...base, state: official === 'maintenance' ? 'maintenance' : 'outage', reasons };
  }

  // Every probe failed in a way that may be local (DNS, TLS, or silence with
  // no proof that the user's own path works): only the official page can say.
  reasons.unshift('probes-inconclusive');
  if (official === 'outage' || official === 'maintenance') return { ...base, state: official, reasons };
  return { ...base, state: 'unknown', reasons };
}
