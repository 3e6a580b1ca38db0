import { closeSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillForBench } from '../../../src/core/history/fill-for-bench.ts';
import type { HistoryWarning } from '../../../src/core/history/history-store.ts';
import { loadSqlite } from '../../../src/core/history/load-sqlite.ts';
import { openHistoryStore } from '../../../src/core/history/sqlite-history-store.ts';
import { closeLater, DAY, DAY0, HOUR, MINUTE, sample, tempDir } from './temp-history-dir.ts';

function openAt(now: number, settings = {}) {
  const path = join(tempDir(), 'history.db');
  const opened = openHistoryStore({ path, now: () => now, settings });
  closeLater(opened.store);
  return { path, ...opened };
}

describe('samples', () => {
  it('reads back what was written, timings rounded, oldest first', () => {
    const { store, warnings } = openAt(DAY0);
    expect(warnings).toEqual([]);
    store.addSamples([
      sample({ time: DAY0 + 2 * MINUTE, outcome: 'timeout', status: undefined, timings: { dnsMs: 2.4, connectMs: 9.6, totalMs: 10_000 } }),
      sample({ time: DAY0 + MINUTE }),
    ]);
    const rows = store.samples({ serviceId: 'chatgpt', from: DAY0, to: DAY0 + DAY });
    expect(rows).toEqual([
      sample({ time: DAY0 + MINUTE }),
      { serviceId: 'chatgpt', time: DAY0 + 2 * MINUTE, outcome: 'timeout', timings: { dnsMs: 2, connectMs: 10, totalMs: 10_000 }, localProblem: false },
    ]);
  });

  it('keeps the cf-ray of failures and 429s, in any shape, but not of successes', () => {
    const { store } = openAt(DAY0);
    store.addSamples([
      sample({ time: DAY0, cfRay: '8f3a1b2c3d4e5f60-ICN' }),
      sample({ time: DAY0 + 1_000, outcome: 'edge-origin-error', status: 522, cfRay: '8f3a1b2c3d4e5f61-FRA' }),
      sample({ time: DAY0 + 2_000, outcome: 'rate-limited', status: 429, cfRay: 'not-a-ray-shape' }),
    ]);
    const rays = store.samples({ serviceId: 'chatgpt', from: DAY0, to: DAY0 + DAY }).map((row) => row.cfRay);
    expect(rays).toEqual([undefined, '8f3a1b2c3d4e5f61-FRA', 'not-a-ray-shape']);
  });

  it('keeps two samples of one service taken in the same millisecond', () => {
    const { store } = openAt(DAY0);
    store.addSamples([sample({ time: DAY0 }), sample({ time: DAY0, outcome: 'http-5xx', status: 503 })]);
    const rows = store.samples({ serviceId: 'chatgpt', from: DAY0, to: DAY0 + DAY });
    expect(rows.map((row) => [row.time - DAY0, row.outcome])).toEqual([
      [0, 'ok'],
      [1, 'http-5xx'],
    ]);
  });

  it('commits buffered samples by itself within flushDelayMs, where another connection sees them', async () => {
    const { store, path } = openAt(DAY0, { flushDelayMs: 20, batchSize: 100 });
    store.recordSample(sample({ time: DAY0 }));
    const other = new (loadSqlite().DatabaseSync)(path);
    const count = () => Number(other.prepare('SELECT count(*) AS n FROM samples').get()?.['n']);
    expect(count()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(count()).toBe(1);
    other.close();
  });

  it('commits a full batch at once, and a read sees what is still buffered', () => {
    const { store } = openAt(DAY0, { flushDelayMs: 60_000, batchSize: 3 });
    for (let i = 0; i < 4; i++) store.recordSample(sample({ time: DAY0 + i * MINUTE }));
    expect(store.samples({ serviceId: 'chatgpt', from: DAY0, to: DAY0 + DAY })).toHaveLength(4);
  });
});

describe('uptime per day', () => {
  it('counts up and 429 as up, and leaves out failures taken during a local network problem', () => {
    const { store } = openAt(DAY0 + DAY);
    const at = (i: number) => DAY0 + 10 * HOUR + i * MINUTE;
    store.addSamples([
      ...Array.from({ length: 10 }, (_, i) => sample({ time: at(i) })),
      sample({ time: at(10), outcome: 'rate-limited', status: 429 }),
      sample({ time: at(11), outcome: 'timeout', timings: { totalMs: 10_000 } }),
      sample({ time: at(12), outcome: 'http-5xx', status: 502 }),
      sample({ time: at(13), outcome: 'dns-error', timings: { totalMs: 5 }, localProblem: true }),
      sample({ time: at(14), outcome: 'timeout', timings: { totalMs: 10_000 }, localProblem: true }),
      sample({ time: at(15), localProblem: true }),
      sample({ time: at(16), serviceId: 'claude' }),
    ]);
    const days = store.uptimePerDay({ from: DAY0, to: DAY0 + DAY, serviceId: 'chatgpt' });
    expect(days).toEqual([{ serviceId: 'chatgpt', day: '2025-03-10', dayStart: DAY0, up: 12, down: 2, excluded: 2, uptime: 12 / 14 }]);
    expect(store.uptimePerDay({ from: DAY0, to: DAY0 + DAY }).map((day) => day.serviceId).sort()).toEqual(['chatgpt', 'claude']);
  });

  it('has no uptime for a day where every sample was a local-problem failure', () => {
    const { store } = openAt(DAY0 + DAY);
    store.addSamples([sample({ time: DAY0 + HOUR, outcome: 'dns-error', timings: { totalMs: 4 }, localProblem: true })]);
    const [day] = store.uptimePerDay({ from: DAY0, to: DAY0 + DAY });
    expect(day).toMatchObject({ up: 0, down: 0, excluded: 1 });
    expect(day?.uptime).toBeUndefined();
  });

  it('splits days at the user’s local midnight, whole-hour and half-hour zones alike', () => {
    const { store } = openAt(DAY0 + 2 * DAY);
    store.addSamples([
      sample({ time: DAY0 + 14 * HOUR + 59 * MINUTE }), // 23:59 in Seoul (UTC+9)
      sample({ time: DAY0 + 15 * HOUR + MINUTE, outcome: 'timeout', timings: { totalMs: 10_000 } }), // 00:01 next day there
      sample({ time: DAY0 + 18 * HOUR + 29 * MINUTE, serviceId: 'claude' }), // 23:59 in India (UTC+5:30)
      sample({ time: DAY0 + 18 * HOUR + 31 * MINUTE, serviceId: 'claude', outcome: 'timeout', timings: { totalMs: 10_000 } }),
    ]);
    const window = { from: DAY0 - DAY, to: DAY0 + 2 * DAY };
    const seoul = store.uptimePerDay({ ...window, serviceId: 'chatgpt', utcOffsetMinutes: 540 });
    expect(seoul.map((day) => [day.day, day.dayStart, day.up, day.down])).toEqual([
      ['2025-03-10', DAY0 - 9 * HOUR, 1, 0],
      ['2025-03-11', DAY0 + DAY - 9 * HOUR, 0, 1],
    ]);
    const india = store.uptimePerDay({ ...window, serviceId: 'claude', utcOffsetMinutes: 330 });
    expect(india.map((day) => [day.day, day.up, day.down])).toEqual([
      ['2025-03-10', 1, 0],
      ['2025-03-11', 0, 1],
    ]);
  });
});

describe('latency', () => {
  const totals = Array.from({ length: 100 }, (_, i) => (i + 1) * 10); // 10 … 1000 ms

  it('gives p50 and p95 within 2.5 %, from answered probes only', () => {
    const { store } = openAt(DAY0 + DAY);
    store.addSamples([
      ...totals.map((totalMs, i) => sample({ time: DAY0 + i * MINUTE, timings: { totalMs } })),
      // Failures and 429s say nothing about how fast the service answers.
      ...Array.from({ length: 20 }, (_, i) => sample({ time: DAY0 + 2 * HOUR + i * MINUTE, outcome: 'timeout', timings: { totalMs: 10_000 } })),
      sample({ time: DAY0 + 3 * HOUR, outcome: 'rate-limited', status: 429, timings: { totalMs: 1 } }),
    ]);
    const [whole] = store.latencyPercentiles({ from: DAY0, to: DAY0 + DAY });
    expect(whole?.samples).toBe(100);
    expect(whole?.p50Ms).toBeGreaterThanOrEqual(500 * 0.975);
    expect(whole?.p50Ms).toBeLessThanOrEqual(500 * 1.025);
    expect(whole?.p95Ms).toBeGreaterThanOrEqual(950 * 0.975);
    expect(whole?.p95Ms).toBeLessThanOrEqual(950 * 1.025);
  });

  it('buckets per hour and per local day for a chart', () => {
    const { store } = openAt(DAY0 + 3 * DAY);
    store.addSamples([
      sample({ time: DAY0 + 10 * MINUTE, timings: { totalMs: 100 } }),
      sample({ time: DAY0 + HOUR + 10 * MINUTE, timings: { totalMs: 400 } }),
      sample({ time: DAY0 + DAY + 10 * MINUTE, timings: { totalMs: 800 } }),
    ]);
    const window = { from: DAY0, to: DAY0 + 2 * DAY };
    const hours = store.latencyPercentiles({ ...window, bucket: 'hour' });
    expect(hours.map((bucket) => [bucket.start, bucket.samples])).toEqual([
      [DAY0, 1],
      [DAY0 + HOUR, 1],
      [DAY0 + DAY, 1],
    ]);
    const days = store.latencyPercentiles({ ...window, bucket: 'day' });
    expect(days.map((bucket) => [bucket.start, bucket.samples])).toEqual([
      [DAY0, 2],
      [DAY0 + DAY, 1],
    ]);
    const [first, second] = days;
    expect(Math.abs((first?.p50Ms ?? 0) / 100 - 1)).toBeLessThanOrEqual(0.025);
    expect(Math.abs((first?.p95Ms ?? 0) / 400 - 1)).toBeLessThanOrEqual(0.025);
    expect(Math.abs((second?.p95Ms ?? 0) / 800 - 1)).toBeLessThanOrEqual(0.025);
  });

  it('takes the recent baseline from the last 24 h only, exactly, and not from too few samples', () => {
    const now = DAY0 + 2 * DAY;
    const { store } = openAt(now);
    store.addSamples([
      ...Array.from({ length: 40 }, (_, i) => sample({ time: now - DAY - HOUR - i * MINUTE, timings: { totalMs: 5_000 } })),
      ...totals.map((totalMs, i) => sample({ time: now - i * 10 * MINUTE, timings: { totalMs } })),
    ]);
    expect(store.recentBaseline('chatgpt')).toEqual({ p95Ms: 950, samples: 100 });
    expect(store.recentBaseline('chatgpt', { minSamples: 101 })).toBeUndefined();
    expect(store.recentBaseline('unknown-service')).toBeUndefined();
  });
});

describe('outages and incidents', () => {
  it('lists outages with duration and status-page lag, keeping the first incident', () => {
    const now = DAY0 + 5 * HOUR;
    const { store } = openAt(now);
    const first = store.startOutage({ serviceId: 'chatgpt', start: DAY0 + HOUR, cause: 'probes', provider: 'statuspage' });
    expect(first).toBeTypeOf('number');
    store.updateOutage(first ?? -1, { officialIncident: { incidentId: 'inc-1', time: DAY0 + HOUR + 12 * MINUTE }, cause: 'both' });
    store.updateOutage(first ?? -1, { officialIncident: { incidentId: 'inc-2', time: DAY0 + 2 * HOUR } });
    store.updateOutage(first ?? -1, { end: DAY0 + HOUR + 40 * MINUTE });
    const ongoing = store.startOutage({ serviceId: 'claude', start: DAY0 + 4 * HOUR, cause: 'probes' });

    expect(store.outages()).toEqual([
      { id: ongoing, serviceId: 'claude', start: DAY0 + 4 * HOUR, durationMs: HOUR, cause: 'probes' },
      {
        id: first,
        serviceId: 'chatgpt',
        start: DAY0 + HOUR,
        end: DAY0 + HOUR + 40 * MINUTE,
        durationMs: 40 * MINUTE,
        cause: 'both',
        provider: 'statuspage',
        officialIncidentId: 'inc-1',
        officialIncidentAt: DAY0 + HOUR + 12 * MINUTE,
        statusPageLagMs: 12 * MINUTE,
      },
    ]);
    expect(store.outages({ serviceId: 'chatgpt', from: DAY0 + 3 * HOUR, to: now })).toEqual([]);
  });

  it('gives the median status-page lag per provider', () => {
    const { store } = openAt(DAY0 + DAY);
    const lags = { statuspage: [5, 30, 12], incidentio: [3] } as const;
    for (const [provider, minutes] of Object.entries(lags)) {
      for (const [i, lag] of minutes.entries()) {
        const start = DAY0 + i * HOUR;
        const id = store.startOutage({ serviceId: `svc-${provider}`, start, cause: 'probes', provider: provider as 'statuspage' });
        store.updateOutage(id ?? -1, { officialIncident: { incidentId: `i${i}`, time: start + lag * MINUTE }, end: start + HOUR });
      }
    }
    store.startOutage({ serviceId: 'svc-statuspage', start: DAY0 + 5 * HOUR, cause: 'probes', provider: 'statuspage' });
    expect(store.statusPageLag().sort((a, b) => a.provider.localeCompare(b.provider))).toEqual([
      { provider: 'incidentio', medianLagMs: 3 * MINUTE, outages: 1 },
      { provider: 'statuspage', medianLagMs: 12 * MINUTE, outages: 3 },
    ]);
  });

  it('keeps when an official incident was first seen and when it was resolved', () => {
    const { store } = openAt(DAY0 + DAY);
    const base = { serviceId: 'claude', provider: 'statuspage', incidentId: 'abc', name: 'Elevated errors', impact: 'major' } as const;
    store.recordOfficialIncident({ ...base, status: 'investigating', seenAt: DAY0 + HOUR });
    store.recordOfficialIncident({ ...base, name: 'Elevated errors on Opus', status: 'monitoring', seenAt: DAY0 + 2 * HOUR });
    store.recordOfficialIncident({ ...base, status: 'resolved', seenAt: DAY0 + 3 * HOUR });
    store.recordOfficialIncident({ ...base, status: 'resolved', seenAt: DAY0 + 4 * HOUR });
    expect(store.officialIncidents()).toEqual([{ ...base, status: 'resolved', firstSeen: DAY0 + HOUR, resolvedAt: DAY0 + 3 * HOUR }]);
  });

  it('keeps network events in time order', () => {
    const { store } = openAt(DAY0 + DAY);
    store.recordNetworkEvent({ time: DAY0 + 2 * HOUR, state: 'ok', pathProven: true, summary: 'Back online' });
    store.recordNetworkEvent({ time: DAY0 + HOUR, state: 'offline', pathProven: false, summary: 'Wi-Fi dropped' });
    expect(store.networkEvents({ from: DAY0, to: DAY0 + DAY }).map((event) => event.state)).toEqual(['offline', 'ok']);
  });
});

describe('retention and size', () => {
  it('deletes what is older than retentionDays, by the injected clock', () => {
    const now = DAY0 + 40 * DAY;
    const { store } = openAt(now);
    store.addSamples([sample({ time: DAY0 + HOUR }), sample({ time: now - HOUR })]);
    const old = store.startOutage({ serviceId: 'chatgpt', start: DAY0, cause: 'probes' });
    store.updateOutage(old ?? -1, { end: DAY0 + HOUR });
    store.startOutage({ serviceId: 'chatgpt', start: DAY0 + 2 * HOUR, cause: 'probes' }); // still going: kept
    store.recordNetworkEvent({ time: DAY0, state: 'offline', pathProven: false, summary: 'old' });
    store.maintain();
    const everything = { from: 0, to: now + DAY };
    expect(store.samples({ ...everything, serviceId: 'chatgpt' }).map((row) => row.time)).toEqual([now - HOUR]);
    expect(store.uptimePerDay(everything).map((day) => day.dayStart)).toEqual([DAY0 + 39 * DAY]);
    expect(store.outages().map((outage) => outage.start)).toEqual([DAY0 + 2 * HOUR]);
    expect(store.networkEvents(everything)).toEqual([]);
  });

  it('keeps the file under maxBytes by dropping the oldest samples first', () => {
    const now = DAY0 + 6 * DAY;
    const maxBytes = 400 * 1024;
    const { store, path } = openAt(now, { maxBytes });
    for (let day = 0; day < 6; day++) {
      const batch = [];
      for (let t = DAY0 + day * DAY; t < DAY0 + (day + 1) * DAY; t += MINUTE) {
        for (const serviceId of ['a', 'b', 'c']) batch.push(sample({ serviceId, time: t, outcome: 'http-5xx', cfRay: '8f3a1b2c3d4e5f60-ICN' }));
      }
      store.addSamples(batch);
    }
    expect(store.sizeBytes()).toBeGreaterThan(maxBytes);
    store.maintain();
    expect(statSync(path).size).toBeLessThanOrEqual(maxBytes);
    expect(store.sizeBytes()).toBeLessThanOrEqual(maxBytes);
    const left = store.samples({ serviceId: 'a', from: 0, to: now });
    expect(left.at(-1)?.time).toBe(now - MINUTE);
    expect(left[0]?.time).toBeGreaterThan(DAY0 + DAY);
    // Rollups are small and stay: the chart still shows every day.
    expect(store.uptimePerDay({ from: DAY0, to: now, serviceId: 'a' })).toHaveLength(6);
  });
});

describe('damage found while running', () => {
  it('moves the file aside, starts a new one and warns once, without throwing', () => {
    const now = DAY0 + 7 * DAY;
    const dir = tempDir();
    const path = join(dir, 'history.db');
    const warnings: HistoryWarning[] = [];
    const { store } = openHistoryStore({ path, now: () => now, onWarning: (warning) => warnings.push(warning) });
    closeLater(store);
    // More than SQLite's 2 MB page cache, so reading it all goes to the file.
    fillForBench(store, { services: 10, days: 7, intervalMs: 60_000, end: now });
    store.maintain();
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    for (let offset = 2 * 4096; offset < size; offset += 4096) writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, offset);
    closeSync(fd);

    const window = { from: DAY0, to: now };
    for (let i = 1; i <= 10; i++) store.samples({ ...window, serviceId: `bench-service-${i}` });
    expect(warnings).toEqual([{ code: 'history-recreated', message: expect.stringContaining('damaged') }]);
    expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toHaveLength(1);
    expect(store.addSamples([sample({ time: now - MINUTE })])).toBe(true);
    expect(store.samples({ ...window, serviceId: 'chatgpt' })).toHaveLength(1);
  });
});
