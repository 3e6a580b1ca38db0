import { ByteReader, writeVarint } from './byte-codec.ts';
import type { HistorySample } from './history-records.ts';
import { decodeHistogramInto, emptyHistogram, latencyBin, writeHistogram, type LatencyHistogram } from './latency-histogram.ts';
import { countsAsUp, hasServiceLatency } from './outcome-codes.ts';

/** A UTC day, in ms. */
export const DAY_MS = 86_400_000;
/** An hour, in ms: latency histograms are kept per hour. */
export const HOUR_MS = 3_600_000;
/** A quarter hour, in ms: uptime is counted per quarter hour (every real time zone is a whole number of them off UTC). */
export const QUARTER_MS = 900_000;

const QUARTERS = DAY_MS / QUARTER_MS;
const HOURS = DAY_MS / HOUR_MS;

/**
 * One service's UTC day, summed up: per quarter hour the samples that were
 * up, down and excluded (failures during a local network problem), per hour a
 * latency histogram of the samples that answered normally. One row a day
 * keeps a 30-day chart at 30 rows per service.
 */
export interface DayRollup {
  /** `[up, down, excluded]` of quarter q at `3q`. */
  readonly counts: Float64Array;
  readonly hours: (LatencyHistogram | undefined)[];
}

/** An empty day. */
export function emptyDayRollup(): DayRollup {
  return { counts: new Float64Array(QUARTERS * 3), hours: new Array<LatencyHistogram | undefined>(HOURS).fill(undefined) };
}

/** Counts one sample stored at `time` into its day. */
export function addToDayRollup(rollup: DayRollup, sample: HistorySample, time: number): void {
  const inDay = time - Math.floor(time / DAY_MS) * DAY_MS;
  const slot = 3 * Math.floor(inDay / QUARTER_MS) + (countsAsUp(sample.outcome) ? 0 : sample.localProblem ? 2 : 1);
  rollup.counts[slot] = (rollup.counts[slot] ?? 0) + 1;
  if (!hasServiceLatency(sample.outcome)) return;
  const hour = Math.floor(inDay / HOUR_MS);
  const histogram = (rollup.hours[hour] ??= emptyHistogram());
  const bin = latencyBin(sample.timings.totalMs);
  histogram[bin] = (histogram[bin] ?? 0) + 1;
}

/** Counts as bytes: per non-empty quarter, its index then up, down, excluded as varints. */
export function encodeCounts(rollup: DayRollup): Uint8Array {
  const bytes: number[] = [];
  for (let quarter = 0; quarter < QUARTERS; quarter++) {
    const up = rollup.counts[3 * quarter] ?? 0;
    const down = rollup.counts[3 * quarter + 1] ?? 0;
    const excluded = rollup.counts[3 * quarter + 2] ?? 0;
    if (up + down + excluded === 0) continue;
    bytes.push(quarter);
    writeVarint(bytes, up);
    writeVarint(bytes, down);
    writeVarint(bytes, excluded);
  }
  return Uint8Array.from(bytes);
}

/** Latency as bytes: per non-empty hour, its index, the histogram's length as a varint, the histogram. */
export function encodeLatency(rollup: DayRollup): Uint8Array {
  const bytes: number[] = [];
  for (let hour = 0; hour < HOURS; hour++) {
    const histogram = rollup.hours[hour];
    if (!histogram) continue;
    const part: number[] = [];
    writeHistogram(part, histogram);
    if (part.length === 0) continue;
    bytes.push(hour);
    writeVarint(bytes, part.length);
    bytes.push(...part);
  }
  return Uint8Array.from(bytes);
}

/** Calls `visit` for each quarter stored by `encodeCounts`; stops at anything malformed. */
export function forEachQuarter(bytes: Uint8Array, visit: (quarter: number, up: number, down: number, excluded: number) => void): void {
  const reader = new ByteReader(bytes);
  while (!reader.done) {
    const quarter = reader.byte();
    const up = reader.varint();
    const down = reader.varint();
    const excluded = reader.varint();
    if (quarter === undefined || up === undefined || down === undefined || excluded === undefined || quarter >= QUARTERS) return;
    visit(quarter, up, down, excluded);
  }
}

/** Calls `visit` with each hour's histogram bytes stored by `encodeLatency`; stops at anything malformed. */
export function forEachHour(bytes: Uint8Array, visit: (hour: number, histogram: Uint8Array) => void): void {
  const reader = new ByteReader(bytes);
  while (!reader.done) {
    const hour = reader.byte();
    const length = reader.varint();
    const part = length === undefined ? undefined : reader.slice(length);
    if (hour === undefined || part === undefined || hour >= HOURS) return;
    visit(hour, part);
  }
}

/** Adds a stored day (both blobs) into `rollup`. */
export function mergeStoredDay(rollup: DayRollup, counts: Uint8Array, latency: Uint8Array): void {
  forEachQuarter(counts, (quarter, up, down, excluded) => {
    rollup.counts[3 * quarter] = (rollup.counts[3 * quarter] ?? 0) + up;
    rollup.counts[3 * quarter + 1] = (rollup.counts[3 * quarter + 1] ?? 0) + down;
    rollup.counts[3 * quarter + 2] = (rollup.counts[3 * quarter + 2] ?? 0) + excluded;
  });
  forEachHour(latency, (hour, histogram) => decodeHistogramInto(histogram, (rollup.hours[hour] ??= emptyHistogram())));
}
