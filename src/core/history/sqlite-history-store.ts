import type { DatabaseSync } from 'node:sqlite';
import { OUTCOME_CODES } from './outcome-codes.ts';
import { HistoryEvents } from './history-events.ts';
import { HistoryReader } from './history-reader.ts';
import type { HistorySample } from './history-records.ts';
import { HistoryRetention } from './history-retention.ts';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from './history-settings.ts';
import type { HistoryStore, HistoryWarning } from './history-store.ts';
import { DamagedDatabaseError, IN_MEMORY, moveAside, openHistoryDatabase } from './open-history-database.ts';
import { SampleWriter } from './sample-writer.ts';
import { ServiceIds } from './service-ids.ts';
import { describeError, isCorruptionError, isLockError } from './sqlite-errors.ts';

/** How to open the store. */
export interface OpenHistoryStoreOptions {
  /** The database file (`<data dir>/history.db`), or `:memory:`. */
  readonly path: string;
  readonly settings?: Partial<HistorySettings>;
  /** Epoch ms; injected so retention and "the last 24 h" follow a simulated clock. */
  readonly now?: () => number;
  /** Warnings after open (a file recreated while running, a failed write). */
  readonly onWarning?: (warning: HistoryWarning) => void;
}

/** The store and what happened while opening it. */
export interface OpenedHistoryStore {
  readonly store: HistoryStore;
  readonly warnings: readonly HistoryWarning[];
}

// Samples kept for a retry while writes fail because of a lock, at most.
const MAX_PENDING = 10_000;

interface Connection {
  readonly db: DatabaseSync;
  readonly location: string;
  readonly writer: SampleWriter;
  readonly reader: HistoryReader;
  readonly events: HistoryEvents;
  readonly retention: HistoryRetention;
}

function isStorable(sample: HistorySample): boolean {
  return Number.isFinite(sample.time) && OUTCOME_CODES[sample.outcome] !== undefined && typeof sample.serviceId === 'string';
}

class SqliteHistoryStore implements HistoryStore {
  readonly #path: string;
  readonly #settings: HistorySettings;
  readonly #now: () => number;
  readonly #onWarning: (warning: HistoryWarning) => void;
  readonly #warned = new Set<HistoryWarning['code']>();
  #connection: Connection;
  #pending: HistorySample[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastMaintenance = -Infinity;
  #closed = false;

  constructor(options: OpenHistoryStoreOptions, opened: { db: DatabaseSync; location: string }) {
    this.#path = options.path;
    this.#settings = { ...DEFAULT_HISTORY_SETTINGS, ...options.settings };
    this.#now = options.now ?? Date.now;
    this.#onWarning = options.onWarning ?? (() => {});
    this.#connection = this.#connect(opened.db, opened.location);
  }

