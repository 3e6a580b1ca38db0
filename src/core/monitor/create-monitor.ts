import { classifyOutcome } from '../assessment/service-state.ts';
import { decideNetworkState, type ServiceProbeSignal } from '../network/decide-network-state.ts';
import type { NetworkEvidence } from '../network/network-evidence.ts';
import { isLocalNetworkProblem, type NetworkState } from '../network/network-report.ts';
import type { ProbeResult } from '../probe/probe-result.ts';
import type { OfficialStatus } from '../status-page/official-status.ts';
import { decideVerdict, type VerdictDecision } from '../verdict/decide-verdict.ts';
import { DEFAULT_MONITOR_SETTINGS } from './monitor-settings.ts';
import { decideNotifications } from './policy/decide-notifications.ts';
import type { PolicyEvent } from './policy/policy-event.ts';
import { INITIAL_NOTIFICATION_POLICY_STATE } from './policy/policy-state.ts';
import type { MonitorEvent } from './runtime/monitor-event.ts';
import { NO_RECORDER } from './runtime/monitor-recorder.ts';
import type { Monitor, MonitorOptions, MonitorSnapshot } from './runtime/monitor-types.ts';
import { networkAtProbe, type NetworkCheckRecord } from './runtime/network-at-probe.ts';
import { createStatusPagePoller } from './runtime/status-page-poller.ts';
import { createScheduler } from './scheduler/create-scheduler.ts';
import type { ProbeOutcomeSummary } from './scheduler/probe-timing.ts';
import { schedulerSettingsFrom } from './scheduler/scheduler-settings-from-monitor.ts';
import type { NetworkCheckReason } from './scheduler/network-check-timing.ts';
import { statusPageKey } from './scheduler/status-page-key.ts';
import type { PollSummary } from './scheduler/status-page-timing.ts';
import { nextServiceState, type ServiceMonitorEvent } from './state/next-service-state.ts';
import { initialServiceMonitorState, type ServiceMonitorState } from './state/service-monitor-state.ts';

const answered = (result: ProbeResult) => {
  const outcomeClass = classifyOutcome(result.outcome);
  return outcomeClass === 'up' || outcomeClass === 'rate-limited';
};

const sameVerdict = (a: VerdictDecision, b: VerdictDecision) => a.kind === b.kind && a.serviceIds.join('\n') === b.serviceIds.join('\n');

/**
 * The monitor: the scheduler decides when, and this wires its tasks to the
 * engine. A probe round (every URL of a service, in parallel) goes through
 * the state machine; a status-page poll (one per page, conditional, narrowed
 * per service) too; a network check becomes the local-network state every
 * service and the notification policy hear of. Every batch of changes goes
 * to the notification policy (each probe round calls it, so held alerts and
 * reminders go out on time), and everything noticeable comes out of
 * `onEvent` as a {@link MonitorEvent}. The same code runs in the app, in
 * `status-doctor watch` and, on a simulated clock, in the replay tests.
 */
