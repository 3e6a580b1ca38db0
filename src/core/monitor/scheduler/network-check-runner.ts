import type { CancelTimer, MonitorClock } from '../clock/monitor-clock.ts';
import { networkCheckDelay, shouldCheckNetworkAfterFailure } from './network-check-timing.ts';
import type { NetworkCheckHistory, NetworkCheckReason } from './network-check-timing.ts';
import type { SchedulerSettings } from './scheduler-settings.ts';

/**
 * Runs the network checks of one scheduler: one at a time, the periodic one
 * counted from the latest check of any reason, the failed-probe one
 * debounced. A start, resume or online/offline request that comes while a
 * check runs is remembered and runs right after it: the running check may
 * have measured the network from before the change.
 */
export interface NetworkCheckRunner {
  /** Asks for a check now (a failed probe's request may be dropped, see {@link shouldCheckNetworkAfterFailure}). */
  request(reason: NetworkCheckReason): void;
  /** Asks for a check after the reason's delay ({@link networkCheckDelay}); replaces an earlier delayed request. */
  requestLater(reason: NetworkCheckReason): void;
  /** Cancels every timer and remembered request; a running check finishes on its own. */
  halt(): void;
  /** Timing-relevant history. */
  history(): NetworkCheckHistory;
  /** Whether a check is running. */
  inFlight(): boolean;
  /** Resolves once no check is running. */
  idle(): Promise<void>;
}

/** What {@link createNetworkCheckRunner} needs. */
export interface NetworkCheckRunnerOptions {
  readonly clock: MonitorClock;
  readonly settings: SchedulerSettings;
  readonly check: (reason: NetworkCheckReason) => Promise<void>;
  /** False while paused or stopped: nothing starts then. */
  readonly isActive: () => boolean;
  readonly onError: (error: unknown) => void;
}

/** Makes a {@link NetworkCheckRunner}. */
export function createNetworkCheckRunner(options: NetworkCheckRunnerOptions): NetworkCheckRunner {
  const { clock, settings, check, isActive, onError } = options;
  let running: Promise<void> | undefined;
  let lastStartedAt: number | undefined;
  let pending: NetworkCheckReason | undefined;
  let cancelPeriodic: CancelTimer | undefined;
  let cancelDelayed: CancelTimer | undefined;

  const history = (): NetworkCheckHistory => ({ inFlight: running !== undefined, lastStartedAt });

  const run = (reason: NetworkCheckReason) => {
    cancelPeriodic?.();
    cancelPeriodic = undefined;
    lastStartedAt = clock.now();
    let work: Promise<void>;
    try {
      work = check(reason);
    } catch (error) {
      work = Promise.reject(error);
    }
    running = work.catch(onError).finally(() => {
      running = undefined;
      if (!isActive()) return;
      const next = pending;
      pending = undefined;
      if (next !== undefined) run(next);
      else cancelPeriodic = clock.setTimer(networkCheckDelay('periodic', settings), () => request('periodic'));
    });
  };

  const request = (reason: NetworkCheckReason) => {
    if (!isActive()) return;
    if (reason === 'probe-failed' && !shouldCheckNetworkAfterFailure(history(), clock.now(), settings)) return;
    if (running !== undefined) {
      if (reason !== 'probe-failed' && reason !== 'periodic') pending = reason;
      return;
    }
    run(reason);
  };

  return {
    request,
    requestLater(reason) {
      cancelDelayed?.();
      cancelDelayed = clock.setTimer(networkCheckDelay(reason, settings), () => {
        cancelDelayed = undefined;
        request(reason);
      });
    },
    halt() {
      cancelPeriodic?.();
      cancelDelayed?.();
      cancelPeriodic = cancelDelayed = undefined;
      pending = undefined;
    },
    history,
    inFlight: () => running !== undefined,
    idle: async () => {
      while (running !== undefined) await running;
    },
  };
}
