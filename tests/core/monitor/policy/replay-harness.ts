import { DEFAULT_MONITOR_SETTINGS } from '../../../../src/core/monitor/monitor-settings.ts';
import { decideNotifications } from '../../../../src/core/monitor/policy/decide-notifications.ts';
import type { Notification } from '../../../../src/core/monitor/policy/notification.ts';
import type { PolicyEvent } from '../../../../src/core/monitor/policy/policy-event.ts';
import { INITIAL_NOTIFICATION_POLICY_STATE } from '../../../../src/core/monitor/policy/policy-state.ts';
import { nextServiceState, type ServiceMonitorEvent } from '../../../../src/core/monitor/state/next-service-state.ts';
import { initialServiceMonitorState } from '../../../../src/core/monitor/state/service-monitor-state.ts';
import type { ServiceTransition } from '../../../../src/core/monitor/state/service-transition.ts';
import type { ProbeOutcome } from '../../../../src/core/probe/probe-result.ts';
import { createRandom } from '../../../../src/core/monitor/clock/seeded-random.ts';

/**
 * A minimal stand-in for the scheduler, enough to replay a day through the
 * state machine and the policy on a fake clock: a probe every 60 s ±10 %,
 * confirmation probes 5 s and 10 s after a failure, 30 s backing off to
 * 120 s during an outage, and a network check (answering 3 s later) every
 * 5 min and after each failed probe. Probes carry what the last finished
 * network check said, as the real monitor does — stale at the very start of
 * a local problem.
 */

export interface ReplayWorld {
  /** What a probe started at `t` (ms since the start) finds. */
  readonly outcomeAt: (t: number, probeIndex: number) => ProbeOutcome;
  /** Whether the user's own network is broken at `t`. */
  readonly localProblemAt: (t: number) => boolean;
}

export interface ReplayResult {
  readonly notifications: readonly Notification[];
  readonly transitions: readonly ServiceTransition[];
}

/** The monitor's own seeded random source, so a replay is the same every run. */
export const seededRandom = createRandom;

export const REPLAY_START = Date.parse('2026-11-21T00:00:00.000Z');

export function replay(world: ReplayWorld, durationMs: number, seed = 1): ReplayResult {
  const settings = DEFAULT_MONITOR_SETTINGS;
  const random = seededRandom(seed);
  let service = initialServiceMonitorState('chat', REPLAY_START);
  let policy = INITIAL_NOTIFICATION_POLICY_STATE;
  const notifications: Notification[] = [];
  const transitions: ServiceTransition[] = [];
  let knownProblem = false;
  let probeIndex = 0;
  let outageDelay = settings.probe.outageIntervalMs;
  type Timer = 'probe' | 'periodic-check' | 'network-result';
  const timers: { at: number; what: Timer }[] = [
    { at: 0, what: 'periodic-check' },
    { at: 1_000, what: 'probe' },
  ];
  let pendingConfirmations: number[] = [];

  const decide = (t: number, events: PolicyEvent[]) => {
    const decision = decideNotifications(events, policy, settings, REPLAY_START + t, 'UTC');
    policy = decision.policyState;
    notifications.push(...decision.notifications);
  };
  const step = (t: number, event: ServiceMonitorEvent): PolicyEvent[] => {
    const result = nextServiceState(service, event, settings);
    service = result.state;
    transitions.push(...result.transitions);
    return [...result.transitions, ...result.incidentChanges];
  };
  const schedule = (at: number, what: Timer) => {
    timers.push({ at, what });
    timers.sort((a, b) => a.at - b.at);
  };
  const jittered = (ms: number) => ms * (1 + (random() * 2 - 1) * settings.probe.jitterRatio);

  while (timers.length > 0 && timers[0]!.at <= durationMs) {
    const { at: t, what } = timers.shift()!;
    if (what === 'periodic-check') {
      schedule(t + 3_000, 'network-result');
      schedule(t + settings.network.intervalMs, 'periodic-check');
      continue;
    }
    if (what === 'network-result') {
      const problem = world.localProblemAt(t);
      const events: PolicyEvent[] = [];
      if (problem !== knownProblem) {
        knownProblem = problem;
        events.push(...step(t, { kind: 'network', at: REPLAY_START + t, localProblem: problem }));
        events.push(problem ? { kind: 'local-problem-started', networkState: 'router-unreachable' } : { kind: 'local-problem-cleared' });
      }
      decide(t, events);
      continue;
    }

    const outcome = world.outcomeAt(t, probeIndex);
    probeIndex += 1;
    const events = step(t, {
      kind: 'probe',
      at: REPLAY_START + t,
      results: [{ url: 'https://chat.example/', method: 'HEAD', outcome, timings: { totalMs: 150 } }],
      network: knownProblem ? 'problem' : 'healthy',
    });
    decide(t, events);

    const failed = !['ok', 'auth-required', 'challenge', 'rate-limited'].includes(outcome);
    // The network check a failed probe triggers answers 3 s later, before the first confirmation.
    if (failed) schedule(t + 3_000, 'network-result');
    if (service.state === 'outage' || service.outage) {
      pendingConfirmations = [];
      schedule(t + outageDelay, 'probe');
      outageDelay = failed ? Math.min(outageDelay * settings.probe.outageBackoffFactor, settings.probe.outageMaxIntervalMs) : settings.probe.outageIntervalMs;
      continue;
    }
    outageDelay = settings.probe.outageIntervalMs;
    if (failed && pendingConfirmations.length === 0 && service.counters.failures === 1) {
      pendingConfirmations = settings.probe.confirmationOffsetsMs.map((offset) => t + offset);
    }
    if (!failed) pendingConfirmations = [];
    const next = pendingConfirmations.shift();
    schedule(next ?? t + jittered(settings.probe.intervalMs), 'probe');
  }
  return { notifications, transitions };
}
