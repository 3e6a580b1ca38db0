import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { IpcRequest } from '../shared/ipc-requests.ts';
import type { InvokeName } from '../shared/ipc-channels.ts';
import type { SaveFileResult, SettingsView } from '../shared/settings-view.ts';
import type { StatusDoctorApi } from '../shared/status-doctor-api.ts';
import { BUILTIN_SERVICES } from '../core/catalog/builtin-catalog.ts';
import type { ServiceSpec } from '../core/config/config-schema.ts';
import { ConfigError } from '../core/config/parse-config.ts';
import { AppSettingsError, exportConfigFile, importConfigFile, parseAppSettings, type AppSettings } from '../core/desktop/app-settings.ts';
import type { DesktopEngine } from '../core/desktop/desktop-engine.ts';
import { shellMessages } from '../core/desktop/shell-messages.ts';
import type { ApiKeyStore } from './api-keys.ts';

/** What a handler answers: the API function's result. */
type Answer<Name extends InvokeName> = Awaited<ReturnType<StatusDoctorApi[Name]>>;

/** One handler per API function, taking its already-parsed request. */
export type IpcHandlers = { readonly [Name in InvokeName]: (request: IpcRequest<Name>) => Promise<Answer<Name>> };

/** A file-type filter of a dialog. */
export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

/** The native file dialogs (injected: tests answer them directly). */
export interface FileDialogs {
  /** The path the user chose to save to, or undefined when cancelled. */
  chooseSaveFile(options: { readonly title: string; readonly defaultName: string; readonly filters: readonly FileFilter[] }): Promise<string | undefined>;
  /** The file the user chose to open, or undefined when cancelled. */
  chooseOpenFile(options: { readonly title: string; readonly filters: readonly FileFilter[] }): Promise<string | undefined>;
}

/** Everything the handlers act on. */
export interface IpcHandlerDeps {
  readonly engine: DesktopEngine;
  readonly settingsStore: { save(settings: AppSettings): void };
  readonly apiKeys: ApiKeyStore;
  readonly dialogs: FileDialogs;
  readonly clipboard: { writeText(text: string): void };
  /** The app's one way out to the browser (safe-open-external.ts). */
  readonly openInBrowser: (url: string) => Promise<boolean>;
  readonly setLaunchAtLogin: (enabled: boolean) => Promise<void>;
  /** The logs, redacted, for "Save logs…". */
  readonly logs: { redactedText(): string };
  readonly catalog?: readonly ServiceSpec[];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The IPC handlers: each carries out one API function over the engine, the
 * settings store, dialogs and the OS. Settings are saved whole or not at
 * all; URLs that leave the app come from the engine's catalog by id.
 */
export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  const { engine } = deps;
  const catalog = deps.catalog ?? BUILTIN_SERVICES;
  const words = () => shellMessages(engine.snapshot().language).dialogs;

  const settingsView = async (): Promise<SettingsView> => ({
    settings: engine.settings(),
    catalog: catalog.map((service) => ({ id: service.id, name: service.name })),
    apiKeyServiceIds: deps.apiKeys.serviceIds(),
    secretStorage: await deps.apiKeys.storage(),
  });

  // Saves first, so a setting that is in effect is always one that is on disk.
  const apply = async (next: AppSettings) => {
    const before = engine.settings();
    deps.settingsStore.save(next);
    await engine.applySettings(next);
    if (next.launchAtLogin !== before.launchAtLogin) await deps.setLaunchAtLogin(next.launchAtLogin);
  };

  const saveText = async (options: { title: string; defaultName: string; filters: readonly FileFilter[] }, text: () => string | Promise<string>): Promise<SaveFileResult> => {
    const path = await deps.dialogs.chooseSaveFile(options);
    if (path === undefined) return { ok: false, reason: 'cancelled' };
    try {
      await writeFile(path, await text());
      return { ok: true, path };
    } catch (error) {
      return { ok: false, reason: 'failed', message: message(error) };
    }
  };

  return {
    getSnapshot: async () => engine.snapshot(),
    checkNow: () => engine.checkNow(),
    reportSeeingErrors: (request) => engine.reportSeeingErrors(request),
    getHistory: async (request) => engine.getHistory(request),
    getSettings: settingsView,
    updateSettings: async (request) => {
      let next: AppSettings;
      try {
        next = parseAppSettings(request);
      } catch (error) {
        if (error instanceof AppSettingsError) return { ok: false, errors: error.problems };
        throw error;
      }
      try {
        await apply(next);
      } catch (error) {
        return { ok: false, errors: [{ path: '', message: message(error) }] };
      }
      return { ok: true, settings: await settingsView() };
    },
    importSettings: async () => {
      const path = await deps.dialogs.chooseOpenFile({ title: words().importSettings, filters: [{ name: words().configFiles, extensions: ['json'] }] });
      if (path === undefined) return { ok: false, reason: 'cancelled' };
      let input: unknown;
      try {
        input = JSON.parse(await readFile(path, 'utf8'));
      } catch (error) {
        const reason = error instanceof SyntaxError ? words().notJson(error.message) : words().unreadable(message(error));
        return { ok: false, reason: 'invalid', errors: [{ path: '', message: reason }] };
      }
      let next: AppSettings;
      try {
        next = importConfigFile(input, engine.settings(), basename(path), catalog);
      } catch (error) {
        if (error instanceof ConfigError) return { ok: false, reason: 'invalid', errors: error.problems };
        throw error;
      }
      await apply(next);
      return { ok: true, settings: await settingsView() };
    },
    exportSettings: () =>
      saveText(
        { title: words().exportSettings, defaultName: 'status-doctor-config.json', filters: [{ name: words().configFiles, extensions: ['json'] }] },
        () => `${JSON.stringify(exportConfigFile(engine.settings(), catalog), null, 2)}\n`,
      ),
    getSupportReport: (request) => engine.getSupportReport(request),
    saveSupportReport: async ({ serviceId, format }) => {
      const markdown = format === 'markdown';
      const filter = markdown ? { name: words().markdownFiles, extensions: ['md'] } : { name: words().textFiles, extensions: ['txt'] };
      return saveText({ title: words().saveSupportReport, defaultName: `status-doctor-report.${markdown ? 'md' : 'txt'}`, filters: [filter] }, async () => {
        const report = await engine.getSupportReport(serviceId === undefined ? {} : { serviceId });
        return markdown ? report.markdown : report.text;
      });
    },
    copyText: async ({ text }) => deps.clipboard.writeText(text),
    openStatusPage: async ({ serviceId }) => {
      const url = engine.statusPageUrl(serviceId);
      if (url === undefined) throw new Error(`${serviceId} has no status page`);
      if (!(await deps.openInBrowser(url))) throw new Error(`the status page of ${serviceId} is not a web address`);
    },
    muteService: async (request) => engine.muteService(request),
    notifyWhenBack: async (request) => engine.notifyWhenBack(request),
    setStepTicked: async (request) => engine.setStepTicked(request),
    setPaused: async ({ minutes }) => engine.setPaused(minutes),
    setApiKey: (request) => deps.apiKeys.set(request),
    saveLogs: () => saveText({ title: words().saveLogs, defaultName: 'status-doctor-logs.txt', filters: [{ name: words().logFiles, extensions: ['txt', 'log'] }] }, () => deps.logs.redactedText()),
  };
}
