import type { OfficialLevel, ServiceState } from '../../assessment/service-state.ts';
import { EMPTY_LATENCY_WINDOW, type LatencyWindow } from './latency-window.ts';

/**
 * Why a service is in its state; guidance and the tray turn these into
 * words. `no-data` covers both "not probed yet" and "not probed since the
 * local network came back".
 */
export type MonitorStateReason =
  | 'no-data'
  | 'probes-up'
  | 'probes-failing'
  | 'probes-slow'
  | 'probes-partly-failing'
  | 'probes-inconclusive'
  | 'official-outage'
  | 'official-degraded'
  | 'official-maintenance'
  | 'local-problem';

/**
 * How current the probes' picture is: `none` before the first probe,
 * `stale` after a local network problem (what the probes knew before it no
 * longer counts until a fresh probe), `inconclusive` after several probe
 * rounds that could blame neither side (DNS/TLS errors, silence without a
 * proven path), `current` otherwise.
 */
export type ProbeEvidence = 'none' | 'stale' | 'inconclusive' | 'current';

/** Consecutive probe rounds of each kind; a round of another kind resets (or, for neutral rounds, holds) them. */
export interface ProbeCounters {
  /** Rounds where the service failed with the user's path healthy. */
  readonly failures: number;
  /** Rounds where the service answered (slow or partly failing included). */
  readonly successes: number;
  /** Rounds where the service answered cleanly: fast enough, every URL up. */
  readonly healthy: number;
  /** Rounds that were slow or partly failing. */
  readonly degradedSignals: number;
  /** Rounds that could blame neither side. */
  readonly inconclusive: number;
}

/**
 * One outage, from the first failed probe that led to it (or the moment the
 * official page said so) to the recovery. It survives a local network
 * problem in between, so the same outage is never alerted twice.
 */
export interface OutageEpisode {
  /** First failed probe of the run that confirmed it, or the official report's arrival. */
  readonly startedAt: number;
  /** When it became an outage here. */
  readonly confirmedAt: number;
  /** What confirmed it first. */
  readonly source: 'probes' | 'official';
  /** When the first official incident appeared during it, if one did. */
  readonly officialIncidentAt?: number;
}

/** An open official incident as the monitor tracks it. */
export interface TrackedIncident {
  readonly id: string;
  readonly name: string;
  readonly firstSeenAt: number;
}

/** Everything the state machine remembers about one service (plain data, JSON-safe). */
export interface ServiceMonitorState {
  readonly serviceId: string;
  /** The fused state shown in the tray and the report. */
  readonly state: ServiceState;
  readonly reason: MonitorStateReason;
  /** When `state` was entered (epoch ms). */
  readonly since: number;
  readonly counters: ProbeCounters;
  /** Start of the current run of failures, while there is one. */
  readonly failureRunStartedAt?: number;
  /** Start of the current run of answered probes, while there is one. */
  readonly successRunStartedAt?: number;
  readonly evidence: ProbeEvidence;
  /** The probes alone confirm an outage (hysteresis: failures open it, successes close it). */
  readonly probeOutage: boolean;
  /** The probes alone say degraded, and why. */
  readonly probeDegraded?: 'probes-slow' | 'probes-partly-failing';
  /** The open outage, while there is one. */
  readonly outage?: OutageEpisode;
  /**
   * The official page's last word (`unknown` until it has been read). Kept
   * while the page cannot be read: pages often fail under the load of an
   * outage, and losing sight of one is not a recovery.
   */
  readonly officialLevel: OfficialLevel;
  /** True once the official page has been read at least once. */
  readonly officialSeen: boolean;
  /** False while the latest read of the page failed (the tray shows it as a warning). */
  readonly officialReadable: boolean;
  /** Open official incidents (kept while the page cannot be read). */
  readonly openIncidents: readonly TrackedIncident[];
  /** The local network diagnosis blames the user's side. */
  readonly localProblem: boolean;
  readonly lastProbeAt?: number;
  readonly latency: LatencyWindow;
}

/** A service's state before anything is known about it. */
export function initialServiceMonitorState(serviceId: string, at: number): ServiceMonitorState {
  return {
    serviceId,
    state: 'unknown',
    reason: 'no-data',
    since: at,
    counters: { failures: 0, successes: 0, healthy: 0, degradedSignals: 0, inconclusive: 0 },
    evidence: 'none',
    probeOutage: false,
    officialLevel: 'unknown',
    officialSeen: false,
    officialReadable: true,
    openIncidents: [],
    localProblem: false,
    latency: EMPTY_LATENCY_WINDOW,
  };
}
