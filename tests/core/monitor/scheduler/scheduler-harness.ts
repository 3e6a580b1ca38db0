import { clockDelay } from '../../../../src/core/monitor/clock/monitor-clock.ts';
import { createRandom } from '../../../../src/core/monitor/clock/seeded-random.ts';
import { createSimulatedClock } from '../../../../src/core/monitor/clock/simulated-clock.ts';
import { createScheduler } from '../../../../src/core/monitor/scheduler/create-scheduler.ts';
import type { NetworkCheckReason } from '../../../../src/core/monitor/scheduler/network-check-timing.ts';
import type { ProbeOutcomeSummary } from '../../../../src/core/monitor/scheduler/probe-timing.ts';
import type { SchedulerSettings } from '../../../../src/core/monitor/scheduler/scheduler-settings.ts';
import type { ScheduledService } from '../../../../src/core/monitor/scheduler/scheduler-types.ts';
import type { PollSummary } from '../../../../src/core/monitor/scheduler/status-page-timing.ts';

/** What the fake tasks saw, with times relative to the start of the run. */
export interface TaskLog {
  probes: { id: string; at: number }[];
  polls: { key: string; at: number }[];
  checks: { reason: NetworkCheckReason; at: number }[];
}

export interface HarnessOptions {
  services: readonly ScheduledService[];
  settings?: SchedulerSettings;
  concurrency?: number;
  seed?: number;
  /** Simulated time each probe takes. */
  probeMs?: number;
  pollMs?: number;
  checkMs?: number;
  /** The summary of a probe; healthy by default. `n` counts this service's probes from 1. */
  probe?: (id: string, n: number) => ProbeOutcomeSummary;
  poll?: (key: string, n: number) => PollSummary;
}

/** A scheduler on a simulated clock with recording fake tasks. */
export function schedulerHarness(options: HarnessOptions) {
  const clock = createSimulatedClock();
  const t0 = clock.now();
  const log: TaskLog = { probes: [], polls: [], checks: [] };
  const counts = new Map<string, number>();
  const count = (key: string) => {
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return n;
  };
  let inFlight = 0;
  let maxInFlight = 0;
  const enter = () => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
  };
  const healthy: ProbeOutcomeSummary = { failed: false, inOutage: false };

  const scheduler = createScheduler({
    clock,
    random: createRandom(options.seed ?? 1),
    services: options.services,
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    tasks: {
      async probeService(id) {
        const n = count(`probe:${id}`);
        log.probes.push({ id, at: clock.now() - t0 });
        enter();
        try {
          if (options.probeMs) await clockDelay(clock, options.probeMs);
          return options.probe?.(id, n) ?? healthy;
        } finally {
          inFlight--;
        }
      },
      async pollStatusPage(key) {
        const n = count(`poll:${key}`);
        log.polls.push({ key, at: clock.now() - t0 });
        enter();
        try {
          if (options.pollMs) await clockDelay(clock, options.pollMs);
          return options.poll?.(key, n) ?? { ok: true };
        } finally {
          inFlight--;
        }
      },
      async checkNetwork(reason) {
        log.checks.push({ reason, at: clock.now() - t0 });
        if (options.checkMs) await clockDelay(clock, options.checkMs);
      },
    },
  });

  return {
    clock,
    scheduler,
    log,
    t0,
    inFlight: () => inFlight,
    maxInFlight: () => maxInFlight,
    probesOf: (id: string) => log.probes.filter((p) => p.id === id).map((p) => p.at),
  };
}

/** `n` services named s0…s(n−1), without status pages. */
export function services(n: number): ScheduledService[] {
  return Array.from({ length: n }, (_, i) => ({ id: `s${i}` }));
}

/** The gaps between consecutive times. */
export function gaps(times: readonly number[]): number[] {
  return times.slice(1).map((t, i) => t - times[i]!);
}
