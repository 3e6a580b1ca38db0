import type { MonitorClock } from '../clock/monitor-clock.ts';
import type { RandomSource } from '../clock/seeded-random.ts';
import type { NetworkCheckReason } from './network-check-timing.ts';
import type { ProbePhase, ProbeOutcomeSummary } from './probe-timing.ts';
import type { SchedulerSettings } from './scheduler-settings.ts';
import type { PollSummary } from './status-page-timing.ts';

/** One service as the scheduler sees it. */
export interface ScheduledService {
  readonly id: string;
  /** Services with the same key share one poll; see `statusPageKey`. */
  readonly statusPageKey?: string | undefined;
}

/**
 * The work the scheduler times. Each task should settle on its own (probes
 * and checks have their own timeouts). A probe task that rejects is reported
 * to `onTaskError` and leaves the service's schedule as it was, on the normal
 * interval; a poll task that rejects counts as a failed poll.
 */
export interface SchedulerTasks {
  probeService(serviceId: string): Promise<ProbeOutcomeSummary>;
  pollStatusPage(pageKey: string): Promise<PollSummary>;
  checkNetwork(reason: NetworkCheckReason): Promise<void>;
}

/** Why the scheduler is paused; each reason is lifted separately. */
export type PauseReason = 'system-sleep' | 'user';

/** Which kind of task failed, for {@link SchedulerOptions.onTaskError}. */
export type SchedulerTaskKind = 'probe' | 'poll' | 'network';

/** What {@link createScheduler} needs. */
export interface SchedulerOptions {
  readonly clock: MonitorClock;
  readonly random: RandomSource;
  readonly tasks: SchedulerTasks;
  /** {@link DEFAULT_SCHEDULER_SETTINGS} when left out. */
  readonly settings?: SchedulerSettings;
  /** At most this many probes and polls run at once (network checks are apart); 6 by default. */
  readonly concurrency?: number;
  /** The services to watch; can be changed later with `setServices`. */
  readonly services?: readonly ScheduledService[];
  /** Hears about tasks that rejected; by default they are ignored. */
  readonly onTaskError?: (kind: SchedulerTaskKind, key: string, error: unknown) => void;
}

/** The scheduler's view of one service, for status displays and tests. */
export interface ServiceTimingSnapshot {
  readonly id: string;
  readonly phase: ProbePhase;
  /** When its next probe is due, if one is set (none while paused or while a probe is queued or running). */
  readonly nextAt: number | undefined;
  readonly task: 'idle' | 'queued' | 'running';
}

/** The scheduler's view of one status page. */
export interface PageTimingSnapshot {
  readonly key: string;
  readonly serviceIds: readonly string[];
  readonly consecutiveErrors: number;
  readonly nextAt: number | undefined;
  readonly task: 'idle' | 'queued' | 'running';
}

/** Everything the scheduler knows about its own timing. */
export interface SchedulerSnapshot {
  readonly lifecycle: 'idle' | 'running' | 'stopped';
  readonly pausedFor: readonly PauseReason[];
  readonly running: number;
  readonly queued: number;
  readonly networkCheckRunning: boolean;
  readonly services: readonly ServiceTimingSnapshot[];
  readonly pages: readonly PageTimingSnapshot[];
}

/** The monitor's timer driver; see `createScheduler`. */
export interface Scheduler {
  /** Starts: a network check at once, probes and polls spread over `startStaggerMs`. Throws after `stop()`. */
  start(): void;
  /** Stops every timer for `reason`; running tasks finish, their results are kept. */
  pause(reason: PauseReason): void;
  /**
   * Lifts `reason`. When no reason is left: after `resumeSettleMs`, one
   * network check, and probes and polls spread over `resumeStaggerMs`.
   */
  resume(reason: PauseReason): void;
  /**
   * The OS says the machine went on- or offline: check the network now; back
   * online, look again (after the settle, spread out) at the services and
   * pages that were failing. A report while idle or paused is only noted:
   * the start or resume check covers it.
   */
  onOnlineChange(online: boolean): void;
  /** Replaces the watched services; unchanged ones keep their timers and history. */
  setServices(services: readonly ScheduledService[]): void;
  /**
   * Probes these services (all by default) within `withinMs` (default
   * `resumeStaggerMs`), spread out; never delays a sooner probe, and skips a
   * service whose probe is already queued or running. For "check now".
   */
  probeSoon(serviceIds?: readonly string[], withinMs?: number): void;
  /** Cancels everything; resolves when running tasks have ended. Final. */
  stop(): Promise<void>;
  snapshot(): SchedulerSnapshot;
}
