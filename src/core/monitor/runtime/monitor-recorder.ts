import type { NetworkDecision } from '../../network/decide-network-state.ts';
import type { ProbeResult } from '../../probe/probe-result.ts';
import type { Notification } from '../policy/notification.ts';
import type { IncidentChange, ServiceTransition } from '../state/service-transition.ts';

/** One probe round of one service, as history keeps it. */
export interface RecordedProbeRound {
  readonly serviceId: string;
  /** When the round started (epoch ms). */
  readonly at: number;
  readonly results: readonly ProbeResult[];
}

/** One finished network check. */
export interface RecordedNetworkCheck {
  /** When the check started (epoch ms). */
  readonly at: number;
  readonly decision: NetworkDecision;
}

/**
 * Where the monitor hands what history keeps (samples, transitions,
 * network checks, official incidents, notifications). The history store
 * implements it; a recorder must not throw and should not block (the monitor
 * does not wait for it), so a slow or broken database never stalls probing.
 */
export interface MonitorRecorder {
  recordProbeRound(round: RecordedProbeRound): void;
  recordTransition(transition: ServiceTransition): void;
  recordNetwork(check: RecordedNetworkCheck): void;
  recordIncident(change: IncidentChange): void;
  recordNotification(notification: Notification): void;
}

/** A recorder that keeps nothing: the default until a history store is wired in. */
export const NO_RECORDER: MonitorRecorder = {
  recordProbeRound: () => undefined,
  recordTransition: () => undefined,
  recordNetwork: () => undefined,
  recordIncident: () => undefined,
  recordNotification: () => undefined,
};
