import { parseConfig } from '../../config/load-config.ts';
import type { NetworkEvidence } from '../../network/network-evidence.ts';
import type { ProbeOutcome } from '../../probe/probe-result.ts';
import type { StatusPageReading } from '../../status-page/status-page-reading.ts';
import { clockDelay } from '../clock/monitor-clock.ts';
import { createRandom } from '../clock/seeded-random.ts';
import { createSimulatedClock, type SimulatedClock } from '../clock/simulated-clock.ts';
import { createMonitor } from '../create-monitor.ts';
import type { MonitorEvent } from './monitor-event.ts';
import type { Monitor, MonitorDependencies } from './monitor-types.ts';

/**
 * A fake world for `createMonitor` on a simulated clock: probes, status
 * pages and the local network diagnosis answer from functions of time, and
 * take simulated time to do it (a silent failure takes the whole probe
 * timeout), so the real scheduler, state machine and policy run a day in
 * well under a second. Used by the replay tests and the detection-latency
 * bench; nothing in it touches the network.
 */
export interface SimulatedWorld {
  /** What a probe started `t` ms after the start finds. */
  readonly outcomeAt: (t: number) => ProbeOutcome;
  /** Whether the user's own network is broken at `t`. */
  readonly localProblemAt?: (t: number) => boolean;
  /** What the status page says at `t`; without it, services have no page. */
  readonly statusPageAt?: (t: number) => StatusPageReading;
}

/** 2026-11-21T00:00:00Z: where simulated worlds start unless told otherwise. */
export const WORLD_START = Date.parse('2026-11-21T00:00:00.000Z');

const SILENT: ReadonlySet<ProbeOutcome> = new Set(['timeout', 'connect-timeout']);
// Simulated durations of the world's answers.
const ANSWER_MS = 150;
const STATUS_PAGE_MS = 300;
const NETWORK_CHECK_MS = 1_500;

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

/** Where and how a world starts. */
export interface StartWorldOptions {
  /** Seeds the monitor's jitter; 7 by default. */
  readonly seed?: number;
  /** The simulated instant `t = 0`; {@link WORLD_START} by default. */
  readonly startAt?: number;
  /** Hears every event as it happens (besides `events`). */
  readonly onEvent?: (event: MonitorEvent) => void;
}

/** Starts a monitor of one service (`chat`) in `world`, at default settings. */
export function startSimulatedWorld(world: SimulatedWorld, options: StartWorldOptions = {}): RunningWorld {
  const startAt = options.startAt ?? WORLD_START;
  const clock = createSimulatedClock({ startAt });
  const events: MonitorEvent[] = [];
  let probes = 0;
  const since = () => clock.now() - startAt;
  const deps: MonitorDependencies = {
    clock,
    random: createRandom(options.seed ?? 7),
    timeZone: 'UTC',
    probe: async (target, probeOptions) => {
      probes += 1;
      const outcome = world.outcomeAt(since());
      const tookMs = SILENT.has(outcome) ? probeOptions.timeoutMs : ANSWER_MS;
      await clockDelay(clock, tookMs);
      return { url: target.url, method: target.method, outcome, timings: { totalMs: tookMs } };
    },
    readStatusPage: async (spec) => {
      await clockDelay(clock, STATUS_PAGE_MS);
      return world.statusPageAt?.(since()) ?? { ok: false, sourceUrl: spec.url, problem: { kind: 'unreachable', message: 'no page in this world' } };
    },
    diagnoseNetwork: async () => {
      await clockDelay(clock, NETWORK_CHECK_MS);
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
  const monitor = createMonitor({
    services: config.services ?? [],
    config,
    deps,
    onEvent: (event) => {
      events.push(event);
      options.onEvent?.(event);
    },
  });
  monitor.start();
  return { clock, monitor, events, probes: () => probes };
}

/** The notifications among `events`. */
export function notificationsIn(events: readonly MonitorEvent[]) {
  return events.flatMap((event) => (event.type === 'notification' ? [event.notification] : []));
}