export function createMonitor(options: MonitorOptions): Monitor {
  const { services, config, deps } = options;
  const settings = options.settings ?? DEFAULT_MONITOR_SETTINGS;
  const { clock, timeZone } = deps;
  const recorder = deps.recorder ?? NO_RECORDER;
  const specs = new Map(services.map((service) => [service.id, service]));
  const states = new Map<string, ServiceMonitorState>(services.map((service) => [service.id, initialServiceMonitorState(service.id, clock.now())]));
  const lastResults = new Map<string, readonly ProbeResult[]>();
  const lastProbedAt = new Map<string, number>();
  const lastOfficial = new Map<string, OfficialStatus | 'unavailable'>();
  let lastEvidence: NetworkEvidence | undefined;
  const abort = new AbortController();
  let policy = INITIAL_NOTIFICATION_POLICY_STATE;
  let network: NetworkCheckRecord | undefined;
  let networkCheckedAt: number | undefined;
  /** The local problem the policy was told of, while there is one. */
  let localProblem: NetworkState | undefined;

  const emit = (event: MonitorEvent) => {
    try {
      options.onEvent(event);
    } catch {
      // A listener's bug must not stop the monitor; it is told not to throw.
    }
  };

  const computeVerdict = (): VerdictDecision =>
    decideVerdict({
      networkState: network?.decision.state ?? 'unknown',
      services: [...states.values()].map((state) => ({
        id: state.serviceId,
        assessment: {
          state: state.state,
          reasons: [],
          rateLimited: (lastResults.get(state.serviceId) ?? []).some((result) => result.outcome === 'rate-limited'),
        },
      })),
    });
  let verdict = computeVerdict();

  const updateVerdict = () => {
    const next = computeVerdict();
    if (sameVerdict(next, verdict)) return;
    verdict = next;
    emit({ type: 'verdict', at: clock.now(), kind: next.kind, serviceIds: next.serviceIds });
  };

  /** Runs one event through a service's state machine; returns what the policy should hear. */
  const step = (serviceId: string, event: ServiceMonitorEvent): PolicyEvent[] => {
    const state = states.get(serviceId);
    if (state === undefined) return [];
    const baseline = deps.latencyBaseline?.(serviceId);
    const result = nextServiceState(state, event, settings, baseline ? { latencyBaseline: baseline } : {});
    states.set(serviceId, result.state);
    for (const transition of result.transitions) {
      recorder.recordTransition(transition);
      const { serviceId: id, from, to, at, reason, recovery } = transition;
      emit({ type: 'state', serviceId: id, from, to, at, reason, ...(recovery ? { recovery } : {}) });
    }
    for (const change of result.incidentChanges) {
      recorder.recordIncident(change);
      emit({
        type: 'incident',
        serviceId: change.serviceId,
        at: change.at,
        incident: change.incident,
        ...(change.kind === 'incident-opened'
          ? {
              change: 'opened' as const,
              alreadyOpen: change.alreadyOpen,
              ...(change.statusPageLagMs === undefined ? {} : { statusPageLagMs: change.statusPageLagMs }),
            }
          : { change: 'resolved' as const }),
      });
    }
    return [...result.transitions, ...result.incidentChanges];
  };

  const decide = (events: readonly PolicyEvent[]) => {
    const now = clock.now();
    const decision = decideNotifications(events, policy, settings, now, timeZone);
    policy = decision.policyState;
    for (const notification of decision.notifications) {
      recorder.recordNotification(notification);
      emit({ type: 'notification', at: now, notification });
    }
    updateVerdict();
  };

  const probeService = async (serviceId: string): Promise<ProbeOutcomeSummary> => {
    const spec = specs.get(serviceId);
    if (spec === undefined) return { failed: false, inOutage: false };
    const at = clock.now();
    const results = await Promise.all(
      spec.probes.map((probe) => deps.probe({ url: probe.url, method: probe.method }, { timeoutMs: settings.probe.timeoutMs, signal: abort.signal })),
    );
    // Stopped meanwhile: the probes were cancelled and say nothing about the service.
    if (abort.signal.aborted) return { failed: false, inOutage: false };
    lastResults.set(serviceId, results);
    lastProbedAt.set(serviceId, at);
    recorder.recordProbeRound({ serviceId, at, results });
    const before = states.get(serviceId);
    const proofNeededSince = before?.failureRunStartedAt ?? at;
    decide(step(serviceId, { kind: 'probe', at, results, network: networkAtProbe(network, proofNeededSince) }));
    return { failed: !results.some(answered), inOutage: states.get(serviceId)?.outage !== undefined };
  };

  const poller = createStatusPagePoller({
    services,
    read: deps.readStatusPage,
    timeoutMs: settings.probe.timeoutMs,
    now: () => clock.now(),
    signal: abort.signal,
  });

  const pollStatusPage = async (key: string): Promise<PollSummary> => {
    const poll = await poller.poll(key);
    if (abort.signal.aborted) return poll.summary;
    const at = clock.now();
    const serviceIds = poll.services.map((service) => service.serviceId);
    if (poll.becameUnreadable) {
      emit({ type: 'warning', code: 'status-page-unreadable', at, pageUrl: poll.pageUrl, serviceIds, problem: poll.becameUnreadable });
    } else if (poll.becameReadable) {
      emit({ type: 'warning', code: 'status-page-readable', at, pageUrl: poll.pageUrl, serviceIds });
    }
    for (const { serviceId, status } of poll.services) lastOfficial.set(serviceId, status);
    decide(poll.services.flatMap(({ serviceId, status }) => step(serviceId, { kind: 'official', at, status })));
    return poll.summary;
  };

  const checkNetwork = async (_reason: NetworkCheckReason): Promise<void> => {
    const startedAt = clock.now();
    const evidence = await deps
      .diagnoseNetwork({ network: config.network, services, timeoutMs: config.deadlineMs, signal: abort.signal })
      .catch((): NetworkEvidence => ({}));
    if (abort.signal.aborted) return;
    const signals: ServiceProbeSignal[] = [...lastResults.values()].flat().map((result) => ({
      url: result.url,
      outcome: result.outcome,
      ...(result.errorCode === undefined ? {} : { tlsErrorCode: result.errorCode }),
    }));
    const decision = decideNetworkState(evidence, signals);
    const previous = network?.decision;
    network = { startedAt, decision };
    lastEvidence = evidence;
    const at = clock.now();
    networkCheckedAt = at;
    recorder.recordNetwork({ at: startedAt, decision });
    if (previous === undefined || previous.state !== decision.state || previous.pathProven !== decision.pathProven) {
      emit({ type: 'network', at, state: decision.state, pathProven: decision.pathProven });
    }

    const events: PolicyEvent[] = [];
    const problem = isLocalNetworkProblem(decision.state);
    if (problem !== (localProblem !== undefined)) {
      for (const serviceId of states.keys()) events.push(...step(serviceId, { kind: 'network', at, localProblem: problem }));
    }
    if (problem && localProblem !== decision.state) {
      events.push({ kind: 'local-problem-started', networkState: decision.state });
      localProblem = decision.state;
    } else if (!problem && localProblem !== undefined) {
      events.push({ kind: 'local-problem-cleared' });
      localProblem = undefined;
    }
    decide(events);
  };

  const scheduler = createScheduler({
    clock,
    random: deps.random,
    settings: schedulerSettingsFrom(settings, options.schedulerOverrides),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    services: services.map((service) => ({ id: service.id, statusPageKey: service.statusPage ? statusPageKey(service.statusPage) : undefined })),
    tasks: { probeService, pollStatusPage, checkNetwork },
    onTaskError: (task, key, error) => {
      emit({ type: 'warning', code: 'task-failed', at: clock.now(), task, key, message: error instanceof Error ? error.message : String(error) });
    },
  });

  let stopped: Promise<void> | undefined;
  return {
    start: () => scheduler.start(),
    stop() {
      if (stopped !== undefined) return stopped;
      abort.abort();
      stopped = scheduler.stop();
      return stopped;
    },
    pause: (reason) => scheduler.pause(reason),
    resume: (reason) => scheduler.resume(reason),
    onOnlineChange: (online) => scheduler.onOnlineChange(online),
    checkNow: () => scheduler.probeSoon(undefined, 2_000),
    userAction: (action) => decide([action]),
    snapshot(): MonitorSnapshot {
      return {
        services: [...states.values()],
        ...(network === undefined || networkCheckedAt === undefined ? {} : { network: { checkedAt: networkCheckedAt, ...network.decision } }),
        verdict,
        policy,
        scheduler: scheduler.snapshot(),
        latest: services.map((service) => {
          const results = lastResults.get(service.id);
          const probedAt = lastProbedAt.get(service.id);
          const official = lastOfficial.get(service.id);
          return {
            serviceId: service.id,
            ...(results === undefined || probedAt === undefined ? {} : { probedAt, results }),
            ...(official === undefined ? {} : { official }),
          };
        }),
        ...(lastEvidence === undefined ? {} : { networkEvidence: lastEvidence }),
      };
    },
  };
}
