import type { NetworkState } from '../../network/network-report.ts';
import type { IncidentOpened, IncidentResolved, ServiceTransition } from '../state/service-transition.ts';

/** How long a service is muted; `until-tomorrow` ends at the next local midnight. */
export const MUTE_DURATIONS = ['1h', '4h', '8h', 'until-tomorrow'] as const;

/** One of the mute choices of the tray menu. */
export type MuteDuration = (typeof MUTE_DURATIONS)[number];

/** The local network diagnosis found a problem on the user's side (or a different one than before). */
export interface LocalProblemStarted {
  readonly kind: 'local-problem-started';
  readonly networkState: NetworkState;
}

/** The user's side is fine again. */
export interface LocalProblemCleared {
  readonly kind: 'local-problem-cleared';
}

/** The user muted a service. */
export interface MuteService {
  readonly kind: 'mute-service';
  readonly serviceId: string;
  readonly duration: MuteDuration;
}

/** The user lifted a mute early. */
export interface UnmuteService {
  readonly kind: 'unmute-service';
  readonly serviceId: string;
}

/** The user asked "tell me when it's back" (one-shot). */
export interface NotifyWhenBack {
  readonly kind: 'notify-when-back';
  readonly serviceId: string;
}

/** The user withdrew "tell me when it's back". */
export interface CancelNotifyWhenBack {
  readonly kind: 'cancel-notify-when-back';
  readonly serviceId: string;
}

/** Things the user does that the policy must honour. */
export type UserAction = MuteService | UnmuteService | NotifyWhenBack | CancelNotifyWhenBack;

/**
 * Everything the notification policy reacts to. The state machine's
 * transitions and incident changes are fed as they are; the rest come from
 * the network diagnosis and the user.
 */
export type PolicyEvent = ServiceTransition | IncidentOpened | IncidentResolved | LocalProblemStarted | LocalProblemCleared | UserAction;
