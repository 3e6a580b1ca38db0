import type { ConfigFile, ServiceSpec, StatusPageSpec } from '../../config/config-schema.ts';
import type { NetworkDecision } from '../../network/decide-network-state.ts';
import type { NetworkEvidence } from '../../network/network-evidence.ts';
import type { ProbeResult } from '../../probe/probe-result.ts';
import type { OfficialStatus } from '../../status-page/official-status.ts';
import type { NetworkDiagnoser } from '../../network/network-report.ts';
import type { ProbeFunction } from '../../probe/http-probe.ts';
import type { ReadStatusPageOptions, StatusPageReading } from '../../status-page/status-page-reading.ts';
import type { VerdictDecision } from '../../verdict/decide-verdict.ts';
import type { MonitorClock } from '../clock/monitor-clock.ts';
import type { RandomSource } from '../clock/seeded-random.ts';
import type { MonitorSettings } from '../monitor-settings.ts';
import type { UserAction } from '../policy/policy-event.ts';
import type { NotificationPolicyState } from '../policy/policy-state.ts';
import type { PauseReason, SchedulerSnapshot } from '../scheduler/scheduler-types.ts';
import type { SchedulerSettings } from '../scheduler/scheduler-settings.ts';
import type { LatencyBaseline } from '../state/classify-probe-round.ts';
import type { ServiceMonitorState } from '../state/service-monitor-state.ts';
import type { MonitorEvent } from './monitor-event.ts';
import type { MonitorRecorder } from './monitor-recorder.ts';

/** Reads one status page, with conditional requests from `options.previous`; never rejects (see `readStatusPage`). */
export type StatusPageReader = (spec: StatusPageSpec, options: ReadStatusPageOptions) => Promise<StatusPageReading>;

/** The monitor's connections to the world and to time, injected. */
export interface MonitorDependencies {
  readonly probe: ProbeFunction;
  readonly readStatusPage: StatusPageReader;
  readonly diagnoseNetwork: NetworkDiagnoser;
  readonly clock: MonitorClock;
  readonly random: RandomSource;
  /** IANA zone for quiet hours and "until tomorrow". */
  readonly timeZone: string;
  /** Where history goes; nothing is kept by default. */
  readonly recorder?: MonitorRecorder;
  /** The service's latency baseline from history ("degraded because slow"); none by default. */
  readonly latencyBaseline?: (serviceId: string) => LatencyBaseline | undefined;
}

/** What {@link createMonitor} needs. */
export interface MonitorOptions {
  readonly services: readonly ServiceSpec[];
  /** The config: its `network` section drives the network checks, `deadlineMs` bounds each check. */
  readonly config: ConfigFile;
  /** `DEFAULT_MONITOR_SETTINGS` by default. */
  readonly settings?: MonitorSettings;
  /** Scheduler-only settings (stagger windows, floors…); see `schedulerSettingsFrom`. */
  readonly schedulerOverrides?: Partial<SchedulerSettings>;
  /** At most this many probes and polls at once. */
  readonly concurrency?: number;
  readonly deps: MonitorDependencies;
  /** Hears every event, synchronously, in order. It must not throw. */
  readonly onEvent: (event: MonitorEvent) => void;
}

/** Everything the monitor knows right now (plain data). */
export interface MonitorSnapshot {
  readonly services: readonly ServiceMonitorState[];
  /** The latest network check, if one finished. */
  readonly network?: { readonly checkedAt: number } & NetworkDecision;
  readonly verdict: VerdictDecision;
  readonly policy: NotificationPolicyState;
  readonly scheduler: SchedulerSnapshot;
  /** Per watched service (in order): its latest probe round and the latest reading of its status page. */
  readonly latest: readonly LatestServiceData[];
  /** The raw evidence of the latest network check (DNS answers, router, control sites). */
  readonly networkEvidence?: NetworkEvidence;
}

/** What the monitor last saw of one service. */
export interface LatestServiceData {
  readonly serviceId: string;
  /** When its latest probe round started (epoch ms). */
  readonly probedAt?: number;
  readonly results?: readonly ProbeResult[];
  /** Its status page narrowed to its components, or `unavailable` when the latest read failed. */
  readonly official?: OfficialStatus | 'unavailable';
}

/** The running monitor. */
export interface Monitor {
  /** Starts probing, polling and checking. */
  start(): void;
  /** Stops every timer, cancels what runs and resolves once it has ended. Final. */
  stop(): Promise<void>;
  pause(reason: PauseReason): void;
  resume(reason: PauseReason): void;
  /** The OS says the machine went on- or offline. */
  onOnlineChange(online: boolean): void;
  /** Probes every service within a few seconds ("check now"). */
  checkNow(): void;
  /** Mute, unmute, "tell me when it's back": handed to the notification policy. */
  userAction(action: UserAction): void;
  snapshot(): MonitorSnapshot;
}
