import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppSettings } from '../../../src/core/desktop/app-settings.ts';
import type { DesktopEngine } from '../../../src/core/desktop/desktop-engine.ts';
import { createApiKeyStore, type SecretCipher } from '../../../src/main/api-keys.ts';
import type { AppLog } from '../../../src/main/app-log.ts';
import { createIpcDispatch, type IpcDispatch } from '../../../src/main/ipc-dispatch.ts';
import { createIpcHandlers } from '../../../src/main/ipc-handlers.ts';
import type { SettingsView } from '../../../src/shared/settings-view.ts';

/** What main did for the window that a user would see outside it. */
export interface HostRecord {
  /** Text put on the clipboard. */
  readonly clipboard: string[];
  /** Addresses opened in the browser. */
  readonly opened: string[];
  /** Files written through the (stubbed) save dialog. */
  readonly saved: string[];
  /** Settings as main saved them to disk, newest last. */
  readonly savedSettings: AppSettings[];
  /** IPC messages main refused, with its reason. */
  readonly refused: string[];
}

/** Options of {@link createAppHost}. */
export interface AppHostOptions {
  /** How the OS stores secrets; `basic-text` (Linux without a keyring) makes storing a key ask first. */
  readonly secretStorage?: SettingsView['secretStorage'];
}

/** A stand-in for Electron's safeStorage: reversible, and reporting the backend a test asks for. */
function fakeCipher(storage: SettingsView['secretStorage']): SecretCipher {
  return {
    isAsyncEncryptionAvailable: async () => storage !== 'unavailable',
    encryptStringAsync: async (plain) => Buffer.from([...plain].reverse().join('')),
    decryptStringAsync: async (encrypted) => ({ result: [...encrypted.toString()].reverse().join('') }),
    getSelectedStorageBackend: () => (storage === 'basic-text' ? 'basic_text' : 'gnome_libsecret'),
  };
}

/**
 * Main's own IPC gate and handlers (src/main/ipc-dispatch.ts,
 * ipc-handlers.ts) over a real {@link DesktopEngine}, with only what needs
 * Electron or the desktop replaced: the save dialog picks a file in a temp
 * folder, the open dialog is cancelled, the clipboard, the browser and
 * launch-at-login are recorded, safeStorage is a reversible fake, the
 * settings file is a list. Every message passes the real schema check.
 */
export function createAppHost(engine: DesktopEngine, options: AppHostOptions = {}): { readonly dispatch: IpcDispatch; readonly record: HostRecord } {
  const record: HostRecord = { clipboard: [], opened: [], saved: [], savedSettings: [], refused: [] };
  const folder = mkdtempSync(join(tmpdir(), 'status-doctor-window-host-'));
  const log: AppLog = {
    path: join(folder, 'status-doctor.log'),
    info: () => undefined,
    warn: (message, details) => void record.refused.push(`${message} ${JSON.stringify(details ?? {})}`),
    error: () => undefined,
    redactedText: () => 'Status Doctor log (test)\n',
  };
  let saves = 0;
  const handlers = createIpcHandlers({
    engine,
    settingsStore: { save: (settings) => void record.savedSettings.push(settings) },
    apiKeys: createApiKeyStore({
      file: join(folder, 'api-keys.json'),
      cipher: fakeCipher(options.secretStorage ?? 'encrypted'),
      platform: 'linux',
      messages: () => ({ unavailable: 'no secret storage', failed: (reason) => `failed: ${reason}` }),
    }),
    dialogs: {
      chooseSaveFile: async ({ defaultName }) => {
        const path = join(folder, `${(saves += 1)}-${defaultName}`);
        record.saved.push(path);
        return path;
      },
      chooseOpenFile: async () => undefined,
    },
    clipboard: { writeText: (text) => void record.clipboard.push(text) },
    openInBrowser: async (url) => {
      record.opened.push(url);
      return true;
    },
    setLaunchAtLogin: async () => undefined,
    logs: log,
  });
  return { dispatch: createIpcDispatch({ handlers, isTrusted: () => true, log }), record };
}
