import type { ProbeOutcome } from '../probe/probe-result.ts';
import type { HistorySample } from './history-records.ts';
import type { HistoryStore } from './history-store.ts';

/** What `fillForBench` writes. */
export interface BenchFillOptions {
  readonly services: number;
  readonly days: number;
  readonly intervalMs: number;
  /** The last sample's time (default: now). */
  readonly end?: number;
  /** Seed of the pseudo-random data, for repeatable figures. */
  readonly seed?: number;
}

/** How long the 30-day chart took. */
export interface ChartQueryTiming {
  /** First run. */
  readonly firstMs: number;
  /** Median of the runs. */
  readonly medianMs: number;
  /** Rows the chart got: uptime days plus latency days. */
  readonly rows: number;
}

const DAY_MS = 86_400_000;
const BATCH = 10_000;

// A day of a service behind Cloudflare: mostly fine, a few of each failure.
const OUTCOME_MIX: readonly (readonly [ProbeOutcome, number])[] = [
  ['timeout', 0.004],
  ['http-5xx', 0.004],
  ['edge-origin-error', 0.002],
  ['rate-limited', 0.003],
  ['dns-error', 0.002],
];

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32: fast, deterministic, good enough for test data.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

function pickOutcome(roll: number): ProbeOutcome {
  let edge = 0;
  for (const [outcome, share] of OUTCOME_MIX) {
    edge += share;
    if (roll < edge) return outcome;
  }
  return 'ok';
}

function hex(next: () => number, digits: number): string {
  let text = '';
  while (text.length < digits) text += Math.floor(next() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return text.slice(0, digits);
}

function sampleAt(serviceId: string, time: number, next: () => number): HistorySample {
  const outcome = pickOutcome(next());
  const dnsMs = 1 + next() * 30;
  const connectMs = 5 + next() * 55;
  const tlsMs = 10 + next() * 70;
  const ttfbMs = dnsMs + connectMs + tlsMs + 60 + next() * 600;
  const answered = outcome !== 'timeout' && outcome !== 'dns-error';
  return {
    serviceId,
    time,
    outcome,
    ...(answered ? { status: outcome === 'ok' ? 200 : outcome === 'rate-limited' ? 429 : outcome === 'http-5xx' ? 503 : 522 } : {}),
    timings:
      outcome === 'timeout'
        ? { dnsMs, connectMs, totalMs: 10_000 }
        : outcome === 'dns-error'
          ? { totalMs: dnsMs }
          : { dnsMs, connectMs, tlsMs, ttfbMs, totalMs: ttfbMs + 5 + next() * 45 },
    ...(answered ? { cfRay: `${hex(next, 16)}-ICN` } : {}),
    localProblem: outcome === 'dns-error',
  };
}

/**
 * Fills a store with `days` of samples for `services` services, one every
 * `intervalMs` (±5 %), in large transactions: the history of a month of
 * monitoring, for the size and chart-speed figures of `npm run bench`.
 */
export function fillForBench(store: HistoryStore, options: BenchFillOptions): void {
  const next = random(options.seed ?? 1);
  const end = options.end ?? Date.now();
  const start = end - options.days * DAY_MS;
  const services = Array.from({ length: options.services }, (_, index) => `bench-service-${index + 1}`);
  let batch: HistorySample[] = [];
  for (let tick = start; tick < end; tick += options.intervalMs) {
    for (const serviceId of services) {
      const jitter = (next() - 0.5) * 0.1 * options.intervalMs;
      batch.push(sampleAt(serviceId, Math.min(end - 1, Math.max(start, Math.round(tick + jitter))), next));
    }
    if (batch.length >= BATCH) {
      store.addSamples(batch);
      batch = [];
    }
  }
  store.addSamples(batch);
}

/**
 * Times the 30-day chart: uptime per day and p50/p95 latency per day for
 * every service, `runs` times (the first run included).
 */
export function timeChartQuery(store: HistoryStore, options: { readonly days: number; readonly end?: number; readonly runs?: number }): ChartQueryTiming {
  const end = options.end ?? Date.now();
  const window = { from: end - options.days * DAY_MS, to: end };
  const timings: number[] = [];
  let rows = 0;
  for (let run = 0; run < (options.runs ?? 5); run++) {
    const started = performance.now();
    rows = store.uptimePerDay(window).length + store.latencyPercentiles({ ...window, bucket: 'day' }).length;
    timings.push(performance.now() - started);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  return { firstMs: timings[0] ?? 0, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, rows };
}
