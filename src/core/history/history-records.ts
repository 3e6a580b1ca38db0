import type { NetworkState } from '../network/network-report.ts';
import type { ProbeOutcome, ProbeTimings } from '../probe/probe-result.ts';
import type { ConcreteProvider, IncidentImpact, IncidentStatus } from '../status-page/official-status.ts';

/** One probe of one service, as history keeps it. Times are epoch milliseconds. */
export interface HistorySample {
  readonly serviceId: string;
  readonly time: number;
  readonly outcome: ProbeOutcome;
  /** HTTP status of the answer, when there was one. */
  readonly status?: number;
  /** Phase timings; stored rounded to whole milliseconds. */
  readonly timings: ProbeTimings;
  /**
   * Cloudflare's `cf-ray`. Kept only for samples that did not count as up
   * (failures, 429s): that is where a support ticket needs it, and dropping
   * it from the successful majority keeps 30 days within the size budget.
   */
  readonly cfRay?: string;
  /**
   * True when the probe ran while the network diagnosis had found a problem on
   * the user's side. Failures taken then do not count against the service.
   */
  readonly localProblem: boolean;
}

/** What made an outage: the probes, the official page, or both. */
export type OutageCause = 'probes' | 'official' | 'both';

/** The start of an outage. */
export interface OutageStart {
  readonly serviceId: string;
  readonly start: number;
  readonly cause: OutageCause;
  /** The service's status-page provider, for the per-provider lag. */
  readonly provider?: ConcreteProvider;
}

/** The first official incident matched to an outage. */
export interface OutageIncidentLink {
  readonly incidentId: string;
  /** When the incident was first seen here (or its own start, when earlier and known). */
  readonly time: number;
  readonly provider?: ConcreteProvider;
}

/** Changes to an outage. Only the first linked incident is kept. */
export interface OutageUpdate {
  readonly end?: number;
  readonly cause?: OutageCause;
  readonly officialIncident?: OutageIncidentLink;
}

/** An outage as stored. */
export interface OutageRecord {
  readonly id: number;
  readonly serviceId: string;
  readonly start: number;
  /** Absent while the outage is ongoing. */
  readonly end?: number;
  /** `end − start`, or `now − start` while ongoing. */
  readonly durationMs: number;
  readonly cause: OutageCause;
  readonly provider?: ConcreteProvider;
  readonly officialIncidentId?: string;
  readonly officialIncidentAt?: number;
  /**
   * First confirmed failure here → first official incident, in ms. Negative
   * when the page was first.
   */
  readonly statusPageLagMs?: number;
}

/** A network diagnosis worth keeping (a change of state, or a periodic check). */
export interface NetworkEventRecord {
  readonly time: number;
  readonly state: NetworkState;
  readonly pathProven: boolean;
  /** One line for the history view. */
  readonly summary: string;
}

/** An official incident seen on a service's status page. */
export interface OfficialIncidentSighting {
  readonly serviceId: string;
  readonly provider: ConcreteProvider;
  readonly incidentId: string;
  readonly name: string;
  readonly impact: IncidentImpact;
  readonly status: IncidentStatus;
  readonly seenAt: number;
  /** When it was resolved; defaults to `seenAt` when `status` is resolved or postmortem. */
  readonly resolvedAt?: number;
}

/** An official incident as stored. */
export interface OfficialIncidentRecord {
  readonly serviceId: string;
  readonly provider: ConcreteProvider;
  readonly incidentId: string;
  readonly name: string;
  readonly impact: IncidentImpact;
  readonly status: IncidentStatus;
  readonly firstSeen: number;
  readonly resolvedAt?: number;
}
