import { existsSync } from 'node:fs';
import { providerLagsFromRows, SELECT_STATUS_PAGE_LAGS } from './history-events.ts';
import type { ProviderLag, TimeWindow } from './history-store.ts';
import { loadSqlite } from './load-sqlite.ts';
import { DAY_MS } from './day-rollup.ts';

/** How far back "how late is this status page usually" is measured, wherever it is shown. */
export const STATUS_PAGE_LAG_WINDOW_MS = 90 * DAY_MS;

/**
 * The status-page lag per provider from a history file, opened read-only:
 * for `report --data-dir` while `watch` may be writing the same file. It
 * never creates, repairs or moves the file (opening it as a store would, if
 * it found the file locked); any problem means "not measured": undefined.
 */
export function readStatusPageLag(path: string, window: TimeWindow): ProviderLag[] | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const { DatabaseSync } = loadSqlite();
    const db = new DatabaseSync(path, { readOnly: true, timeout: 1_000 });
    try {
      return providerLagsFromRows(db.prepare(SELECT_STATUS_PAGE_LAGS).all(window.from, window.to));
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}
