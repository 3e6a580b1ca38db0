import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppSnapshot, DiagnosisView, NoticeView, PausedView, VerdictView } from '../../shared/app-snapshot.ts';
import { classifyOutcome } from '../assessment/service-state.ts';
import { BUILTIN_SERVICES } from '../catalog/builtin-catalog.ts';
import type { ConfigFile, ServiceSpec } from '../config/config-schema.ts';
import type { HistoryStore, HistoryWarning } from '../history/history-store.ts';
import { STATUS_PAGE_LAG_WINDOW_MS } from '../history/read-status-page-lag.ts';
import { openHistoryStore } from '../history/sqlite-history-store.ts';
import { guidanceLanguage } from '../i18n/guidance-language.ts';
import { resolveLocale, type Locale } from '../i18n/locale.ts';
import { osFamilyOf, type OsFamily } from '../i18n/os-family.ts';
import type { MonitorClock } from '../monitor/clock/monitor-clock.ts';
import { createRealClock } from '../monitor/clock/real-clock.ts';
import { systemRandom, type RandomSource } from '../monitor/clock/seeded-random.ts';
import { createMonitor } from '../monitor/create-monitor.ts';
import type { Notification } from '../monitor/policy/notification.ts';
import { createHistoryRecorder } from '../monitor/runtime/history-recorder.ts';
import type { MonitorEvent } from '../monitor/runtime/monitor-event.ts';
import type { MonitorRecorder, RecordedProbeRound } from '../monitor/runtime/monitor-recorder.ts';
import type { Monitor } from '../monitor/runtime/monitor-types.ts';
import type { SchedulerSettings } from '../monitor/scheduler/scheduler-settings.ts';
import { readMachineFacts, type MachineFacts } from '../support-report/machine-facts.ts';
import { configOf, type AppSettings } from './app-settings.ts';
import { buildAppSnapshot, monitorVerdictKey, type ReportedVerdict } from './build-app-snapshot.ts';
import { desktopNotices } from './desktop-notices.ts';
import type { DesktopEngine } from './desktop-engine.ts';
import { connectLive, type ConnectEngine, type EngineConnections } from './engine-connections.ts';
import { diagnose, type EngineDiagnosis } from './engine-diagnosis.ts';
import { liveReport } from './live-report.ts';
import { serviceHistoryView } from './service-history-view.ts';
import { NO_TICKS, tickStep, ticksForVerdict, type StepTicks } from './step-ticks.ts';
import { renderEngineSupportReport } from './engine-support-report.ts';

/** What {@link createDesktopEngine} needs. */
export interface DesktopEngineOptions {
  readonly settings: AppSettings;
  /** Where `history.db` lives; null keeps no history. */
  readonly dataDir: string | null;
  /** The OS's language (`app.getLocale()`), used when the setting is `system`. */
  readonly systemLocale: string;
  readonly appVersion: string;
  /** IANA zone for quiet hours, "until tomorrow" and history days; the system's by default. */
  readonly timeZone?: string;
  readonly os?: OsFamily;
  readonly catalog?: readonly ServiceSpec[];
  readonly clock?: MonitorClock;
  readonly random?: RandomSource;
  /** Replaces the real network (tests point it at loopback servers or fakes). */
  readonly connect?: ConnectEngine;
  /** This machine as the support report describes it. */
  readonly machine?: MachineFacts;
  /** Notices to show from the start (the settings file was reset…). */
  readonly startupNotices?: readonly 'settings-reset'[];
  /** Scheduler-only timing (see `schedulerSettingsFrom`); the app's defaults are {@link DESKTOP_SCHEDULER_OVERRIDES}. */
  readonly schedulerOverrides?: Partial<SchedulerSettings>;
}

/**
 * The window opens on the overview, so the first probes are spread over a
 * few seconds instead of the headless monitor's minute: a person looking at
 * "checking…" for a minute would think the app is stuck.
 */
export const DESKTOP_SCHEDULER_OVERRIDES: Partial<SchedulerSettings> = { startStaggerMs: 3_000 };

/** Sparkline length: the last this many probe rounds. */
const SPARKLINE_ROUNDS = 30;
/** A verdict change refreshes the evidence at most this often. */
const EVIDENCE_REFRESH_MS = 60_000;

const utcOffsetMinutes = (now: number) => -new Date(now).getTimezoneOffset();

