import type * as sqlite from 'node:sqlite';

/** The `node:sqlite` module's shape. */
export type SqliteModule = typeof sqlite;

let loaded: SqliteModule | undefined;

function isSqliteExperimentalWarning(warning: string | Error, typeOrOptions: unknown): boolean {
  const text = typeof warning === 'string' ? warning : warning.message;
  const type =
    typeof typeOrOptions === 'string'
      ? typeOrOptions
      : typeof typeOrOptions === 'object' && typeOrOptions !== null && 'type' in typeOrOptions
        ? typeOrOptions.type
        : undefined;
  const name = typeof warning === 'string' ? type : warning.name;
  return (name === 'ExperimentalWarning' || type === 'ExperimentalWarning') && /sqlite/i.test(text);
}

/**
 * Runs `load` with SQLite's ExperimentalWarning dropped: Node versions where
 * `node:sqlite` is still experimental print one on first load, and users of
 * the tray app or the CLI cannot act on it. Every other warning passes.
 */
export function withoutSqliteWarning<T>(load: () => T): T {
  const original = process.emitWarning;
  process.emitWarning = function emitWarningExceptSqlite(this: NodeJS.Process, ...args: Parameters<typeof process.emitWarning>) {
    if (isSqliteExperimentalWarning(args[0], args[1])) return;
    original.apply(this, args);
  } as typeof process.emitWarning;
  try {
    return load();
  } finally {
    process.emitWarning = original;
  }
}

/** Loads `node:sqlite` (once), without its ExperimentalWarning. */
export function loadSqlite(): SqliteModule {
  loaded ??= withoutSqliteWarning(() => process.getBuiltinModule('node:sqlite'));
  return loaded;
}
