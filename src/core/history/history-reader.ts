import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { PROBE_OUTCOMES, type ProbeTimings } from '../probe/probe-result.ts';
import { decodeCfRay } from './cf-ray-codec.ts';
import type { HistorySample } from './history-records.ts';
import type { LatencyBaseline, LatencyBucket, LocalTimeOption, TimeWindow, UptimeDay } from './history-store.ts';
import { DAY_MS, forEachHour, forEachQuarter, HOUR_MS, QUARTER_MS } from './day-rollup.ts';
import { decodeHistogramInto, emptyHistogram, histogramCount, histogramPercentile, sortedPercentile, type LatencyHistogram } from './latency-histogram.ts';
import { hasServiceLatency, OUTCOME_CODES, outcomeFromCode } from './outcome-codes.ts';
import type { ServiceIds } from './service-ids.ts';
import { optionalNumber } from './row-fields.ts';

const DEFAULT_BASELINE_WINDOW_MS = DAY_MS;
const DEFAULT_BASELINE_MIN_SAMPLES = 30;

// Integers from our own table, never input: safe inside the SQL text.
const LATENCY_CODES = PROBE_OUTCOMES.filter(hasServiceLatency)
  .map((outcome) => OUTCOME_CODES[outcome])
  .join(', ');

function offsetMs(option: LocalTimeOption): number {
  return Math.round((option.utcOffsetMinutes ?? 0) / 15) * 15 * 60_000;
}

/** The read side of samples: raw rows, rollup-based charts, the recent baseline. */
export class HistoryReader {
  readonly #services: ServiceIds;
  readonly #now: () => number;
  readonly #samples: StatementSync;
  readonly #days: StatementSync;
  readonly #allServiceIds: StatementSync;
  readonly #baseline: StatementSync;

