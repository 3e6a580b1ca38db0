import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_APP_SETTINGS } from '../../src/core/desktop/app-settings.ts';

// electron-store reads `app` and `ipcMain` from Electron's default export; as
// a store outside Electron, it needs neither (the test gives it a folder).
const electron = vi.hoisted(() => ({ ipcMain: { removeAllListeners: vi.fn() } }));
vi.mock('electron', () => ({ default: {}, ipcMain: electron.ipcMain }));

const { openSettingsStore } = await import('../../src/main/settings-store.ts');

const AT = Date.UTC(2026, 10, 21, 20, 0);
const folder = () => mkdtempSync(join(tmpdir(), 'status-doctor-settings-'));
const open = (directory: string) => openSettingsStore({ directory, now: () => AT });

describe('the settings store', () => {
  it('starts a fresh install from the defaults without complaint', () => {
    const load = open(folder());
    expect(load.store.current()).toEqual(DEFAULT_APP_SETTINGS);
    expect(load.recovered).toBeUndefined();
  });

  it('keeps what was saved across restarts', () => {
    const directory = folder();
    open(directory).store.save({ ...DEFAULT_APP_SETTINGS, language: 'ko', disabledServiceIds: ['poe'] });
    const again = open(directory);
    expect(again.store.current()).toMatchObject({ language: 'ko', disabledServiceIds: ['poe'] });
    expect(JSON.parse(readFileSync(join(directory, 'settings.json'), 'utf8'))).toMatchObject({ version: 1, language: 'ko' });
  });

  it('migrates a file from before settings had a version and writes it back', () => {
    const directory = folder();
    writeFileSync(join(directory, 'settings.json'), JSON.stringify({ language: 'ko', launchAtLogin: true }));
    const load = open(directory);
    expect(load.migratedFrom).toBe(0);
    expect(load.store.current()).toMatchObject({ version: 1, language: 'ko', launchAtLogin: true });
    expect(JSON.parse(readFileSync(join(directory, 'settings.json'), 'utf8'))).toMatchObject({ version: 1, language: 'ko' });
  });

  it.each([
    ['is not JSON', '{"language": "ko", '],
    ['has a bad field', JSON.stringify({ version: 1, language: 'ko', deadlineMs: 'soon' })],
  ])('keeps a file that %s aside, byte for byte, and starts from the defaults', (_what, contents) => {
    const directory = folder();
    writeFileSync(join(directory, 'settings.json'), contents);
    const load = open(directory);
    expect(load.store.current()).toEqual(DEFAULT_APP_SETTINGS);
    expect(load.recovered).toMatchObject({ reason: 'unusable', keptAs: join(directory, 'settings.corrupt-2026-11-21T20-00-00-000Z.json') });
    expect(readFileSync(load.recovered!.keptAs, 'utf8')).toBe(contents);
    // Saving now writes a good file beside the kept one.
    load.store.save({ ...DEFAULT_APP_SETTINGS, language: 'en' });
    expect(readdirSync(directory).sort()).toEqual(['settings.corrupt-2026-11-21T20-00-00-000Z.json', 'settings.json']);
    expect(open(directory).store.current().language).toBe('en');
  });

  it('leaves a newer version’s file for that version', () => {
    const directory = folder();
    writeFileSync(join(directory, 'settings.json'), JSON.stringify({ version: 9, language: 'ko' }));
    const load = open(directory);
    expect(load.recovered).toMatchObject({ reason: 'newer', detail: 'version 9' });
    expect(existsSync(join(directory, 'settings.newer-2026-11-21T20-00-00-000Z.json'))).toBe(true);
  });

  it('removes electron-store’s extra IPC listener, so main answers only its own channels', () => {
    open(folder());
    expect(electron.ipcMain.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data');
  });
});
