import type { CancelTimer } from '../clock/monitor-clock.ts';
import { jittered, staggerOffsets } from './jitter.ts';
import { createNetworkCheckRunner } from './network-check-runner.ts';
import { INITIAL_SERVICE_SCHEDULE, nextProbeDelay, probePhase, recordProbeOutcome } from './probe-timing.ts';
import type { ProbeOutcomeSummary, ServiceSchedule } from './probe-timing.ts';
import { DEFAULT_SCHEDULER_SETTINGS } from './scheduler-settings.ts';
import type { PauseReason, ScheduledService, Scheduler, SchedulerOptions, SchedulerSnapshot } from './scheduler-types.ts';
import { INITIAL_PAGE_SCHEDULE, nextStatusPageDelay, recordPollResult } from './status-page-timing.ts';
import type { PageSchedule, PollSummary } from './status-page-timing.ts';
import { createTaskQueue } from './task-queue.ts';

/** Default for {@link SchedulerOptions.concurrency}. */
export const DEFAULT_SCHEDULER_CONCURRENCY = 6;

interface Timed {
  cancel: CancelTimer | undefined;
  nextAt: number | undefined;
  task: 'idle' | 'queued' | 'running';
  /** Starts this entry's task through the queue. */
  readonly dispatch: () => void;
}

interface ServiceEntry extends Timed {
  readonly id: string;
  pageKey: string | undefined;
  schedule: ServiceSchedule;
}

interface PageEntry extends Timed {
  readonly key: string;
  readonly subscribers: Set<string>;
  schedule: PageSchedule;
}

