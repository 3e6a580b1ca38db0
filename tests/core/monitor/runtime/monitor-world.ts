import { parseConfig } from '../../../../src/core/config/load-config.ts';
import { clockDelay } from '../../../../src/core/monitor/clock/monitor-clock.ts';
import { createRandom } from '../../../../src/core/monitor/clock/seeded-random.ts';
import { createSimulatedClock, type SimulatedClock } from '../../../../src/core/monitor/clock/simulated-clock.ts';
import { createMonitor } from '../../../../src/core/monitor/create-monitor.ts';
import type { MonitorEvent } from '../../../../src/core/monitor/runtime/monitor-event.ts';
import type { Monitor, MonitorDependencies } from '../../../../src/core/monitor/runtime/monitor-types.ts';
import type { NetworkEvidence } from '../../../../src/core/network/network-evidence.ts';
import type { ProbeOutcome } from '../../../../src/core/probe/probe-result.ts';
import type { StatusPageReading } from '../../../../src/core/status-page/status-page-reading.ts';

/**
 * A fake world for `createMonitor` on a simulated clock: probes, status
 * pages and the local network diagnosis answer from functions of time, and
 * take simulated time to do it (a silent failure takes the whole probe
 * timeout), so the real scheduler, state machine and policy run a day in
 * well under a second.
 */

export interface MonitorWorld {
  /** What a probe started `t` ms after the start finds. */
  readonly outcomeAt: (t: number) => ProbeOutcome;
  /** Whether the user's own network is broken at `t`. */
  readonly localProblemAt?: (t: number) => boolean;
  /** What the status page says at `t`; without it, services have no page. */
  readonly statusPageAt?: (t: number) => StatusPageReading;
}

export const WORLD_START = Date.parse('2026-11-21T00:00:00.000Z');

const SILENT: ReadonlySet<ProbeOutcome> = new Set(['timeout', 'connect-timeout']);

/** The network evidence a diagnosis would gather: control sites answering, or silence beyond the router. */
export function evidenceFor(localProblem: boolean): NetworkEvidence {
  return {
    internet: {
      completed: true,
      controls: [{ url: 'https://control.test/', ok: !localProblem, outcome: localProblem ? 'connect-timeout' : 'ok' }],
      resolversAnswering: [],
    },
  };
}

/** A running world: the monitor, its clock, and everything it reported. */
export interface RunningWorld {
  readonly clock: SimulatedClock;
  readonly monitor: Monitor;
  readonly events: MonitorEvent[];
  /** Probe rounds started so far. */
  probes(): number;
}

/** Starts a monitor of one service (`chat`) in `world`. */
export function startWorld(world: MonitorWorld, seed = 7): RunningWorld {
  const clock = createSimulatedClock({ startAt: WORLD_START });
  const events: MonitorEvent[] = [];
  let probes = 0;
  const since = () => clock.now() - WORLD_START;
  const deps: MonitorDependencies = {
    clock,
    random: createRandom(seed),
    timeZone: 'UTC',
    probe: async (target, options) => {
      probes += 1;
      const outcome = world.outcomeAt(since());
      await clockDelay(clock, SILENT.has(outcome) ? options.timeoutMs : 150);
      return { url: target.url, method: target.method, outcome, timings: { totalMs: SILENT.has(outcome) ? options.timeoutMs : 150 } };
    },
    readStatusPage: async (spec) => {
      await clockDelay(clock, 300);
      return world.statusPageAt?.(since()) ?? { ok: false, sourceUrl: spec.url, problem: { kind: 'unreachable', message: 'no page in this world' } };
    },
    diagnoseNetwork: async () => {
      await clockDelay(clock, 1_500);
      return evidenceFor(world.localProblemAt?.(since()) ?? false);
    },
  };
  const config = parseConfig({
    services: [
      {
        id: 'chat',
        name: 'Chat',
        probes: [{ url: 'https://chat.test/' }],
        ...(world.statusPageAt ? { statusPage: { provider: 'statuspage', url: 'https://status.chat.test' } } : {}),
      },
    ],
    network: { publicResolvers: [], dohResolvers: [], connectivityChecks: [], controlUrls: ['https://control.test/'], gateway: '127.0.0.1' },
  });
  const monitor = createMonitor({ services: config.services ?? [], config, deps, onEvent: (event) => events.push(event) });
  monitor.start();
  return { clock, monitor, events, probes: () => probes };
}

/** The notifications among `events`. */
export function notificationsIn(events: readonly MonitorEvent[]) {
  return events.flatMap((event) => (event.type === 'notification' ? [event.notification] : []));
}
