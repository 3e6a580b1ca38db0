import type { AppSnapshot, MuteChoice, NavigateTarget, VerdictView } from './app-snapshot.ts';
import type { HistoryRange, ServiceHistoryView } from './history-view.ts';
import type { ImportSettingsResult, SaveFileResult, SetApiKeyResult, SettingsView, UpdateSettingsResult } from './settings-view.ts';
import type { AppSettingsInput } from '../core/desktop/app-settings.ts';

/** The support report, rendered. */
export interface SupportReportView {
  readonly markdown: string;
  readonly text: string;
  /** The services it is about. */
  readonly serviceIds: readonly string[];
}

/**
 * `window.statusDoctor`: everything the window may ask of the app, as named
 * functions (DESIGN.md, IPC). Each maps to one channel of
 * {@link INVOKE_CHANNELS}; main checks the sender and parses the payload
 * with {@link IPC_REQUEST_SCHEMAS} before acting.
 */
export interface StatusDoctorApi {
  getSnapshot(): Promise<AppSnapshot>;
  /** Calls `listener` with every new snapshot; returns the unsubscribe function. */
  onSnapshot(listener: (snapshot: AppSnapshot) => void): () => void;
  /** Calls `listener` when main wants the window to show something. */
  onNavigate(listener: (target: NavigateTarget) => void): () => void;
  /** Runs a full diagnosis now; the result arrives as a snapshot. */
  checkNow(): Promise<void>;
  /** "I'm seeing errors": a fresh diagnosis that knows the user sees errors; answers its verdict. */
  reportSeeingErrors(request: { readonly serviceId?: string }): Promise<VerdictView>;
  getHistory(request: { readonly serviceId: string; readonly days: HistoryRange }): Promise<ServiceHistoryView>;
  getSettings(): Promise<SettingsView>;
  /** Saves all of it or none of it. */
  updateSettings(settings: AppSettingsInput): Promise<UpdateSettingsResult>;
  /** Asks for a config file (open dialog in main) and applies it when valid. */
  importSettings(): Promise<ImportSettingsResult>;
  /** Writes the settings as a config file (save dialog in main). */
  exportSettings(): Promise<SaveFileResult>;
  /** The support report for the latest diagnosis (about one service, or the verdict's). */
  getSupportReport(request: { readonly serviceId?: string }): Promise<SupportReportView>;
  /** Saves the support report through a save dialog. */
  saveSupportReport(request: { readonly serviceId?: string; readonly format: 'markdown' | 'text' }): Promise<SaveFileResult>;
  /** Puts text on the clipboard (the sandboxed window has no clipboard of its own). */
  copyText(request: { readonly text: string }): Promise<void>;
  /** Opens the service's official status page in the browser; the URL comes from the catalog, never from the window. */
  openStatusPage(request: { readonly serviceId: string }): Promise<void>;
  muteService(request: { readonly serviceId: string; readonly duration: MuteChoice }): Promise<void>;
  notifyWhenBack(request: { readonly serviceId: string; readonly enabled: boolean }): Promise<void>;
  /** Ticks or unticks a step of the verdict `verdictKey`; ignored when that verdict is no longer current. */
  setStepTicked(request: { readonly verdictKey: string; readonly stepId: string; readonly ticked: boolean }): Promise<void>;
  /** Pauses monitoring for `minutes` (null: resume now). */
  setPaused(request: { readonly minutes: number | null }): Promise<void>;
  /** Stores (or with `key: null` removes) the API key of a service; only through the OS's secret storage. */
  setApiKey(request: { readonly serviceId: string; readonly key: string | null; readonly allowPlainText?: boolean }): Promise<SetApiKeyResult>;
  /** Saves the app's logs (redacted) through a save dialog, for support. */
  saveLogs(): Promise<SaveFileResult>;
}
