import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_SERVICES } from '../../src/core/catalog/builtin-catalog.ts';
import { parseConfig } from '../../src/core/config/parse-config.ts';
import { DEFAULT_APP_SETTINGS, type AppSettings } from '../../src/core/desktop/app-settings.ts';
import type { ApiKeyStore } from '../../src/main/api-keys.ts';
import { createIpcHandlers, type FileDialogs } from '../../src/main/ipc-handlers.ts';
import { fakeEngine } from './fake-engine.ts';

function setup(options: { saveTo?: string; openFrom?: string; settings?: AppSettings } = {}) {
  const engine = fakeEngine(options.settings);
  const saved: AppSettings[] = [];
  const settingsStore = { save: vi.fn((settings: AppSettings) => void saved.push(settings)) };
  const apiKeys: ApiKeyStore = {
    storage: async () => 'encrypted',
    serviceIds: () => ['claude'],
    set: vi.fn(async () => ({ ok: true as const })),
    get: async () => undefined,
  };
  const dialogs: FileDialogs = { chooseSaveFile: vi.fn(async () => options.saveTo), chooseOpenFile: vi.fn(async () => options.openFrom) };
  const deps = {
    engine,
    settingsStore,
    apiKeys,
    dialogs,
    clipboard: { writeText: vi.fn() },
    openInBrowser: vi.fn(async () => true),
    setLaunchAtLogin: vi.fn(async () => {}),
    logs: { redactedText: () => '2026-11-21T20:00:00.000Z INFO started\n' },
  };
  return { ...deps, saved, handlers: createIpcHandlers(deps) };
}

const temp = () => mkdtempSync(join(tmpdir(), 'status-doctor-ipc-'));

describe('updateSettings', () => {
  it('saves valid settings, then applies them, and answers with the settings view', async () => {
    const { handlers, saved, engine, setLaunchAtLogin } = setup();
    const result = await handlers.updateSettings({ language: 'ko', launchAtLogin: true });
    expect(result).toMatchObject({ ok: true, settings: { settings: { language: 'ko', launchAtLogin: true }, apiKeyServiceIds: ['claude'], secretStorage: 'encrypted' } });
    expect(result.ok && result.settings.catalog.map((entry) => entry.id)).toEqual(BUILTIN_SERVICES.map((service) => service.id));
    expect(saved).toHaveLength(1);
    expect(engine.applySettings).toHaveBeenCalledWith(saved[0]);
    expect(setLaunchAtLogin).toHaveBeenCalledWith(true);
  });

  it('saves nothing and names every bad field when any is wrong', async () => {
    const { handlers, saved, engine } = setup();
    const result = await handlers.updateSettings({ language: 'fr', deadlineMs: 10, surprise: true });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.path).sort()).toEqual(['deadlineMs', 'language', 'surprise']);
    expect(saved).toEqual([]);
    expect(engine.applySettings).not.toHaveBeenCalled();
  });

  it('does not apply settings the disk refused to save', async () => {
    const { handlers, settingsStore, engine } = setup();
    settingsStore.save.mockImplementationOnce(() => {
      throw new Error('ENOSPC: no space left on device');
    });
    await expect(handlers.updateSettings({ language: 'ko' })).resolves.toEqual({ ok: false, errors: [{ path: '', message: 'ENOSPC: no space left on device' }] });
    expect(engine.applySettings).not.toHaveBeenCalled();
  });
});

