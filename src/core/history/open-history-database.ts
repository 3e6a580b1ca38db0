import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { applyMigrations, NewerSchemaError } from './history-schema.ts';
import type { HistoryWarning } from './history-store.ts';
import { loadSqlite } from './load-sqlite.ts';
import { describeError, isCorruptionError, isLockError } from './sqlite-errors.ts';

/** Where the history lives: `:memory:` when no file could be used. */
export const IN_MEMORY = ':memory:';

/** Thrown when `PRAGMA quick_check` finds damage. */
export class DamagedDatabaseError extends Error {
  constructor(report: string) {
    super(`the history file is damaged (${report})`);
    this.name = 'DamagedDatabaseError';
  }
}

/** An open, checked, migrated database. */
export interface OpenedHistoryDatabase {
  readonly db: DatabaseSync;
  /** The file's path, or `IN_MEMORY`. */
  readonly location: string;
  readonly warnings: readonly HistoryWarning[];
}

/** How to open the file. */
export interface OpenHistoryDatabaseOptions {
  readonly path: string;
  readonly busyTimeoutMs: number;
  readonly now: () => number;
}

// The WAL is folded back every 256 pages (1 MiB) and cut back to that size,
// so it adds at most about a megabyte to the file on disk.
const WAL_CHECKPOINT_PAGES = 256;
const WAL_LIMIT_BYTES = 1024 * 1024;

function configure(db: DatabaseSync): void {
  // WAL with synchronous=NORMAL: a commit is in the WAL (in the OS's cache)
  // before it returns, so a process killed at any point keeps every committed
  // transaction; only a power cut can lose the last few. FULL would add an
  // fsync to every commit for that case, which history does not need.
  const mode = db.prepare('PRAGMA journal_mode = WAL').get();
  if (mode?.['journal_mode'] !== 'wal' && mode?.['journal_mode'] !== 'memory') {
    throw new DamagedDatabaseError(`journal mode stayed ${String(mode?.['journal_mode'])}`);
  }
  db.exec(`PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = ${WAL_LIMIT_BYTES}; PRAGMA wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}; PRAGMA foreign_keys = OFF;`);
}

function quickCheck(db: DatabaseSync): void {
  const rows = db.prepare('PRAGMA quick_check').all();
  const report = rows.map((row) => String(row['quick_check'])).join('; ');
  if (report !== 'ok') throw new DamagedDatabaseError(report.slice(0, 200));
}

/** Opens, checks and migrates; closes and throws on any failure. */
function connect(path: string, busyTimeoutMs: number): DatabaseSync {
  const { DatabaseSync } = loadSqlite();
  const db = new DatabaseSync(path, { timeout: busyTimeoutMs, enableForeignKeyConstraints: false });
  try {
    quickCheck(db);
    configure(db);
    applyMigrations(db);
    // Take the write lock once: a file another process keeps locked fails
    // here, at open, instead of on every later write.
    db.exec('BEGIN IMMEDIATE; COMMIT;');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function timestamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

/**
 * Moves the file and its WAL and shared-memory files aside, as
 * `<path>.corrupt-<timestamp>` (plus `-wal`/`-shm`, so SQLite can still open
 * the copy with its last transactions). Returns the new path.
 */
export function moveAside(path: string, now: number): string {
  let target = `${path}.corrupt-${timestamp(now)}`;
  for (let n = 2; existsSync(target); n++) target = `${path}.corrupt-${timestamp(now)}-${n}`;
  renameSync(path, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  return target;
}

function canBeReplaced(error: unknown): boolean {
  return (
    isCorruptionError(error) || isLockError(error) || error instanceof DamagedDatabaseError || error instanceof NewerSchemaError
  );
}

function whyReplaced(error: unknown): string {
  if (isLockError(error)) return 'was locked by another process';
  if (error instanceof NewerSchemaError) return 'was written by a newer version of Status Doctor';
  return 'was damaged or not a database';
}

function inMemory(warnings: HistoryWarning[], reason: string): OpenedHistoryDatabase {
  const db = connect(IN_MEMORY, 0);
  warnings.push({ code: 'history-in-memory', message: `History is kept in memory until the app quits: ${reason}.` });
  return { db, location: IN_MEMORY, warnings };
}

/**
 * Opens the history file, creating it (and its directory) when missing. A
 * file that is damaged, not a database, from a newer version or locked past
 * the busy timeout is moved aside and a new one made, with a
 * `history-recreated` warning; when no file can be used at all, history lives
 * in memory with a `history-in-memory` warning. Never throws.
 */
export function openHistoryDatabase(options: OpenHistoryDatabaseOptions): OpenedHistoryDatabase {
  const warnings: HistoryWarning[] = [];
  const { path, busyTimeoutMs } = options;
  if (path === IN_MEMORY) return { db: connect(IN_MEMORY, 0), location: IN_MEMORY, warnings };
  try {
    mkdirSync(dirname(path), { recursive: true });
    return { db: connect(path, busyTimeoutMs), location: path, warnings };
  } catch (error) {
    if (!canBeReplaced(error)) return inMemory(warnings, `${path} could not be opened (${describeError(error)})`);
    let movedTo: string;
    try {
      movedTo = moveAside(path, options.now());
    } catch (moveError) {
      return inMemory(warnings, `${path} ${whyReplaced(error)} and could not be moved aside (${describeError(moveError)})`);
    }
    warnings.push({
      code: 'history-recreated',
      message: `The history file ${whyReplaced(error)} (${describeError(error)}); it was moved to ${movedTo} and a new one started.`,
    });
    try {
      return { db: connect(path, busyTimeoutMs), location: path, warnings };
    } catch (retryError) {
      return inMemory(warnings, `a new ${path} could not be made (${describeError(retryError)})`);
    }
  }
}
