import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { classifyOutcome } from '../assessment/service-state.ts';
import { encodeCfRay } from './cf-ray-codec.ts';
import { addToDayRollup, DAY_MS, emptyDayRollup, encodeCounts, encodeLatency, mergeStoredDay, type DayRollup } from './day-rollup.ts';
import type { HistorySample } from './history-records.ts';
import { OUTCOME_CODES } from './outcome-codes.ts';
import type { ServiceIds } from './service-ids.ts';

// Two probes of one service in the same millisecond (two probe URLs, a
// simulated clock) would share a key; the later one moves up a millisecond.
const MAX_TIME_NUDGE_MS = 1_000;

function optionalMs(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) ? null : Math.max(0, Math.round(value));
}

/** Writes samples and keeps their daily rollups, in one transaction per batch. */
export class SampleWriter {
  readonly #db: DatabaseSync;
  readonly #services: ServiceIds;
  readonly #insertSample: StatementSync;
  readonly #selectDay: StatementSync;
  readonly #replaceDay: StatementSync;

  constructor(db: DatabaseSync, services: ServiceIds) {
    this.#db = db;
    this.#services = services;
    this.#insertSample = db.prepare('INSERT INTO samples VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING');
    this.#selectDay = db.prepare('SELECT counts, latency FROM daily_rollups WHERE service = ? AND day = ?');
    this.#replaceDay = db.prepare('INSERT OR REPLACE INTO daily_rollups (service, day, counts, latency) VALUES (?, ?, ?, ?)');
  }

  /** Commits the samples (and their rollups) together; throws and rolls back on failure. */
  write(samples: readonly HistorySample[]): void {
    if (samples.length === 0) return;
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const days = new Map<string, { service: number; day: number; rollup: DayRollup }>();
      for (const sample of samples) {
        const service = this.#services.idFor(sample.serviceId);
        const time = this.#insert(service, sample);
        if (time === undefined) continue;
        const day = Math.floor(time / DAY_MS);
        const key = `${service}:${day}`;
        let entry = days.get(key);
        if (!entry) {
          entry = { service, day, rollup: emptyDayRollup() };
          days.set(key, entry);
        }
        addToDayRollup(entry.rollup, sample, time);
      }
      for (const { service, day, rollup } of days.values()) {
        const stored = this.#selectDay.get(service, day);
        const counts = stored?.['counts'];
        const latency = stored?.['latency'];
        if (counts instanceof Uint8Array && latency instanceof Uint8Array) mergeStoredDay(rollup, counts, latency);
        this.#replaceDay.run(service, day, encodeCounts(rollup), encodeLatency(rollup));
      }
      this.#db.exec('COMMIT');
    } catch (error) {
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      this.#services.reset();
      throw error;
    }
  }

  /** Inserts one sample; returns the time it was stored at, or undefined when no free millisecond was found. */
  #insert(service: number, sample: HistorySample): number | undefined {
    const { timings } = sample;
    const ray = sample.cfRay !== undefined && classifyOutcome(sample.outcome) !== 'up' ? encodeCfRay(sample.cfRay) : null;
    const start = Math.round(sample.time);
    for (let time = start; time <= start + MAX_TIME_NUDGE_MS; time++) {
      const result = this.#insertSample.run(
        service,
        time,
        OUTCOME_CODES[sample.outcome],
        sample.status ?? null,
        optionalMs(timings.dnsMs),
        optionalMs(timings.connectMs),
        optionalMs(timings.tlsMs),
        optionalMs(timings.ttfbMs),
        optionalMs(timings.totalMs) ?? 0,
        sample.localProblem ? 1 : 0,
        ray,
      );
      if (Number(result.changes) > 0) return time;
    }
    return undefined;
  }
}
