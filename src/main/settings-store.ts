import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ipcMain } from 'electron';
import Store from 'electron-store';
import { DEFAULT_APP_SETTINGS, type AppSettings } from '../core/desktop/app-settings.ts';
import { migrateAppSettings } from '../core/desktop/migrate-app-settings.ts';

/** The settings file on disk: read once at start, written whole on every save. */
export interface SettingsStore {
  readonly path: string;
  current(): AppSettings;
  /** Writes `settings` (already validated) atomically; throws when the disk refuses. */
  save(settings: AppSettings): void;
}

/** What opening the store found, for the log and the user. */
export interface SettingsLoad {
  readonly store: SettingsStore;
  /** The file was older and was migrated (and saved back). */
  readonly migratedFrom?: number;
  /** The file could not be used: it was kept aside under `keptAs` and the defaults were used. */
  readonly recovered?: { readonly reason: 'unusable' | 'newer'; readonly detail: string; readonly keptAs: string };
}

const NAME = 'settings';

/**
 * Opens the settings (electron-store: atomic writes in the app's data
 * directory). The file is checked with the app's own schema and migrated by
 * version ({@link migrateAppSettings}); a file that is not JSON, has bad
 * fields or comes from a newer version is moved aside as
 * `settings.corrupt-<time>.json` / `settings.newer-<time>.json` — nothing
 * the user saved is deleted — and the app starts from the defaults.
 */
export function openSettingsStore(options: { readonly directory: string; readonly now?: () => number }): SettingsLoad {
  const now = options.now ?? Date.now;
  const path = join(options.directory, `${NAME}.json`);
  const keepAside = (kind: 'corrupt' | 'newer') => {
    const keptAs = join(options.directory, `${NAME}.${kind}-${new Date(now()).toISOString().replace(/[:.]/g, '-')}.json`);
    renameSync(path, keptAs);
    return keptAs;
  };
  const open = () =>
    new Store<Record<string, unknown>>({
      name: NAME,
      cwd: options.directory,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      serialize: (value) => `${JSON.stringify(value, null, 2)}\n`,
    });

  let recovered: SettingsLoad['recovered'];
  const existed = existsSync(path);
  let store: Store<Record<string, unknown>>;
  try {
    store = open();
  } catch (error) {
    // Not JSON at all: the constructor reads the file and throws.
    recovered = { reason: 'unusable', detail: error instanceof Error ? error.message : String(error), keptAs: keepAside('corrupt') };
    store = open();
  }
  // electron-store answers a synchronous IPC message with the data folder for
  // renderer-side stores; this app has none, and registers no channel beyond
  // its own contract (src/shared/ipc-channels.ts).
  ipcMain.removeAllListeners('electron-store-get-data');

  let settings = DEFAULT_APP_SETTINGS;
  let migratedFrom: number | undefined;
  if (existed && !recovered) {
    const outcome = migrateAppSettings(store.store);
    if (outcome.kind === 'ok') {
      settings = outcome.settings;
      migratedFrom = outcome.migratedFrom;
      if (migratedFrom !== undefined) store.store = { ...settings };
    } else {
      const kind = outcome.kind === 'newer' ? 'newer' : 'corrupt';
      const detail = outcome.kind === 'newer' ? `version ${outcome.version}` : outcome.reason;
      recovered = { reason: outcome.kind, detail, keptAs: keepAside(kind) };
      store = open();
    }
  }

  return {
    store: {
      path,
      current: () => settings,
      save: (next) => {
        store.store = { ...next };
        settings = next;
      },
    },
    ...(migratedFrom !== undefined ? { migratedFrom } : {}),
    ...(recovered ? { recovered } : {}),
  };
}
