import { join } from 'node:path';
import { expect, it } from 'vitest';
import { applyMigrations, HISTORY_MIGRATIONS, NewerSchemaError } from '../../../src/core/history/history-schema.ts';
import { loadSqlite } from '../../../src/core/history/load-sqlite.ts';
import { tempDir } from './temp-history-dir.ts';

function database() {
  return new (loadSqlite().DatabaseSync)(join(tempDir(), 'history.db'));
}

const version = (db: ReturnType<typeof database>) => db.prepare('PRAGMA user_version').get()?.['user_version'];

it('takes a file forward one version at a time, keeping its rows', () => {
  const db = database();
  expect(applyMigrations(db)).toBe(HISTORY_MIGRATIONS.length);
  db.exec("INSERT INTO services (name) VALUES ('chatgpt')");
  const next = [...HISTORY_MIGRATIONS, 'ALTER TABLE services ADD COLUMN label TEXT'];
  expect(applyMigrations(db, next)).toBe(next.length);
  expect(version(db)).toBe(next.length);
  expect(db.prepare('SELECT name, label FROM services').all()).toEqual([{ name: 'chatgpt', label: null }]);
  db.close();
});

it('leaves a file at its last whole version when a step fails', () => {
  const db = database();
  applyMigrations(db);
  expect(() => applyMigrations(db, [...HISTORY_MIGRATIONS, 'CREATE TABLE extra (x); THIS IS NOT SQL'])).toThrow();
  expect(version(db)).toBe(HISTORY_MIGRATIONS.length);
  expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'extra'").get()).toBeUndefined();
  db.close();
});

it('refuses a file from a newer version', () => {
  const db = database();
  db.exec(`PRAGMA user_version = ${HISTORY_MIGRATIONS.length + 1}`);
  expect(() => applyMigrations(db)).toThrow(NewerSchemaError);
  db.close();
});
