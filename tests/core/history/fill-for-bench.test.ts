import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fillForBench, timeChartQuery } from '../../../src/core/history/fill-for-bench.ts';
import { openHistoryStore } from '../../../src/core/history/sqlite-history-store.ts';
import { closeLater, DAY0, tempDir } from './temp-history-dir.ts';

// The full figure (30 days × 10 services) is `npm run bench`'s; this checks a
// week of it stays on the same per-sample budget (20 MB / 432,000 samples).
it('fills a week for 10 services within the size budget per sample, and the chart sees every day', () => {
  const end = DAY0 + 7 * 86_400_000;
  const { store } = openHistoryStore({ path: join(tempDir(), 'history.db'), now: () => end });
  closeLater(store);
  fillForBench(store, { services: 10, days: 7, intervalMs: 60_000, end });
  store.maintain();
  const samples = 10 * 7 * 1_440;
  expect(store.sizeBytes()).toBeLessThanOrEqual((20_000_000 / 432_000) * samples);
  const chart = timeChartQuery(store, { days: 7, end, runs: 1 });
  // 7 days of uptime and 7 of latency per service (the window may touch an 8th).
  expect(chart.rows).toBeGreaterThanOrEqual(140);
  expect(store.uptimePerDay({ from: end - 86_400_000, to: end, serviceId: 'bench-service-3' })[0]?.uptime).toBeGreaterThan(0.95);
});
