import { z } from 'zod';
import { BUILTIN_SERVICES } from '../catalog/builtin-catalog.ts';
import {
  DEFAULT_DEADLINE_MS,
  networkSchema,
  serviceSpecSchema,
  tlsSchema,
  type ConfigFile,
  type ConfigFileInput,
  type ServiceSpec,
} from '../config/config-schema.ts';
import { ConfigError, parseConfig, problemsOf, type ConfigProblem } from '../config/parse-config.ts';
import { historyConfigSchema, monitorConfigSchema } from '../config/monitor-config-schema.ts';

/** The version of the settings file this build writes; older ones are migrated (see `migrateAppSettings`). */
export const APP_SETTINGS_VERSION = 1;

const serviceIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'must be a service id' });

/**
 * The desktop app's settings: the config file of DESIGN.md (network, TLS,
 * monitor, history, deadline) plus what only the app has — language,
 * launch at login, which built-in services are switched off and the user's
 * own services. Strict like the config: a field it does not know is an
 * error, so nothing is silently dropped.
 */
export const appSettingsSchema = z
  .strictObject({
    version: z.literal(APP_SETTINGS_VERSION).default(APP_SETTINGS_VERSION),
    language: z.enum(['system', 'en', 'ko']).default('system'),
    launchAtLogin: z.boolean({ error: 'must be true or false' }).default(false),
    /** Built-in services switched off. */
    disabledServiceIds: z.array(serviceIdSchema).max(200).default([]),
    /** The user's own services; one with a built-in id replaces the built-in one. */
    customServices: z.array(serviceSpecSchema).max(50, { error: 'must list at most 50 services' }).default([]),
    network: networkSchema.default(() => networkSchema.parse({})),
    tls: tlsSchema.default(() => tlsSchema.parse({})),
    monitor: monitorConfigSchema,
    history: historyConfigSchema,
    deadlineMs: z.int().min(500).max(60_000).default(DEFAULT_DEADLINE_MS),
  })
  .superRefine((settings, ctx) => {
    const seen = new Map<string, number>();
    settings.customServices.forEach((service, index) => {
      const first = seen.get(service.id);
      if (first === undefined) seen.set(service.id, index);
      else ctx.addIssue({ code: 'custom', path: ['customServices', index, 'id'], message: `is already used by customServices[${first}]` });
    });
  });

/** The settings with every default applied. */
export type AppSettings = z.output<typeof appSettingsSchema>;
/** Settings as the window sends them (defaults optional). */
export type AppSettingsInput = z.input<typeof appSettingsSchema>;

/** The settings of a fresh install. */
export const DEFAULT_APP_SETTINGS: AppSettings = appSettingsSchema.parse({});

/** Settings that could not be used, with every bad field named. Nothing of them is applied. */
export class AppSettingsError extends Error {
  readonly problems: readonly ConfigProblem[];
  constructor(problems: readonly ConfigProblem[]) {
    super(problems.map((problem) => `${problem.path || 'settings'}: ${problem.message}`).join('\n'));
    this.name = 'AppSettingsError';
    this.problems = problems;
  }
}

/** Validates settings; throws {@link AppSettingsError} naming every bad field. */
export function parseAppSettings(input: unknown): AppSettings {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new AppSettingsError([{ path: '', message: 'must be an object' }]);
  }
  const result = appSettingsSchema.safeParse(input);
  if (result.success) return result.data;
  throw new AppSettingsError(problemsOf(result.error, input));
}

/** The services the app watches: the catalog minus what is switched off, with the user's own (which replace built-ins of the same id). */
export function watchedServices(settings: AppSettings, catalog: readonly ServiceSpec[] = BUILTIN_SERVICES): ServiceSpec[] {
  const custom = new Map(settings.customServices.map((service) => [service.id, service]));
  const disabled = new Set(settings.disabledServiceIds);
  const builtin = catalog.filter((service) => !disabled.has(service.id) && !custom.has(service.id));
  return [...builtin, ...settings.customServices];
}

/** The engine's config for these settings. */
export function configOf(settings: AppSettings, catalog: readonly ServiceSpec[] = BUILTIN_SERVICES): ConfigFile {
  return {
    services: watchedServices(settings, catalog),
    network: settings.network,
    tls: settings.tls,
    monitor: settings.monitor,
    history: settings.history,
    deadlineMs: settings.deadlineMs,
  };
}

/** The settings as a config file of DESIGN.md, for export: `status-doctor --config` reads it as it is. */
export function exportConfigFile(settings: AppSettings, catalog: readonly ServiceSpec[] = BUILTIN_SERVICES): ConfigFileInput {
  return {
    $schema: 'https://statusdoctor.app/schemas/config.schema.json',
    ...configOf(settings, catalog),
  };
}

const sameSpec = (a: ServiceSpec, b: ServiceSpec) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Settings from an imported config file: its services become the built-ins
 * it lists unchanged (the others switched off) and custom services for the
 * rest; a file without `services` keeps the user's choice of services.
 * App-only settings (language, launch at login) are kept. Throws
 * {@link ConfigError} for a bad file, before anything changes.
 */
export function importConfigFile(input: unknown, current: AppSettings, source: string, catalog: readonly ServiceSpec[] = BUILTIN_SERVICES): AppSettings {
  const config = parseConfig(input, source);
  const { services } = config;
  let serviceSettings = { disabledServiceIds: current.disabledServiceIds, customServices: current.customServices };
  if (services !== undefined) {
    const byId = new Map(catalog.map((service) => [service.id, service]));
    const keptBuiltin = new Set(services.filter((service) => byId.has(service.id) && sameSpec(service, byId.get(service.id)!)).map((s) => s.id));
    serviceSettings = {
      disabledServiceIds: catalog.filter((service) => !keptBuiltin.has(service.id)).map((service) => service.id),
      customServices: services.filter((service) => !keptBuiltin.has(service.id)),
    };
  }
  const next = {
    ...current,
    ...serviceSettings,
    network: config.network,
    tls: config.tls,
    monitor: config.monitor,
    history: config.history,
    deadlineMs: config.deadlineMs,
  };
  try {
    return parseAppSettings(next);
  } catch (error) {
    if (error instanceof AppSettingsError) throw new ConfigError(source, error.problems);
    throw error;
  }
}
