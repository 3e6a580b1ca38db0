import type { SchedulerSettings } from './scheduler-settings.ts';

/** Why a network check runs. */
export type NetworkCheckReason = 'start' | 'resume' | 'online' | 'offline' | 'periodic' | 'probe-failed';

/** What the scheduler remembers of its network checks. */
export interface NetworkCheckHistory {
  readonly inFlight: boolean;
  /** When the latest check (of any reason) started, in ms since the epoch. */
  readonly lastStartedAt: number | undefined;
}

/**
 * Whether a failed probe should trigger a network check now (pure): not
 * while one runs, and not within `networkCheckAfterFailureGapMs` of the
 * latest one — a failing service probed every few seconds, or ten services
 * failing together, cost one check, not ten.
 */
export function shouldCheckNetworkAfterFailure(history: NetworkCheckHistory, now: number, settings: SchedulerSettings): boolean {
  if (history.inFlight) return false;
  return history.lastStartedAt === undefined || now - history.lastStartedAt >= settings.networkCheckAfterFailureGapMs;
}

/**
 * How long after its trigger a check of this reason runs (pure): a resume
 * waits for the network to settle, the periodic check its interval,
 * everything else runs at once.
 */
export function networkCheckDelay(reason: NetworkCheckReason, settings: SchedulerSettings): number {
  if (reason === 'resume') return settings.resumeSettleMs;
  if (reason === 'periodic') return settings.networkCheckIntervalMs;
  return 0;
}
