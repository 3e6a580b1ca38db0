import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillForBench, timeChartQuery } from '../src/core/history/fill-for-bench.ts';
import { openHistoryStore } from '../src/core/history/sqlite-history-store.ts';
import type { BenchFigure } from './bench-report.ts';

/** The history database for 30 days × 10 services at the default 60 s interval, and its 30-day chart query. */
export function benchHistory(): BenchFigure[] {
  const dir = mkdtempSync(join(tmpdir(), 'status-doctor-bench-history-'));
  try {
    const { store } = openHistoryStore({ path: join(dir, 'history.db') });
    fillForBench(store, { services: 10, days: 30, intervalMs: 60_000 });
    store.maintain();
    const sizeMb = store.sizeBytes() / 1_000_000;
    const chart = timeChartQuery(store, { days: 30 });
    store.close();
    return [
      { name: 'history, 30 days × 10 services, on disk', value: sizeMb, unit: 'MB', budget: 20 },
      { name: '30-day chart query, median', value: chart.medianMs, unit: 'ms', budget: 50, note: `first run ${chart.firstMs.toFixed(1)} ms` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