/**
 * The monitor's timer driver. It decides only WHEN: per-service probe
 * timers (see `nextProbeDelay`), one poll timer per distinct status page
 * (see `nextStatusPageDelay`), network checks (start, resume, online/offline,
 * periodic, failed probe), pause/resume and a bounded queue for probes and
 * polls. What a result means is the task's business: the scheduler only reads
 * the summaries the tasks return.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { clock, random, tasks, settings = DEFAULT_SCHEDULER_SETTINGS, onTaskError = () => undefined } = options;
  const queue = createTaskQueue(options.concurrency ?? DEFAULT_SCHEDULER_CONCURRENCY);
  const services = new Map<string, ServiceEntry>();
  const pages = new Map<string, PageEntry>();
  const pausedFor = new Set<PauseReason>();
  let lifecycle: 'idle' | 'running' | 'stopped' = 'idle';
  let lastOnline: boolean | undefined;
  let stopped: Promise<void> | undefined;

  const active = () => lifecycle === 'running' && pausedFor.size === 0;
  const network = createNetworkCheckRunner({
    clock,
    settings,
    isActive: active,
    check: (reason) => tasks.checkNetwork(reason),
    onError: (error) => onTaskError('network', 'network', error),
  });

  const disarm = (entry: Timed) => {
    entry.cancel?.();
    entry.cancel = entry.nextAt = undefined;
  };

  const arm = (entry: Timed, delayMs: number) => {
    disarm(entry);
    entry.nextAt = clock.now() + delayMs;
    entry.cancel = clock.setTimer(delayMs, () => {
      entry.cancel = entry.nextAt = undefined;
      entry.dispatch();
    });
  };

  /** Arms idle entries at spread-out offsets, never moving a sooner timer later. */
  const stagger = (entries: readonly Timed[], windowMs: number, afterMs: number) => {
    const idle = entries.filter((entry) => entry.task === 'idle');
    const offsets = staggerOffsets(idle.length, windowMs, random);
    idle.forEach((entry, i) => {
      const delay = afterMs + (offsets[i] ?? 0);
      if (entry.nextAt === undefined || entry.nextAt > clock.now() + delay) arm(entry, delay);
    });
  };

  const enqueue = (entry: Timed, kind: 'probe' | 'poll', key: string, run: () => Promise<void>) => {
    if (!active() || entry.task !== 'idle') return;
    entry.task = 'queued';
    queue.enqueue(async () => {
      // Dropped while it waited (pause, stop, removal): nothing to run.
      if (entry.task !== 'queued') return;
      entry.task = 'running';
      try {
        await run();
      } catch (error) {
        onTaskError(kind, key, error);
      } finally {
        if (entry.task === 'running') entry.task = 'idle';
      }
    });
  };

  const probe = async (entry: ServiceEntry) => {
    let summary: ProbeOutcomeSummary | undefined;
    try {
      summary = await tasks.probeService(entry.id);
    } catch (error) {
      onTaskError('probe', entry.id, error);
    }
    entry.task = 'idle';
    if (services.get(entry.id) !== entry) return;
    if (summary !== undefined) {
      entry.schedule = recordProbeOutcome(entry.schedule, summary);
      if (summary.failed) network.request('probe-failed');
    }
    if (!active()) return;
    // A task that threw says nothing about the service: the normal interval, so a bug cannot make it hammer.
    const delay =
      summary === undefined
        ? Math.max(settings.minDelayMs, jittered(settings.probeIntervalMs, settings.probeJitterRatio, random))
        : nextProbeDelay(entry.schedule, settings, random);
    arm(entry, delay);
  };

  const poll = async (entry: PageEntry) => {
    let result: PollSummary;
    try {
      result = await tasks.pollStatusPage(entry.key);
    } catch (error) {
      onTaskError('poll', entry.key, error);
      result = { ok: false };
    }
    entry.task = 'idle';
    if (pages.get(entry.key) !== entry) return;
    entry.schedule = recordPollResult(entry.schedule, result);
    if (active()) arm(entry, nextStatusPageDelay(entry.schedule, result, settings, random));
  };

  const newService = (id: string): ServiceEntry => {
    const entry: ServiceEntry = {
      id,
      pageKey: undefined,
      schedule: INITIAL_SERVICE_SCHEDULE,
      cancel: undefined,
      nextAt: undefined,
      task: 'idle',
      dispatch: () => {
        if (services.get(id) === entry) enqueue(entry, 'probe', id, () => probe(entry));
      },
    };
    return entry;
  };

  const newPage = (key: string): PageEntry => {
    const entry: PageEntry = {
      key,
      subscribers: new Set(),
      schedule: INITIAL_PAGE_SCHEDULE,
      cancel: undefined,
      nextAt: undefined,
      task: 'idle',
      dispatch: () => {
        if (pages.get(key) === entry) enqueue(entry, 'poll', key, () => poll(entry));
      },
    };
    return entry;
  };

  /** Subscribes a service to a page; returns the page if it is new. */
  const subscribe = (key: string | undefined, serviceId: string): PageEntry | undefined => {
    if (key === undefined) return undefined;
    const existing = pages.get(key);
    if (existing !== undefined) {
      existing.subscribers.add(serviceId);
      return undefined;
    }
    const page = newPage(key);
    page.subscribers.add(serviceId);
    pages.set(key, page);
    return page;
  };

  const unsubscribe = (key: string | undefined, serviceId: string) => {
    const page = key === undefined ? undefined : pages.get(key);
    if (page === undefined) return;
    page.subscribers.delete(serviceId);
    if (page.subscribers.size > 0) return;
    disarm(page);
    pages.delete(page.key);
  };

  const applyServices = (list: readonly ScheduledService[]) => {
    const wanted = new Map(list.map((service) => [service.id, service]));
    for (const [id, entry] of services) {
      if (wanted.has(id)) continue;
      disarm(entry);
      services.delete(id);
      unsubscribe(entry.pageKey, id);
    }
    const added: Timed[] = [];
    const addedPages: Timed[] = [];
    for (const service of wanted.values()) {
      let entry = services.get(service.id);
      if (entry === undefined) {
        entry = newService(service.id);
        services.set(service.id, entry);
        added.push(entry);
      }
      if (entry.pageKey === service.statusPageKey) continue;
      unsubscribe(entry.pageKey, entry.id);
      entry.pageKey = service.statusPageKey;
      const page = subscribe(entry.pageKey, entry.id);
      if (page !== undefined) addedPages.push(page);
    }
    return { added, addedPages };
  };

  const haltTimers = () => {
    for (const entry of [...services.values(), ...pages.values()]) {
      disarm(entry);
      if (entry.task === 'queued') entry.task = 'idle';
    }
    queue.clearQueued();
    network.halt();
  };

  const startFlow = () => {
    network.request('start');
    stagger([...services.values()], settings.startStaggerMs, 0);
    stagger([...pages.values()], settings.startStaggerMs, 0);
  };

  const resumeFlow = () => {
    network.requestLater('resume');
    stagger([...services.values()], settings.resumeStaggerMs, settings.resumeSettleMs);
    stagger([...pages.values()], settings.resumeStaggerMs, settings.resumeSettleMs);
  };

  if (options.services !== undefined) applyServices(options.services);

  return {
    start() {
      if (lifecycle === 'stopped') throw new Error('the scheduler was stopped; make a new one');
      if (lifecycle === 'running') return;
      lifecycle = 'running';
      if (active()) startFlow();
    },
    pause(reason) {
      if (lifecycle === 'stopped') return;
      const wasActive = active();
      pausedFor.add(reason);
      if (wasActive) haltTimers();
    },
    resume(reason) {
      if (pausedFor.delete(reason) && active()) resumeFlow();
    },
    onOnlineChange(online) {
      if (online === lastOnline) return;
      lastOnline = online;
      if (!active()) return;
      network.request(online ? 'online' : 'offline');
      if (!online) return;
      // Back online: what failed while offline gets a fresh look once the network settles, not at its backoff.
      const troubled = [...services.values()].filter((s) => s.schedule.consecutiveFailures > 0 || s.schedule.inOutage);
      stagger(troubled, settings.resumeStaggerMs, settings.resumeSettleMs);
      stagger([...pages.values()].filter((p) => p.schedule.consecutiveErrors > 0), settings.resumeStaggerMs, settings.resumeSettleMs);
    },
    setServices(list) {
      if (lifecycle === 'stopped') return;
      const { added, addedPages } = applyServices(list);
      if (!active()) return;
      stagger(added, settings.startStaggerMs, 0);
      stagger(addedPages, settings.startStaggerMs, 0);
    },
    probeSoon(serviceIds, withinMs = settings.resumeStaggerMs) {
      if (!active()) return;
      const chosen = serviceIds === undefined ? [...services.values()] : serviceIds.flatMap((id) => services.get(id) ?? []);
      stagger(chosen, withinMs, 0);
    },
    stop() {
      if (stopped !== undefined) return stopped;
      lifecycle = 'stopped';
      haltTimers();
      stopped = Promise.all([queue.idle(), network.idle()]).then(() => undefined);
      return stopped;
    },
    snapshot(): SchedulerSnapshot {
      return {
        lifecycle,
        pausedFor: [...pausedFor],
        running: queue.running(),
        queued: queue.queued(),
        networkCheckRunning: network.inFlight(),
        services: [...services.values()].map((s) => ({ id: s.id, phase: probePhase(s.schedule, settings), nextAt: s.nextAt, task: s.task })),
        pages: [...pages.values()].map((p) => ({
          key: p.key,
          serviceIds: [...p.subscribers],
          consecutiveErrors: p.schedule.consecutiveErrors,
          nextAt: p.nextAt,
          task: p.task,
        })),
      };
    },
  };
}
