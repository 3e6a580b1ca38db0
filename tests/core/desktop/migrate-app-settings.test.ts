import { describe, expect, it } from 'vitest';
import { DEFAULT_APP_SETTINGS } from '../../../src/core/desktop/app-settings.ts';
import { migrateAppSettings } from '../../../src/core/desktop/migrate-app-settings.ts';

describe('reading a settings file', () => {
  it('takes a current file as it is', () => {
    expect(migrateAppSettings({ version: 1, language: 'ko', launchAtLogin: true })).toEqual({
      kind: 'ok',
      settings: { ...DEFAULT_APP_SETTINGS, language: 'ko', launchAtLogin: true },
    });
  });

  it('migrates a file from before settings had a version, keeping every choice', () => {
    const outcome = migrateAppSettings({ language: 'ko', disabledServiceIds: ['poe'] });
    expect(outcome).toEqual({ kind: 'ok', migratedFrom: 0, settings: { ...DEFAULT_APP_SETTINGS, language: 'ko', disabledServiceIds: ['poe'] } });
  });

  it('runs every step from an old version in order', () => {
    const steps: string[] = [];
    const migrations = {
      1: (s: Readonly<Record<string, unknown>>) => (steps.push('1'), { ...s, version: 1 }),
      2: (s: Readonly<Record<string, unknown>>) => (steps.push('2'), { ...s, version: 2, renamed: s.old }),
    };
    expect(migrateAppSettings({ old: 'x' }, migrations, 2)).toMatchObject({ kind: 'unusable' });
    expect(steps).toEqual(['1', '2']);
  });

  it('keeps a file from a newer version out of the way instead of reading it wrongly', () => {
    expect(migrateAppSettings({ version: 7, language: 'en' })).toEqual({ kind: 'newer', version: 7 });
  });

  it('calls a file with bad fields unusable and says which', () => {
    const outcome = migrateAppSettings({ version: 1, language: 'fr', deadlineMs: 'soon' });
    expect(outcome.kind).toBe('unusable');
    expect(outcome.kind === 'unusable' && outcome.reason).toMatch(/language/);
    expect(outcome.kind === 'unusable' && outcome.reason).toMatch(/deadlineMs/);
    expect(migrateAppSettings([1, 2])).toEqual({ kind: 'unusable', reason: 'the file does not hold an object' });
    expect(migrateAppSettings({ version: '1' })).toMatchObject({ kind: 'unusable', reason: expect.stringMatching(/version/) });
  });

  it('ignores what the storage library keeps in the file for itself', () => {
    expect(migrateAppSettings({ version: 1, __internal__: { migrations: { version: '0.1.0' } } })).toEqual({ kind: 'ok', settings: DEFAULT_APP_SETTINGS });
  });
});
