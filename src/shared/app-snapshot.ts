import type { ServiceState } from '../core/assessment/service-state.ts';
import type { MuteDuration } from '../core/monitor/policy/policy-event.ts';
import type { MonitorStateReason } from '../core/monitor/state/service-monitor-state.ts';
import type { NetworkState } from '../core/network/network-report.ts';
import type { CheckReport, OfficialReport, ProbeReport } from '../core/report/report-schema.ts';
import type { VerdictKind } from '../core/verdict/verdict-kind.ts';

/**
 * Everything the window shows, as plain data. Main pushes a new one on
 * every change (`onSnapshot`); the renderer never polls and never computes
 * a decision: words (verdict, steps) arrive already in the user's language.
 */
export interface AppSnapshot {
  /** Bumped when a field changes meaning. */
  readonly schema: 1;
  /** When it was made (epoch ms). */
  readonly at: number;
  /** The language the words in it are in (the setting, or the system's). */
  readonly language: 'en' | 'ko';
  /** The monitor is paused (by the user, or while the computer sleeps). */
  readonly paused: PausedView | null;
  /** A diagnosis is running now ("Check now", "I'm seeing errors", or the first one at start). */
  readonly checking: boolean;
  readonly services: readonly ServiceView[];
  readonly network: NetworkView;
  readonly verdict: VerdictView;
  /** The latest full diagnosis: the evidence behind the verdict. Absent until the first one finished. */
  readonly diagnosis?: DiagnosisView;
  /** Things the user should know that are not a verdict (a status page that cannot be read, history recreated…), already in words. */
  readonly notices: readonly NoticeView[];
}

/** Why and until when the monitor is paused. */
export interface PausedView {
  readonly reason: 'user' | 'suspend';
  /** When it resumes by itself (epoch ms); absent for "until the computer wakes". */
  readonly until?: number;
}

/** One watched service in the overview. */
export interface ServiceView {
  readonly id: string;
  readonly name: string;
  readonly state: ServiceState;
  readonly reason: MonitorStateReason;
  /** When it entered `state` (epoch ms). */
  readonly since: number;
  /** When it was last probed (epoch ms). */
  readonly lastProbedAt?: number;
  /** Recent probe rounds for the sparkline, oldest first: total ms, or null for a round that failed. */
  readonly recentLatencyMs: readonly (number | null)[];
  /** The latest probe round (each URL with its phases). */
  readonly probes: readonly ProbeReport[];
  /** What the official status page says, when it has one and it was read. */
  readonly official?: OfficialReport;
  /** The service has an official status page (`openStatusPage` works). */
  readonly hasStatusPage: boolean;
  /** A custom service the user added (not from the catalog). */
  readonly custom: boolean;
  /** Alerts for it are muted until then (epoch ms). */
  readonly mutedUntil?: number;
  /** "Tell me when it's back" is armed. */
  readonly notifyWhenBack: boolean;
}

/** The local network as the latest check saw it. */
export interface NetworkView {
  readonly state: NetworkState;
  /** The user's own path to the internet was proven to work. */
  readonly pathProven: boolean;
  /** When it was checked (epoch ms); absent before the first check. */
  readonly checkedAt?: number;
}

/** One troubleshooting step, with the user's tick. */
export interface StepView {
  readonly id: string;
  readonly title: string;
  readonly detail: string;
  /** The user ticked it; kept until the verdict changes. */
  readonly ticked: boolean;
}

/** The current verdict in plain words. */
export interface VerdictView {
  /** Identifies this verdict (kind and services); ticks belong to it. */
  readonly key: string;
  readonly kind: VerdictKind;
  readonly serviceIds: readonly string[];
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly StepView[];
  /** When this verdict was first reached (epoch ms). */
  readonly since: number;
  /** It answers the user's "I'm seeing errors" report. */
  readonly fromUserReport: boolean;
}

/** The latest full diagnosis, as `status-doctor check --json` would print it. */
export interface DiagnosisView {
  readonly report: CheckReport;
  /** Why it ran. */
  readonly trigger: 'start' | 'check-now' | 'seeing-errors' | 'verdict-changed';
}

/** Something to tell the user besides the verdict. */
export interface NoticeView {
  readonly id: string;
  readonly level: 'info' | 'warning';
  readonly text: string;
}

/** Where main asks the window to go (a notification was clicked, a tray item chosen). */
export type NavigateTarget =
  | { readonly view: 'overview' }
  | { readonly view: 'service'; readonly serviceId: string }
  | { readonly view: 'verdict' }
  | { readonly view: 'settings' };

/** A mute choice, or null to lift the mute. */
export type MuteChoice = MuteDuration | null;
