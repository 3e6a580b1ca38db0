import type { DatabaseSync } from 'node:sqlite';

/**
 * One step of the schema: the SQL that takes a file from version `index` to
 * `index + 1` (`PRAGMA user_version`). Steps are only ever appended.
 */
export type HistoryMigration = string;

// Sizes matter here (30 days × 10 services within 20 MB): services are
// integer ids, times integer ms, samples a WITHOUT ROWID table clustered on
// (service, time) so the key is the only index. Charts read one rollup row
// per service and UTC day (see day-rollup.ts) instead of scanning samples:
// node:sqlite's cost is per row, and 30 rows a service keep the chart fast.
const VERSION_1 = `
CREATE TABLE services (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE samples (
  service INTEGER NOT NULL,
  t INTEGER NOT NULL,
  outcome INTEGER NOT NULL,
  status INTEGER,
  dns_ms INTEGER,
  connect_ms INTEGER,
  tls_ms INTEGER,
  ttfb_ms INTEGER,
  total_ms INTEGER NOT NULL,
  local_problem INTEGER NOT NULL,
  cf_ray ANY,
  PRIMARY KEY (service, t)
) WITHOUT ROWID;
CREATE TABLE daily_rollups (
  service INTEGER NOT NULL,
  day INTEGER NOT NULL,
  counts BLOB NOT NULL,
  latency BLOB NOT NULL,
  PRIMARY KEY (service, day)
);
CREATE TABLE outages (
  id INTEGER PRIMARY KEY,
  service INTEGER NOT NULL,
  started INTEGER NOT NULL,
  ended INTEGER,
  cause TEXT NOT NULL,
  provider TEXT,
  incident_id TEXT,
  incident_at INTEGER
);
CREATE INDEX outages_by_start ON outages (started);
CREATE TABLE network_events (
  id INTEGER PRIMARY KEY,
  t INTEGER NOT NULL,
  state TEXT NOT NULL,
  path_proven INTEGER NOT NULL,
  summary TEXT NOT NULL
);
CREATE INDEX network_events_by_time ON network_events (t);
CREATE TABLE official_incidents (
  service INTEGER NOT NULL,
  provider TEXT NOT NULL,
  incident_id TEXT NOT NULL,
  name TEXT NOT NULL,
  impact TEXT NOT NULL,
  status TEXT NOT NULL,
  first_seen INTEGER NOT NULL,
  resolved_at INTEGER,
  PRIMARY KEY (service, provider, incident_id)
) WITHOUT ROWID;
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value ANY
) WITHOUT ROWID;
`;

/** The schema's history, oldest first. */
export const HISTORY_MIGRATIONS: readonly HistoryMigration[] = [VERSION_1];

/** Thrown when a file was written by a newer version than this one knows. */
export class NewerSchemaError extends Error {
  constructor(found: number, known: number) {
    super(`the history file is at schema version ${found}; this version knows up to ${known}`);
    this.name = 'NewerSchemaError';
  }
}

function userVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get();
  return typeof row?.['user_version'] === 'number' ? row['user_version'] : 0;
}

/**
 * Brings the file to the latest version, each step in its own transaction
 * (a crash leaves it at a whole version). Throws `NewerSchemaError` for a file
 * from the future.
 */
export function applyMigrations(db: DatabaseSync, migrations: readonly HistoryMigration[] = HISTORY_MIGRATIONS): number {
  const found = userVersion(db);
  if (found > migrations.length) throw new NewerSchemaError(found, migrations.length);
  for (let version = found; version < migrations.length; version++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migrations[version] ?? '');
      db.exec(`PRAGMA user_version = ${version + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
  return migrations.length;
}