describe('import and export', () => {
  it('exports a config file that `status-doctor --config` reads', async () => {
    const path = join(temp(), 'config.json');
    const { handlers } = setup({ saveTo: path });
    await expect(handlers.exportSettings(undefined)).resolves.toEqual({ ok: true, path });
    const config = parseConfig(JSON.parse(readFileSync(path, 'utf8')), path);
    expect(config.services?.map((service) => service.id)).toEqual(BUILTIN_SERVICES.map((service) => service.id));
  });

  it('imports a valid config file and applies it', async () => {
    const path = join(temp(), 'team.json');
    writeFileSync(path, JSON.stringify({ deadlineMs: 8000, services: [BUILTIN_SERVICES[0]] }));
    const { handlers, saved } = setup({ openFrom: path });
    const result = await handlers.importSettings(undefined);
    expect(result).toMatchObject({ ok: true, settings: { settings: { deadlineMs: 8000 } } });
    expect(saved[0]?.disabledServiceIds).toEqual(BUILTIN_SERVICES.slice(1).map((service) => service.id));
  });

  it('changes nothing for a file that is not JSON or has a bad field, and says why', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'broken.json'), '{ "deadlineMs": ');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ deadlineMs: 'soon' }));
    const broken = setup({ openFrom: join(dir, 'broken.json') });
    const brokenResult = await broken.handlers.importSettings(undefined);
    expect(brokenResult).toMatchObject({ ok: false, reason: 'invalid', errors: [{ path: '', message: expect.stringMatching(/^is not valid JSON/) }] });
    const bad = setup({ openFrom: join(dir, 'bad.json') });
    await expect(bad.handlers.importSettings(undefined)).resolves.toMatchObject({ ok: false, reason: 'invalid', errors: [{ path: 'deadlineMs' }] });
    expect([...broken.saved, ...bad.saved]).toEqual([]);
  });

  it('does nothing when a dialog is cancelled', async () => {
    const { handlers, saved } = setup();
    await expect(handlers.importSettings(undefined)).resolves.toEqual({ ok: false, reason: 'cancelled' });
    await expect(handlers.exportSettings(undefined)).resolves.toEqual({ ok: false, reason: 'cancelled' });
    expect(saved).toEqual([]);
  });
});

describe('files for support', () => {
  it('saves the support report in the chosen format', async () => {
    const path = join(temp(), 'report.md');
    const { handlers, engine } = setup({ saveTo: path });
    await expect(handlers.saveSupportReport({ serviceId: 'chatgpt', format: 'markdown' })).resolves.toEqual({ ok: true, path });
    expect(readFileSync(path, 'utf8')).toBe('# Report\n');
    expect(engine.getSupportReport).toHaveBeenCalledWith({ serviceId: 'chatgpt' });
  });

  it('saves the redacted logs, and says when writing fails', async () => {
    const dir = temp();
    const ok = setup({ saveTo: join(dir, 'logs.txt') });
    await expect(ok.handlers.saveLogs(undefined)).resolves.toMatchObject({ ok: true });
    expect(readFileSync(join(dir, 'logs.txt'), 'utf8')).toContain('INFO started');
    const failing = setup({ saveTo: join(dir, 'no-such-folder', 'logs.txt') });
    await expect(failing.handlers.saveLogs(undefined)).resolves.toMatchObject({ ok: false, reason: 'failed', message: expect.stringMatching(/ENOENT/) });
  });
});

describe('the other handlers', () => {
  it('open a status page from the catalog by id, never a URL from the window', async () => {
    const { handlers, openInBrowser } = setup();
    await handlers.openStatusPage({ serviceId: 'chatgpt' });
    expect(openInBrowser).toHaveBeenCalledWith('https://status.openai.com');
    await expect(handlers.openStatusPage({ serviceId: 'nobody' })).rejects.toThrow(/nobody has no status page/);
  });

  it('pass requests on to the engine, clipboard and key store', async () => {
    const { handlers, engine, clipboard, apiKeys } = setup();
    await handlers.setPaused({ minutes: 60 });
    await handlers.muteService({ serviceId: 'chatgpt', duration: null });
    await handlers.copyText({ text: 'report' });
    await handlers.setApiKey({ serviceId: 'claude', key: null });
    expect(engine.setPaused).toHaveBeenCalledWith(60);
    expect(engine.muteService).toHaveBeenCalledWith({ serviceId: 'chatgpt', duration: null });
    expect(clipboard.writeText).toHaveBeenCalledWith('report');
    expect(apiKeys.set).toHaveBeenCalledWith({ serviceId: 'claude', key: null });
  });
});

describe('defaults', () => {
  it('are what a fresh install shows', async () => {
    const { handlers } = setup();
    await expect(handlers.getSettings(undefined)).resolves.toMatchObject({ settings: DEFAULT_APP_SETTINGS });
  });
});