  constructor(db: DatabaseSync, services: ServiceIds, now: () => number) {
    this.#services = services;
    this.#now = now;
    this.#samples = db.prepare('SELECT * FROM samples WHERE service = ? AND t >= ? AND t < ? ORDER BY t LIMIT ?');
    this.#days = db.prepare('SELECT day, counts, latency FROM daily_rollups WHERE service = ? AND day >= ? AND day < ? ORDER BY day');
    this.#days.setReturnArrays(true);
    this.#allServiceIds = db.prepare('SELECT id FROM services ORDER BY name');
    this.#baseline = db.prepare(
      `SELECT total_ms FROM samples WHERE service = ? AND t > ? AND t <= ? AND outcome IN (${LATENCY_CODES}) ORDER BY total_ms`,
    );
    this.#baseline.setReturnArrays(true);
  }

  /** Raw samples of one service, oldest first. */
  samples(query: TimeWindow & { readonly serviceId: string; readonly limit?: number }): HistorySample[] {
    const service = this.#services.existingId(query.serviceId);
    if (service === undefined) return [];
    return this.#samples.all(service, query.from, query.to, query.limit ?? -1).map((row) => {
      const timings: ProbeTimings = {
        totalMs: Number(row['total_ms']),
        ...(optionalNumber(row['dns_ms']) === undefined ? {} : { dnsMs: Number(row['dns_ms']) }),
        ...(optionalNumber(row['connect_ms']) === undefined ? {} : { connectMs: Number(row['connect_ms']) }),
        ...(optionalNumber(row['tls_ms']) === undefined ? {} : { tlsMs: Number(row['tls_ms']) }),
        ...(optionalNumber(row['ttfb_ms']) === undefined ? {} : { ttfbMs: Number(row['ttfb_ms']) }),
      };
      const status = optionalNumber(row['status']);
      const cfRay = decodeCfRay(row['cf_ray']);
      return {
        serviceId: query.serviceId,
        time: Number(row['t']),
        outcome: outcomeFromCode(Number(row['outcome'])),
        ...(status === undefined ? {} : { status }),
        timings,
        ...(cfRay === undefined ? {} : { cfRay }),
        localProblem: row['local_problem'] === 1,
      };
    });
  }

  #serviceIds(serviceId: string | undefined): number[] {
    if (serviceId !== undefined) return [this.#services.existingId(serviceId)].filter((id) => id !== undefined);
    return this.#allServiceIds.all().map((row) => Number(row['id']));
  }

  /** The stored days of one service that touch the window, oldest first. */
  #storedDays(service: number, window: TimeWindow): [number, Uint8Array, Uint8Array][] {
    const first = Math.floor(window.from / DAY_MS);
    const end = Math.floor((window.to - 1) / DAY_MS) + 1;
    return this.#days.all(service, first, end) as unknown as [number, Uint8Array, Uint8Array][];
  }

  /** Uptime per local day per service (the window aligns to quarter hours). */
  uptimePerDay(query: TimeWindow & LocalTimeOption & { readonly serviceId?: string }): UptimeDay[] {
    const offset = offsetMs(query);
    const firstQuarter = Math.floor(query.from / QUARTER_MS);
    const endQuarter = Math.ceil(query.to / QUARTER_MS);
    const result: UptimeDay[] = [];
    for (const service of this.#serviceIds(query.serviceId)) {
      const days = new Map<number, { up: number; down: number; excluded: number }>();
      for (const [day, counts] of this.#storedDays(service, query)) {
        forEachQuarter(counts, (quarter, up, down, excluded) => {
          const index = day * (DAY_MS / QUARTER_MS) + quarter;
          if (index < firstQuarter || index >= endQuarter) return;
          const localDay = Math.floor((index * QUARTER_MS + offset) / DAY_MS);
          let total = days.get(localDay);
          if (!total) {
            total = { up: 0, down: 0, excluded: 0 };
            days.set(localDay, total);
          }
          total.up += up;
          total.down += down;
          total.excluded += excluded;
        });
      }
      const serviceId = this.#services.nameOf(service);
      for (const [localDay, { up, down, excluded }] of days) {
        result.push({
          serviceId,
          day: new Date(localDay * DAY_MS).toISOString().slice(0, 10),
          dayStart: localDay * DAY_MS - offset,
          up,
          down,
          excluded,
          ...(up + down > 0 ? { uptime: up / (up + down) } : {}),
        });
      }
    }
    return result;
  }

  /**
   * p50/p95 of totalMs per hour, per day or over the window, per service.
   * Histograms are hourly: the window aligns to hours, and in a time zone a
   * half hour off UTC a "day" of latency starts on the half hour.
   */
  latencyPercentiles(
    query: TimeWindow & LocalTimeOption & { readonly serviceId?: string; readonly bucket?: 'hour' | 'day' | 'none' },
  ): LatencyBucket[] {
    const offset = offsetMs(query);
    const size = query.bucket === 'hour' ? HOUR_MS : query.bucket === 'day' ? DAY_MS : undefined;
    const firstHour = Math.floor(query.from / HOUR_MS);
    const endHour = Math.ceil(query.to / HOUR_MS);
    const buckets: LatencyBucket[] = [];
    for (const service of this.#serviceIds(query.serviceId)) {
      const groups = new Map<number, LatencyHistogram>();
      for (const [day, , latency] of this.#storedDays(service, query)) {
        forEachHour(latency, (hour, histogram) => {
          const index = day * (DAY_MS / HOUR_MS) + hour;
          if (index < firstHour || index >= endHour) return;
          const start = size === undefined ? query.from : Math.floor((index * HOUR_MS + offset) / size) * size - offset;
          let group = groups.get(start);
          if (!group) {
            group = emptyHistogram();
            groups.set(start, group);
          }
          decodeHistogramInto(histogram, group);
        });
      }
      const serviceId = this.#services.nameOf(service);
      for (const [start, histogram] of groups) {
        const samples = histogramCount(histogram);
        const p50Ms = histogramPercentile(histogram, 0.5);
        const p95Ms = histogramPercentile(histogram, 0.95);
        if (samples > 0 && p50Ms !== undefined && p95Ms !== undefined) buckets.push({ serviceId, start, samples, p50Ms, p95Ms });
      }
    }
    return buckets;
  }

  /** Exact p95 of the service's latency over the last `windowMs`; absent below `minSamples`. */
  recentBaseline(serviceId: string, options: { readonly windowMs?: number; readonly minSamples?: number } = {}): LatencyBaseline | undefined {
    const service = this.#services.existingId(serviceId);
    if (service === undefined) return undefined;
    const now = this.#now();
    const rows = this.#baseline.all(service, now - (options.windowMs ?? DEFAULT_BASELINE_WINDOW_MS), now) as unknown as unknown[][];
    const totals = rows.map((row) => Number(row[0]));
    const p95Ms = sortedPercentile(totals, 0.95);
    if (p95Ms === undefined || totals.length < (options.minSamples ?? DEFAULT_BASELINE_MIN_SAMPLES)) return undefined;
    return { p95Ms, samples: totals.length };
  }
}
