import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiKeyStore, type SecretCipher } from '../../src/main/api-keys.ts';
import { shellEn } from '../../src/core/desktop/shell-messages/en.ts';

const KEY = 'sk-test-0123456789abcdef';

function cipher(options: { available?: boolean; backend?: string } = {}): SecretCipher {
  // A reversible stand-in for the OS's encryption: the stored bytes must not be the key.
  return {
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    encryptStringAsync: async (text) => Buffer.from([...Buffer.from(text)].map((byte) => byte ^ 0x5a)),
    decryptStringAsync: async (data) => ({ result: Buffer.from([...data].map((byte) => byte ^ 0x5a)).toString() }),
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}

function store(platform: NodeJS.Platform, options: Parameters<typeof cipher>[0] = {}) {
  const file = join(mkdtempSync(join(tmpdir(), 'status-doctor-keys-')), 'api-keys.json');
  return { file, keys: createApiKeyStore({ file, cipher: cipher(options), platform, messages: () => shellEn.apiKeys }) };
}

describe('API keys', () => {
  it('are stored encrypted, never as they were typed, and read back', async () => {
    const { file, keys } = store('linux');
    await expect(keys.storage()).resolves.toBe('encrypted');
    await expect(keys.set({ serviceId: 'claude', key: KEY })).resolves.toEqual({ ok: true });
    expect(readFileSync(file, 'utf8')).not.toContain(KEY);
    expect(keys.serviceIds()).toEqual(['claude']);
    await expect(keys.get('claude')).resolves.toBe(KEY);
  });

  it('ask before storing with Linux’s basic_text backend, which protects nothing', async () => {
    const { keys } = store('linux', { backend: 'basic_text' });
    await expect(keys.storage()).resolves.toBe('basic-text');
    await expect(keys.set({ serviceId: 'claude', key: KEY })).resolves.toEqual({ ok: false, reason: 'needs-consent' });
    expect(keys.serviceIds()).toEqual([]);
    await expect(keys.set({ serviceId: 'claude', key: KEY, allowPlainText: true })).resolves.toEqual({ ok: true });
    expect(keys.serviceIds()).toEqual(['claude']);
  });

  it('are refused, with a reason, where the OS offers no encryption', async () => {
    const { keys } = store('win32', { available: false });
    await expect(keys.set({ serviceId: 'claude', key: KEY })).resolves.toEqual({ ok: false, reason: 'unavailable', message: shellEn.apiKeys.unavailable });
  });

  it('can be removed', async () => {
    const { keys } = store('darwin');
    await keys.set({ serviceId: 'claude', key: KEY });
    await keys.set({ serviceId: 'poe', key: KEY });
    await keys.set({ serviceId: 'claude', key: null });
    expect(keys.serviceIds()).toEqual(['poe']);
    await expect(keys.get('claude')).resolves.toBeUndefined();
  });
});
