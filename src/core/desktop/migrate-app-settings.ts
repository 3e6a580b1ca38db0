import { APP_SETTINGS_VERSION, AppSettingsError, parseAppSettings, type AppSettings } from './app-settings.ts';

/** Turns a settings object of the version before into this version's. */
export type SettingsMigration = (settings: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Migrations by the version they produce: `1` turns a version-0 file into
 * a version-1 file, and so on. Version 0 is a file without `version` (the
 * development builds before the field existed): the same fields, so only the
 * version is added. A future version 2 adds `2: (v1) => …` here and bumps
 * APP_SETTINGS_VERSION; older files then run through every step in order.
 */
export const APP_SETTINGS_MIGRATIONS: Readonly<Record<number, SettingsMigration>> = {
  1: (settings) => ({ ...settings, version: 1 }),
};

/** What reading a settings file came to. */
export type SettingsFileOutcome =
  /** Usable; `migratedFrom` when it was an older version (save it back). */
  | { readonly kind: 'ok'; readonly settings: AppSettings; readonly migratedFrom?: number }
  /** Not settings at all, or settings with bad fields: keep the file aside and start from defaults. */
  | { readonly kind: 'unusable'; readonly reason: string }
  /** Written by a newer build: keep the file aside (that build can still read it) and start from defaults. */
  | { readonly kind: 'newer'; readonly version: number };

// Keys a storage library may keep in the file for itself; they are not settings.
const STORAGE_KEYS = new Set(['__internal__']);

/**
 * Reads the parsed contents of a settings file (pure): migrates an older
 * version step by step, then validates the result with the settings schema.
 * Never throws; the outcome says what to do with the file.
 */
export function migrateAppSettings(raw: unknown, migrations: Readonly<Record<number, SettingsMigration>> = APP_SETTINGS_MIGRATIONS, latest = APP_SETTINGS_VERSION): SettingsFileOutcome {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { kind: 'unusable', reason: 'the file does not hold an object' };
  let settings: Record<string, unknown> = Object.fromEntries(Object.entries(raw).filter(([key]) => !STORAGE_KEYS.has(key)));
  const version = settings.version ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'unusable', reason: `version must be a whole number, not ${JSON.stringify(version)}` };
  }
  if (version > latest) return { kind: 'newer', version };
  for (let next = version + 1; next <= latest; next++) {
    const migrate = migrations[next];
    if (!migrate) return { kind: 'unusable', reason: `no migration to version ${next}` };
    settings = migrate(settings);
  }
  try {
    const parsed = parseAppSettings(settings);
    return version < latest ? { kind: 'ok', settings: parsed, migratedFrom: version } : { kind: 'ok', settings: parsed };
  } catch (error) {
    if (error instanceof AppSettingsError) return { kind: 'unusable', reason: error.message };
    throw error;
  }
}