  #connect(db: DatabaseSync, location: string): Connection {
    const services = new ServiceIds(db);
    return {
      db,
      location,
      writer: new SampleWriter(db, services),
      reader: new HistoryReader(db, services, this.#now),
      events: new HistoryEvents(db, services, this.#now),
      retention: new HistoryRetention(db, location === IN_MEMORY ? undefined : location, this.#settings, this.#now),
    };
  }

  #warn(warning: HistoryWarning): void {
    // One warning per kind until things work again, not one per sample.
    if (this.#warned.has(warning.code)) return;
    this.#warned.add(warning.code);
    try {
      this.#onWarning(warning);
    } catch {
      // A listener's failure is not the store's to report: nothing here throws.
    }
  }

  /** Moves a file found damaged while running aside and starts a new one. */
  #recreate(cause: unknown): void {
    const { db, location } = this.#connection;
    try {
      db.close();
    } catch {
      // Already unusable; the file is what matters.
    }
    let moved = '';
    if (location !== IN_MEMORY) {
      try {
        moved = ` It was moved to ${moveAside(location, this.#now())}.`;
      } catch {
        // openHistoryDatabase below finds the damage again, and says what it could do.
      }
    }
    const reopened = openHistoryDatabase({ path: this.#path, busyTimeoutMs: this.#settings.busyTimeoutMs, now: this.#now });
    this.#connection = this.#connect(reopened.db, reopened.location);
    this.#warned.clear();
    this.#warn({ code: 'history-recreated', message: `The history file was found damaged (${describeError(cause)}).${moved} A new one was started.` });
    for (const warning of reopened.warnings) this.#warn(warning);
  }

  /** Runs `work`; when the file turns out damaged, recreates it and tries once more. */
  #attempt<T>(work: (connection: Connection) => T): { readonly value: T } | { readonly error: unknown } {
    try {
      return { value: work(this.#connection) };
    } catch (error) {
      if (!isCorruptionError(error) && !(error instanceof DamagedDatabaseError)) return { error };
      this.#recreate(error);
      try {
        return { value: work(this.#connection) };
      } catch (retryError) {
        return { error: retryError };
      }
    }
  }

  /** Runs `work`, warning (once per kind until it works again) and returning `fallback` on failure. */
  #guard<T>(kind: 'read' | 'write', work: (connection: Connection) => T, fallback: T): T {
    if (this.#closed) return fallback;
    const code = kind === 'write' ? 'history-write-failed' : 'history-read-failed';
    const outcome = this.#attempt(work);
    if ('value' in outcome) {
      this.#warned.delete(code);
      return outcome.value;
    }
    this.#warn({ code, message: `History could not be ${kind === 'write' ? 'saved' : 'read'}: ${describeError(outcome.error)}` });
    return fallback;
  }

  recordSample(sample: HistorySample): void {
    if (this.#closed || !isStorable(sample)) return;
    this.#pending.push(sample);
    if (this.#pending.length >= this.#settings.batchSize) this.flush();
    else if (this.#timer === undefined) {
      this.#timer = setTimeout(() => this.flush(), this.#settings.flushDelayMs);
      this.#timer.unref?.();
    }
  }

  addSamples(samples: readonly HistorySample[]): boolean {
    if (this.#closed) return false;
    this.#pending.push(...samples.filter(isStorable));
    return this.flush();
  }

  flush(): boolean {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#closed) return this.#pending.length === 0;
    if (this.#pending.length === 0) return true;
    const batch = this.#pending;
    this.#pending = [];
    const outcome = this.#attempt((connection) => connection.writer.write(batch));
    if ('value' in outcome) this.#warned.delete('history-write-failed');
    else {
      this.#warn({ code: 'history-write-failed', message: `History could not be saved: ${describeError(outcome.error)}` });
      // Another process holding the lock is passing: keep the samples for the next flush.
      if (isLockError(outcome.error)) this.#pending = [...batch, ...this.#pending].slice(-MAX_PENDING);
    }
    if (this.#now() - this.#lastMaintenance >= this.#settings.maintenanceIntervalMs) this.maintain();
    return 'value' in outcome;
  }

  #write(work: (connection: Connection) => void): void {
    this.#guard('write', work, undefined);
  }

  startOutage(outage: Parameters<HistoryStore['startOutage']>[0]): number | undefined {
    return this.#guard<number | undefined>('write', (connection) => connection.events.startOutage(outage), undefined);
  }

  updateOutage(...args: Parameters<HistoryStore['updateOutage']>): void {
    this.#write((connection) => connection.events.updateOutage(...args));
  }

  recordNetworkEvent(...args: Parameters<HistoryStore['recordNetworkEvent']>): void {
    this.#write((connection) => connection.events.recordNetworkEvent(...args));
  }

  recordOfficialIncident(...args: Parameters<HistoryStore['recordOfficialIncident']>): void {
    this.#write((connection) => connection.events.recordOfficialIncident(...args));
  }

  #read<T>(work: (connection: Connection) => T, fallback: T): T {
    this.flush();
    return this.#guard('read', work, fallback);
  }

  samples(...args: Parameters<HistoryStore['samples']>): ReturnType<HistoryStore['samples']> {
    return this.#read((connection) => connection.reader.samples(...args), []);
  }

  uptimePerDay(...args: Parameters<HistoryStore['uptimePerDay']>): ReturnType<HistoryStore['uptimePerDay']> {
    return this.#read((connection) => connection.reader.uptimePerDay(...args), []);
  }

  latencyPercentiles(...args: Parameters<HistoryStore['latencyPercentiles']>): ReturnType<HistoryStore['latencyPercentiles']> {
    return this.#read((connection) => connection.reader.latencyPercentiles(...args), []);
  }

  recentBaseline(...args: Parameters<HistoryStore['recentBaseline']>): ReturnType<HistoryStore['recentBaseline']> {
    return this.#read((connection) => connection.reader.recentBaseline(...args), undefined);
  }

  outages(...args: Parameters<HistoryStore['outages']>): ReturnType<HistoryStore['outages']> {
    return this.#read((connection) => connection.events.outages(...args), []);
  }

  statusPageLag(...args: Parameters<HistoryStore['statusPageLag']>): ReturnType<HistoryStore['statusPageLag']> {
    return this.#read((connection) => connection.events.statusPageLag(...args), []);
  }

  networkEvents(...args: Parameters<HistoryStore['networkEvents']>): ReturnType<HistoryStore['networkEvents']> {
    return this.#read((connection) => connection.events.networkEvents(...args), []);
  }

  officialIncidents(...args: Parameters<HistoryStore['officialIncidents']>): ReturnType<HistoryStore['officialIncidents']> {
    return this.#read((connection) => connection.events.officialIncidents(...args), []);
  }

  maintain(): void {
    this.#lastMaintenance = this.#now();
    this.#write((connection) => connection.retention.run());
  }

  sizeBytes(): number {
    return this.#guard('read', (connection) => connection.retention.sizeBytes(), 0);
  }

  close(): void {
    if (this.#closed) return;
    this.flush();
    this.#closed = true;
    try {
      this.#connection.db.close();
    } catch {
      // Closing twice or after a failure changes nothing for the caller.
    }
  }
}

/**
 * Opens (or creates) the history store at `path`. Never throws: a corrupt,
 * foreign, future or locked file is moved aside and recreated, reported in
 * `warnings` as `history-recreated`.
 */
export function openHistoryStore(options: OpenHistoryStoreOptions): OpenedHistoryStore {
  const settings = { ...DEFAULT_HISTORY_SETTINGS, ...options.settings };
  const now = options.now ?? Date.now;
  const opened = openHistoryDatabase({ path: options.path, busyTimeoutMs: settings.busyTimeoutMs, now });
  const store = new SqliteHistoryStore(options, opened);
  store.maintain();
  return { store, warnings: opened.warnings };
}
