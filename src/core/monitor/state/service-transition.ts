import type { ServiceState } from '../../assessment/service-state.ts';
import type { MonitorStateReason, OutageEpisode } from './service-monitor-state.ts';

/** An outage that just ended. */
export interface OutageRecovery {
  readonly outageStartedAt: number;
  /** The first answered probe of the run that ended it (or the moment the last other cause cleared). */
  readonly endedAt: number;
  /** `endedAt - outageStartedAt`: what the recovery alert quotes. */
  readonly durationMs: number;
}

/** A service changed state. Fed as is to the notification policy. */
export interface ServiceTransition {
  readonly kind: 'service-transition';
  readonly serviceId: string;
  readonly from: ServiceState;
  readonly to: ServiceState;
  readonly at: number;
  /** Why the service is now in `to`. */
  readonly reason: MonitorStateReason;
  /** The outage still open after this transition (also while `unknown` or `maintenance` interrupts it). */
  readonly outage?: OutageEpisode;
  /** Set when this transition ends an outage. */
  readonly recovery?: OutageRecovery;
}

/** The official page listed a new incident for the service. Fed as is to the notification policy. */
export interface IncidentOpened {
  readonly kind: 'incident-opened';
  readonly serviceId: string;
  readonly at: number;
  readonly incident: { readonly id: string; readonly name: string };
  /** Already open at the first successful read of the page: not news to alert about. */
  readonly alreadyOpen: boolean;
  /**
   * The status page's lag from here: the first incident of an outage the
   * probes found first, minus that outage's start.
   */
  readonly statusPageLagMs?: number;
}

/** An incident the page listed is gone or marked resolved. */
export interface IncidentResolved {
  readonly kind: 'incident-resolved';
  readonly serviceId: string;
  readonly at: number;
  readonly incident: { readonly id: string; readonly name: string };
}

/** A change in the service's open official incidents. */
export type IncidentChange = IncidentOpened | IncidentResolved;