/** The latency a sparkline shows for one round: the fastest URL that answered, or null when none did. */
function roundLatency(round: RecordedProbeRound): number | null {
  const answered = round.results.filter((result) => classifyOutcome(result.outcome) === 'up').map((result) => result.timings.totalMs);
  return answered.length > 0 ? Math.min(...answered) : null;
}

/**
 * The desktop app's engine (see {@link DesktopEngine}). The monitor decides
 * states, alerts and the verdict; full diagnoses (at start, "check now",
 * "I'm seeing errors", and after the verdict changes) supply the evidence
 * and the support report; history feeds the detail view and the status-page
 * lag. Every change becomes one coalesced snapshot.
 */
export function createDesktopEngine(options: DesktopEngineOptions): DesktopEngine {
  const catalog = options.catalog ?? BUILTIN_SERVICES;
  const clock = options.clock ?? createRealClock();
  const random = options.random ?? systemRandom;
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const os = options.os ?? osFamilyOf(process.platform);
  const connect = options.connect ?? connectLive;
  const snapshotListeners = new Set<(snapshot: AppSnapshot) => void>();
  const notificationListeners = new Set<(notification: Notification, snapshot: AppSnapshot) => void>();
  const historyWarnings: HistoryWarning[] = [];

  let settings = options.settings;
  let config: ConfigFile = configOf(settings, catalog);
  let specs: readonly ServiceSpec[] = config.services ?? [];
  let locale: Locale = 'en';
  let connections: EngineConnections | undefined;
  let monitor: Monitor | undefined;
  let store: HistoryStore | undefined;
  let recentLatency = new Map<string, (number | null)[]>();
  let ticks: StepTicks = NO_TICKS;
  let reported: ReportedVerdict | undefined;
  let shownVerdictKey = '';
  let verdictSince = clock.now();
  let diagnosis: (EngineDiagnosis & { readonly trigger: DiagnosisView['trigger'] }) | undefined;
  let running = 0;
  let lastEvidenceRefresh = Number.NEGATIVE_INFINITY;
  let userPause: { until: number; cancel: () => void } | undefined;
  let suspended = false;
  let stopped: Promise<void> | undefined;
  const unreadablePages = new Map<string, readonly string[]>();
  const startupNotices = new Set(options.startupNotices ?? []);

  const applyLocale = () => {
    locale = settings.language === 'system' ? resolveLocale({ intlLocale: options.systemLocale, env: {} }) : settings.language;
  };
  applyLocale();
  const language = () => guidanceLanguage(locale, os, timeZone);

  const notices = (): NoticeView[] => {
    const words = desktopNotices(locale);
    const names = new Map(specs.map((spec) => [spec.id, spec.name]));
    const list: NoticeView[] = [];
    if (startupNotices.has('settings-reset')) list.push({ id: 'settings-reset', level: 'warning', text: words.settingsReset });
    for (const code of new Set(historyWarnings.map((warning) => warning.code))) {
      list.push({ id: `history:${code}`, level: 'warning', text: words.history[code] });
    }
    for (const [pageUrl, serviceIds] of unreadablePages) {
      const pageNames = serviceIds.map((id) => names.get(id) ?? id);
      list.push({ id: `status-page:${pageUrl}`, level: 'info', text: words.statusPageUnreadable(language().format.list(pageNames)) });
    }
    return list;
  };

  const paused = (): PausedView | null => {
    if (userPause) return { reason: 'user', until: userPause.until };
    return suspended ? { reason: 'suspend' } : null;
  };

  const build = (): AppSnapshot => {
    const now = clock.now();
    const monitorSnapshot = monitor?.snapshot();
    if (monitorSnapshot === undefined) throw new Error('The engine has not started');
    const live = liveReport(monitorSnapshot, specs, language());
    if (reported && reported.monitorVerdictKey !== monitorVerdictKey(live)) reported = undefined;
    const parts = {
      now,
      locale,
      specs,
      customIds: new Set(settings.customServices.map((service) => service.id)),
      monitor: monitorSnapshot,
      live,
      recentLatencyMs: recentLatency,
      ticks,
      ...(reported ? { reported } : {}),
      verdictSince,
      ...(diagnosis ? { diagnosis: { report: diagnosis.report, trigger: diagnosis.trigger } } : {}),
      checking: running > 0 || monitorSnapshot.latest.every((entry) => entry.probedAt === undefined),
      paused: paused(),
      notices: notices(),
    };
    let snapshot = buildAppSnapshot(parts);
    if (snapshot.verdict.key !== shownVerdictKey) {
      // A new verdict: its ticks start empty and its "since" is now.
      shownVerdictKey = snapshot.verdict.key;
      verdictSince = now;
      ticks = ticksForVerdict(ticks, shownVerdictKey);
      snapshot = buildAppSnapshot({ ...parts, ticks, verdictSince });
    }
    return snapshot;
  };

  let emitQueued = false;
  const emitSoon = () => {
    if (emitQueued || monitor === undefined || stopped) return;
    emitQueued = true;
    queueMicrotask(() => {
      emitQueued = false;
      if (monitor === undefined || stopped) return;
      const snapshot = build();
      for (const listener of snapshotListeners) listener(snapshot);
    });
  };

  const runDiagnosis = async (trigger: DiagnosisView['trigger'], request: { imSeeingErrors?: boolean; serviceId?: string } = {}): Promise<EngineDiagnosis | undefined> => {
    const current = connections;
    if (current === undefined) return undefined;
    const services = request.serviceId === undefined ? specs : specs.filter((spec) => spec.id === request.serviceId);
    running += 1;
    emitSoon();
    try {
      const result = await diagnose({ config, services, language: language(), ...(request.imSeeingErrors ? { imSeeingErrors: true } : {}) }, current.check);
      if (current === connections) diagnosis = { ...result, trigger };
      return result;
    } finally {
      running -= 1;
      emitSoon();
    }
  };

  const onMonitorEvent = (event: MonitorEvent) => {
    if (event.type === 'notification') {
      const snapshot = build();
      for (const listener of notificationListeners) listener(event.notification, snapshot);
    } else if (event.type === 'verdict' && running === 0 && clock.now() - lastEvidenceRefresh >= EVIDENCE_REFRESH_MS) {
      lastEvidenceRefresh = clock.now();
      void runDiagnosis('verdict-changed');
    } else if (event.type === 'warning' && event.code === 'status-page-unreadable') {
      unreadablePages.set(event.pageUrl, event.serviceIds);
    } else if (event.type === 'warning' && event.code === 'status-page-readable') {
      unreadablePages.delete(event.pageUrl);
    }
    emitSoon();
  };

  const recorder = (): MonitorRecorder => {
    const history = store ? createHistoryRecorder(store, { services: specs }) : undefined;
    return {
      recordProbeRound(round) {
        const list = recentLatency.get(round.serviceId) ?? [];
        list.push(roundLatency(round));
        if (list.length > SPARKLINE_ROUNDS) list.splice(0, list.length - SPARKLINE_ROUNDS);
        recentLatency.set(round.serviceId, list);
        history?.recordProbeRound(round);
        emitSoon();
      },
      recordTransition: (transition) => history?.recordTransition(transition),
      recordNetwork: (check) => history?.recordNetwork(check),
      recordIncident: (change) => history?.recordIncident(change),
      recordNotification: (notification) => history?.recordNotification(notification),
    };
  };

  const startMonitor = async () => {
    connections = await connect(config);
    const history = store;
    monitor = createMonitor({
      services: specs,
      config,
      settings: config.monitor,
      schedulerOverrides: { ...DESKTOP_SCHEDULER_OVERRIDES, ...options.schedulerOverrides },
      deps: {
        ...connections.monitor,
        clock,
        random,
        timeZone,
        recorder: recorder(),
        ...(history ? { latencyBaseline: (id: string) => history.recentBaseline(id) } : {}),
      },
      onEvent: onMonitorEvent,
    });
    monitor.start();
    if (userPause) monitor.pause('user');
    if (suspended) monitor.pause('system-sleep');
  };

  const stopMonitor = async () => {
    const [oldMonitor, oldConnections] = [monitor, connections];
    connections = undefined;
    await oldMonitor?.stop();
    await oldConnections?.close();
  };

  const openStore = () => {
    if (options.dataDir === null) return;
    try {
      mkdirSync(options.dataDir, { recursive: true });
    } catch {
      // openHistoryStore falls back to memory with a warning when the folder is unusable.
    }
    const opened = openHistoryStore({ path: join(options.dataDir, 'history.db'), settings: config.history, now: () => clock.now(), onWarning: (w) => historyWarnings.push(w) });
    store = opened.store;
    historyWarnings.push(...opened.warnings);
  };

  return {
    historyWarnings,
    async start() {
      openStore();
      await startMonitor();
      void runDiagnosis('start');
      emitSoon();
    },
    stop() {
      stopped ??= (async () => {
        userPause?.cancel();
        await stopMonitor();
        store?.close();
      })();
      return stopped;
    },
    snapshot: build,
    onSnapshot(listener) {
      snapshotListeners.add(listener);
      return () => snapshotListeners.delete(listener);
    },
    onNotification(listener) {
      notificationListeners.add(listener);
      return () => notificationListeners.delete(listener);
    },
    async checkNow() {
      monitor?.checkNow();
      await runDiagnosis('check-now');
    },
    async reportSeeingErrors(request): Promise<VerdictView> {
      const result = await runDiagnosis('seeing-errors', { imSeeingErrors: true, ...(request.serviceId ? { serviceId: request.serviceId } : {}) });
      const monitorSnapshot = monitor?.snapshot();
      if (result && monitorSnapshot) {
        const { verdict } = result.report;
        reported = { ...verdict, at: clock.now(), monitorVerdictKey: monitorVerdictKey(liveReport(monitorSnapshot, specs, language())) };
      }
      const snapshot = build();
      emitSoon();
      return snapshot.verdict;
    },
    getHistory(request) {
      const provider = specs.find((spec) => spec.id === request.serviceId)?.statusPage?.provider;
      const now = clock.now();
      return serviceHistoryView(store, { ...request, ...(provider && provider !== 'auto' ? { provider } : {}) }, now, utcOffsetMinutes(now));
    },
    async getSupportReport(request) {
      const latest = diagnosis ?? (await runDiagnosis('check-now'));
      if (latest === undefined) throw new Error('No diagnosis is available yet');
      const snapshot = build();
      const ticked = snapshot.verdict.steps.filter((step) => step.ticked).map((step) => step.title);
      return renderEngineSupportReport({
        diagnosis: latest,
        ...(request.serviceId ? { serviceId: request.serviceId } : {}),
        locale,
        format: language().format,
        timeZone,
        machine: options.machine ?? readMachineFacts(options.appVersion),
        tried: ticked,
        ...(snapshot.verdict.kind === 'all-clear' ? {} : { since: new Date(snapshot.verdict.since).toISOString() }),
        ...(store ? { statusPageLag: store.statusPageLag({ from: clock.now() - STATUS_PAGE_LAG_WINDOW_MS }) } : {}),
      });
    },
    statusPageUrl: (serviceId) => specs.find((spec) => spec.id === serviceId)?.statusPage?.url,
    settings: () => settings,
    async applySettings(next) {
      const nextConfig = configOf(next, catalog);
      const restart = JSON.stringify(nextConfig) !== JSON.stringify(config);
      settings = next;
      applyLocale();
      if (restart && !stopped) {
        await stopMonitor();
        config = nextConfig;
        specs = config.services ?? [];
        recentLatency = new Map([...recentLatency].filter(([id]) => specs.some((spec) => spec.id === id)));
        reported = undefined;
        diagnosis = undefined;
        unreadablePages.clear();
        await startMonitor();
        void runDiagnosis('start');
      }
      emitSoon();
    },
    muteService({ serviceId, duration }) {
      monitor?.userAction(duration === null ? { kind: 'unmute-service', serviceId } : { kind: 'mute-service', serviceId, duration });
      emitSoon();
    },
    notifyWhenBack({ serviceId, enabled }) {
      monitor?.userAction(enabled ? { kind: 'notify-when-back', serviceId } : { kind: 'cancel-notify-when-back', serviceId });
      emitSoon();
    },
    setStepTicked(request) {
      ticks = tickStep(ticksForVerdict(ticks, shownVerdictKey), request);
      emitSoon();
    },
    setPaused(minutes) {
      userPause?.cancel();
      if (userPause && minutes === null) monitor?.resume('user');
      if (minutes === null) {
        userPause = undefined;
      } else {
        if (!userPause) monitor?.pause('user');
        const cancel = clock.setTimer(minutes * 60_000, () => {
          userPause = undefined;
          monitor?.resume('user');
          emitSoon();
        });
        userPause = { until: clock.now() + minutes * 60_000, cancel };
      }
      emitSoon();
    },
    suspend() {
      if (suspended) return;
      suspended = true;
      monitor?.pause('system-sleep');
      emitSoon();
    },
    resume() {
      if (!suspended) return;
      suspended = false;
      monitor?.resume('system-sleep');
      emitSoon();
    },
    setOnline(online) {
      monitor?.onOnlineChange(online);
      emitSoon();
    },
  };
}
