import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_SERVICES } from '../../../src/core/catalog/builtin-catalog.ts';
import { AppSettingsError, exportConfigFile, parseAppSettings, type AppSettings } from '../../../src/core/desktop/app-settings.ts';
import type { DesktopEngine } from '../../../src/core/desktop/desktop-engine.ts';
import type { SettingsView } from '../../../src/shared/settings-view.ts';
import type { StatusDoctorApi } from '../../../src/shared/status-doctor-api.ts';

/** The request/response half of the API (events are the bridge's). */
export type InvokeApi = Omit<StatusDoctorApi, 'onSnapshot' | 'onNavigate'>;

/** What the host did that a user would see outside the window. */
export interface HostRecord {
  /** Text put on the clipboard. */
  readonly clipboard: string[];
  /** Status pages opened in the browser (the catalog's URL for the id). */
  readonly opened: string[];
  /** Files "saved" through the stubbed save dialogs. */
  readonly saved: string[];
  /** Settings as saved (what main would write to disk), newest last. */
  readonly savedSettings: AppSettings[];
}

/** Options of {@link createAppHost}. */
export interface AppHostOptions {
  /** How the OS stores secrets; `basic-text` makes setApiKey ask for consent first. */
  readonly secretStorage?: SettingsView['secretStorage'];
}

/**
 * What main does for the window, over a real {@link DesktopEngine}: the
 * engine answers everything it knows; settings are validated with the real
 * schema and applied all or nothing. The OS dialogs are stubbed (save picks
 * a file in a temp folder; import reports "cancelled"), the clipboard and
 * the browser are recorded instead of touched, API keys stay in memory.
 */
export function createAppHost(engine: DesktopEngine, options: AppHostOptions = {}): { readonly api: InvokeApi; readonly record: HostRecord } {
  const record: HostRecord = { clipboard: [], opened: [], saved: [], savedSettings: [] };
  const keys = new Map<string, string>();
  const secretStorage = options.secretStorage ?? 'encrypted';
  const saveDir = mkdtempSync(join(tmpdir(), 'status-doctor-window-saves-'));
  const view = (): SettingsView => ({
    settings: engine.settings(),
    catalog: BUILTIN_SERVICES.map((service) => ({ id: service.id, name: service.name })),
    apiKeyServiceIds: [...keys.keys()],
    secretStorage,
  });
  const save = (name: string, text: string) => {
    const path = join(saveDir, name);
    writeFileSync(path, text);
    record.saved.push(path);
    return { ok: true as const, path };
  };

  const api: InvokeApi = {
    getSnapshot: async () => engine.snapshot(),
    checkNow: () => engine.checkNow(),
    reportSeeingErrors: (request) => engine.reportSeeingErrors(request),
    getHistory: async (request) => engine.getHistory(request),
    getSettings: async () => view(),
    async updateSettings(input) {
      let parsed: AppSettings;
      try {
        parsed = parseAppSettings(input);
      } catch (error) {
        if (error instanceof AppSettingsError) return { ok: false, errors: error.problems };
        throw error;
      }
      record.savedSettings.push(parsed);
      await engine.applySettings(parsed);
      return { ok: true, settings: view() };
    },
    importSettings: async () => ({ ok: false, reason: 'cancelled' }),
    exportSettings: async () => save('status-doctor-settings.json', JSON.stringify(exportConfigFile(engine.settings()), null, 2)),
    getSupportReport: (request) => engine.getSupportReport(request),
    async saveSupportReport(request) {
      const report = await engine.getSupportReport(request.serviceId ? { serviceId: request.serviceId } : {});
      return save(request.format === 'markdown' ? 'support-report.md' : 'support-report.txt', request.format === 'markdown' ? report.markdown : report.text);
    },
    copyText: async ({ text }) => void record.clipboard.push(text),
    async openStatusPage({ serviceId }) {
      const url = engine.statusPageUrl(serviceId);
      if (url) record.opened.push(url);
    },
    muteService: async (request) => engine.muteService(request),
    notifyWhenBack: async (request) => engine.notifyWhenBack(request),
    setStepTicked: async (request) => engine.setStepTicked(request),
    setPaused: async ({ minutes }) => engine.setPaused(minutes),
    async setApiKey({ serviceId, key, allowPlainText }) {
      if (key === null) {
        keys.delete(serviceId);
        return { ok: true };
      }
      if (secretStorage === 'unavailable') return { ok: false, reason: 'unavailable', message: 'no secret storage' };
      if (secretStorage === 'basic-text' && !allowPlainText) return { ok: false, reason: 'needs-consent' };
      keys.set(serviceId, key);
      return { ok: true };
    },
    saveLogs: async () => save('status-doctor.log', 'log\n'),
  };
  return { api, record };
}
