import type { AppSnapshot, MuteChoice, VerdictView } from '../../shared/app-snapshot.ts';
import type { HistoryRange, ServiceHistoryView } from '../../shared/history-view.ts';
import type { SupportReportView } from '../../shared/status-doctor-api.ts';
import type { HistoryWarning } from '../history/history-store.ts';
import type { Notification } from '../monitor/policy/notification.ts';
import type { AppSettings } from './app-settings.ts';

/**
 * The engine as the desktop app runs it: the monitor, the history, full
 * diagnoses on demand, the verdict in words with the user's ticks, and the
 * support report — everything the window and the tray show, as one object
 * with no Electron in it. Main wires it to IPC, the tray and notifications;
 * the renderer's end-to-end tests bridge it to the page directly.
 */
export interface DesktopEngine {
  /** Opens the history, starts the monitor and runs the first diagnosis. */
  start(): Promise<void>;
  /** Stops everything and closes the history; safe to call twice. */
  stop(): Promise<void>;

  /** What the window shows now. */
  snapshot(): AppSnapshot;
  /** Hears every new snapshot (after each change, coalesced); returns the unsubscribe function. */
  onSnapshot(listener: (snapshot: AppSnapshot) => void): () => void;
  /** Hears every notification the policy decided to show, with the snapshot it belongs to. */
  onNotification(listener: (notification: Notification, snapshot: AppSnapshot) => void): () => void;

  /** A full diagnosis now (and probes soon); resolves when it finished. */
  checkNow(): Promise<void>;
  /** A fresh diagnosis that knows the user sees errors; resolves with its verdict. */
  reportSeeingErrors(request: { readonly serviceId?: string }): Promise<VerdictView>;
  getHistory(request: { readonly serviceId: string; readonly days: HistoryRange }): ServiceHistoryView;
  /** The support report of the latest diagnosis, with the user's ticked steps and the status-page lag. */
  getSupportReport(request: { readonly serviceId?: string }): Promise<SupportReportView>;
  /** The official status page of a watched service, from its spec (never from the window). */
  statusPageUrl(serviceId: string): string | undefined;

  settings(): AppSettings;
  /** Applies new (already validated and saved) settings: services, intervals, language take effect now. */
  applySettings(settings: AppSettings): Promise<void>;

  muteService(request: { readonly serviceId: string; readonly duration: MuteChoice }): void;
  notifyWhenBack(request: { readonly serviceId: string; readonly enabled: boolean }): void;
  setStepTicked(request: { readonly verdictKey: string; readonly stepId: string; readonly ticked: boolean }): void;
  /** Pauses monitoring for `minutes`, or resumes now with null. */
  setPaused(minutes: number | null): void;
  /** The computer goes to sleep / woke up. */
  suspend(): void;
  resume(): void;
  /** The OS says the network went away or came back. */
  setOnline(online: boolean): void;
  /** Problems with the history file, for the log and a notice. */
  readonly historyWarnings: readonly HistoryWarning[];
}
