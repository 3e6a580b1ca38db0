import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SetApiKeyResult, SettingsView } from '../shared/settings-view.ts';

/** The parts of Electron's `safeStorage` the key store uses (injected, so tests need no Electron). */
export interface SecretCipher {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ readonly result: string }>;
  /** Linux only: which keyring backs the encryption; `basic_text` is a fixed key, i.e. no real protection. */
  getSelectedStorageBackend(): string;
}

/** The words the results carry. */
export interface ApiKeyMessages {
  readonly unavailable: string;
  failed(reason: string): string;
}

/** Optional API keys for authenticated probes, encrypted by the OS; the keys never leave main. */
export interface ApiKeyStore {
  storage(): Promise<SettingsView['secretStorage']>;
  /** Services with a key stored. */
  serviceIds(): string[];
  set(request: { readonly serviceId: string; readonly key: string | null; readonly allowPlainText?: boolean }): Promise<SetApiKeyResult>;
  get(serviceId: string): Promise<string | undefined>;
}

interface KeyFile {
  readonly version: 1;
  /** Encrypted keys, base64, by service id. */
  readonly keys: Readonly<Record<string, string>>;
}

/**
 * Keys in `file`, each encrypted with `safeStorage` (Keychain, DPAPI,
 * libsecret/KWallet). On Linux without a keyring Electron falls back to
 * `basic_text`, a fixed key: storing then needs the user's consent
 * (`allowPlainText`), as SetApiKeyResult's `needs-consent` asks for.
 */
export function createApiKeyStore(options: { readonly file: string; readonly cipher: SecretCipher; readonly platform: NodeJS.Platform; readonly messages: () => ApiKeyMessages }): ApiKeyStore {
  const { file, cipher } = options;
  const read = (): KeyFile => {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeyFile>;
      return { version: 1, keys: parsed.keys && typeof parsed.keys === 'object' ? parsed.keys : {} };
    } catch {
      return { version: 1, keys: {} };
    }
  };
  const write = (keys: Readonly<Record<string, string>>) => {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ version: 1, keys } satisfies KeyFile)}\n`, { mode: 0o600 });
    renameSync(temporary, file);
  };
  const storage = async (): Promise<SettingsView['secretStorage']> => {
    if (!(await cipher.isAsyncEncryptionAvailable())) return 'unavailable';
    return options.platform === 'linux' && cipher.getSelectedStorageBackend() === 'basic_text' ? 'basic-text' : 'encrypted';
  };

  return {
    storage,
    serviceIds: () => Object.keys(read().keys).sort(),
    set: async ({ serviceId, key, allowPlainText }) => {
      const { [serviceId]: _old, ...others } = read().keys;
      try {
        if (key === null) {
          write(others);
          return { ok: true };
        }
        const kind = await storage();
        if (kind === 'unavailable') return { ok: false, reason: 'unavailable', message: options.messages().unavailable };
        if (kind === 'basic-text' && allowPlainText !== true) return { ok: false, reason: 'needs-consent' };
        const encrypted = await cipher.encryptStringAsync(key);
        write({ ...others, [serviceId]: encrypted.toString('base64') });
        return { ok: true };
      } catch (error) {
        // The reason names the failure, never the key.
        return { ok: false, reason: 'unavailable', message: options.messages().failed(error instanceof Error ? error.name : 'error') };
      }
    },
    get: async (serviceId) => {
      const stored = read().keys[serviceId];
      if (stored === undefined) return undefined;
      try {
        return (await cipher.decryptStringAsync(Buffer.from(stored, 'base64'))).result;
      } catch {
        return undefined;
      }
    },
  };
}
