// SQLite's primary result codes (https://sqlite.org/rescode.html) that mean
// "this file cannot be used as it is".
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_CORRUPT = 11;
const SQLITE_FORMAT = 24;
const SQLITE_NOTADB = 26;

/** The primary SQLite result code of a `node:sqlite` error, when it has one. */
export function sqliteResultCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('errcode' in error)) return undefined;
  return typeof error.errcode === 'number' ? error.errcode & 0xff : undefined;
}

/** True when the file is damaged or not a database at all. */
export function isCorruptionError(error: unknown): boolean {
  const code = sqliteResultCode(error);
  return code === SQLITE_CORRUPT || code === SQLITE_NOTADB || code === SQLITE_FORMAT;
}

/** True when another connection held a lock past the busy timeout. */
export function isLockError(error: unknown): boolean {
  const code = sqliteResultCode(error);
  return code === SQLITE_BUSY || code === SQLITE_LOCKED;
}

/** A one-line description of an error for a warning. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
