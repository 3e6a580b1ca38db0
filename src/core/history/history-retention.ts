import { statSync } from 'node:fs';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { HistorySettings } from './history-settings.ts';
import { DAY_MS } from './day-rollup.ts';

// When the size bound is passed, samples are trimmed to this share of it, so
// the trimming (and the VACUUM after it) does not come back on the next write.
const TRIM_TARGET = 0.9;
const MAX_TRIM_ROUNDS = 20;
// Free pages beyond this share of the file are worth a VACUUM (at most once per vacuumIntervalMs).
const FREE_SHARE_FOR_VACUUM = 0.25;
const LAST_VACUUM_KEY = 'last-vacuum';

function bytesOnDisk(path: string): number {
  let total = 0;
  for (const file of [path, `${path}-wal`]) {
    try {
      total += statSync(file).size;
    } catch {
      // A missing WAL is no bytes.
    }
  }
  return total;
}

/** Deletes what is past retention, keeps the file under its size bound, vacuums now and then. */
export class HistoryRetention {
  readonly #db: DatabaseSync;
  readonly #location: string | undefined;
  readonly #settings: HistorySettings;
  readonly #now: () => number;
  readonly #serviceIds: StatementSync;
  readonly #deleteSamples: StatementSync;
  readonly #deleteDays: StatementSync;
  readonly #oldestSample: StatementSync;
  readonly #newestSample: StatementSync;
  readonly #deleteEvents: readonly StatementSync[];
  readonly #readMeta: StatementSync;
  readonly #writeMeta: StatementSync;

  /** `location` is the file's path, or undefined for an in-memory database. */
  constructor(db: DatabaseSync, location: string | undefined, settings: HistorySettings, now: () => number) {
    this.#db = db;
    this.#location = location;
    this.#settings = settings;
    this.#now = now;
    this.#serviceIds = db.prepare('SELECT id FROM services');
    // Per service, so each delete walks the (service, t) key instead of the whole table.
    this.#deleteSamples = db.prepare('DELETE FROM samples WHERE service = ? AND t < ?');
    this.#deleteDays = db.prepare('DELETE FROM daily_rollups WHERE service = ? AND day < ?');
    this.#oldestSample = db.prepare('SELECT min(t) AS t FROM samples WHERE service = ?');
    this.#newestSample = db.prepare('SELECT max(t) AS t FROM samples WHERE service = ?');
    this.#deleteEvents = [
      db.prepare('DELETE FROM outages WHERE ended IS NOT NULL AND ended < ?'),
      db.prepare('DELETE FROM network_events WHERE t < ?'),
      db.prepare('DELETE FROM official_incidents WHERE coalesce(resolved_at, first_seen) < ?'),
    ];
    this.#readMeta = db.prepare('SELECT value FROM meta WHERE key = ?');
    this.#writeMeta = db.prepare('INSERT OR REPLACE INTO meta VALUES (?, ?)');
  }

  /** Bytes the file takes on disk (database and WAL). */
  sizeBytes(): number {
    return this.#location === undefined ? this.#pageBytes('page_count') : bytesOnDisk(this.#location);
  }

  #pageBytes(pragma: 'page_count' | 'freelist_count'): number {
    const pages = Number(this.#db.prepare(`PRAGMA ${pragma}`).get()?.[pragma] ?? 0);
    const pageSize = Number(this.#db.prepare('PRAGMA page_size').get()?.['page_size'] ?? 4096);
    return pages * pageSize;
  }

  #usedBytes(): number {
    return this.#pageBytes('page_count') - this.#pageBytes('freelist_count');
  }

  #services(): number[] {
    return this.#serviceIds.all().map((row) => Number(row['id']));
  }

  #inTransaction(work: () => void): void {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      work();
      this.#db.exec('COMMIT');
    } catch (error) {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Runs retention, the size bound and, when due, VACUUM. */
  run(): void {
    const cutoff = this.#now() - this.#settings.retentionDays * DAY_MS;
    this.#inTransaction(() => {
      for (const service of this.#services()) {
        this.#deleteSamples.run(service, cutoff);
        // Rollups go by whole days: the day the cutoff falls in stays.
        this.#deleteDays.run(service, Math.floor(cutoff / DAY_MS));
      }
      for (const statement of this.#deleteEvents) statement.run(cutoff);
    });
    this.#trimToSize();
    this.#vacuumWhenDue();
    // Fold the WAL into the database and cut it to nothing while nobody reads.
    if (this.#location !== undefined) this.#db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }

  #trimToSize(): void {
    if (this.#usedBytes() <= this.#settings.maxBytes) return;
    const target = this.#settings.maxBytes * TRIM_TARGET;
    for (let round = 0; round < MAX_TRIM_ROUNDS; round++) {
      const used = this.#usedBytes();
      if (used <= target) return;
      const services = this.#services();
      const oldest = Math.min(...services.map((id) => Number(this.#oldestSample.get(id)?.['t'] ?? Infinity)));
      const newest = Math.max(...services.map((id) => Number(this.#newestSample.get(id)?.['t'] ?? -Infinity)));
      if (!Number.isFinite(oldest) || !Number.isFinite(newest)) return;
      // Samples are most of the file and spread evenly in time: dropping the
      // oldest share of the span frees about that share of the bytes.
      const share = Math.min(1, Math.max(0.01, (used - target) / used));
      const cutoff = Math.max(oldest + 1, Math.ceil(oldest + share * (newest - oldest)));
      this.#inTransaction(() => {
        for (const service of services) this.#deleteSamples.run(service, cutoff);
      });
    }
  }

  #vacuumWhenDue(): void {
    const now = this.#now();
    const lastVacuum = Number(this.#readMeta.get(LAST_VACUUM_KEY)?.['value'] ?? -Infinity);
    const fileBytes = this.sizeBytes();
    const freeBytes = this.#pageBytes('freelist_count');
    // Over the bound, VACUUM right away if dropping the free pages gets the file back under it.
    const overBound = fileBytes > this.#settings.maxBytes && freeBytes >= fileBytes - this.#settings.maxBytes;
    const mostlyFree = freeBytes > FREE_SHARE_FOR_VACUUM * fileBytes && now - lastVacuum >= this.#settings.vacuumIntervalMs;
    if (!overBound && !mostlyFree) return;
    this.#db.exec('VACUUM');
    this.#writeMeta.run(LAST_VACUUM_KEY, now);
  }
}
