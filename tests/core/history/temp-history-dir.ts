import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { HistorySample } from '../../../src/core/history/history-records.ts';
import type { HistoryStore } from '../../../src/core/history/history-store.ts';

const dirs: string[] = [];
const stores: HistoryStore[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'status-doctor-history-'));
  dirs.push(dir);
  return dir;
}

/** Closes the store after the test. */
export function closeLater<T extends HistoryStore>(store: T): T {
  stores.push(store);
  return store;
}

/** 2025-03-10T00:00:00Z: a Monday, far from any DST change. */
export const DAY0 = Date.UTC(2025, 2, 10);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A successful sample unless told otherwise. */
export function sample(overrides: Partial<HistorySample> & { readonly time: number }): HistorySample {
  return {
    serviceId: 'chatgpt',
    outcome: 'ok',
    status: 200,
    timings: { dnsMs: 3, connectMs: 12, tlsMs: 25, ttfbMs: 180, totalMs: 200 },
    localProblem: false,
    ...overrides,
  };
}
