import { expect, it } from 'vitest';
import { loadSqlite, withoutSqliteWarning } from '../../../src/core/history/load-sqlite.ts';

it('drops only SQLite’s ExperimentalWarning while loading, and lets every other warning through', () => {
  const seen: string[] = [];
  const listener = (warning: Error) => seen.push(`${warning.name}: ${warning.message}`);
  process.on('warning', listener);
  try {
    const result = withoutSqliteWarning(() => {
      process.emitWarning('SQLite is an experimental feature and might change at any time', 'ExperimentalWarning');
      process.emitWarning('Something else is experimental', 'ExperimentalWarning');
      process.emitWarning('sqlite disk almost full', 'Warning');
      return 42;
    });
    expect(result).toBe(42);
  } finally {
    process.emitWarning('after loading: SQLite is an experimental feature', 'ExperimentalWarning');
  }
  return new Promise<void>((resolve) =>
    // Warnings are delivered on the next tick.
    setImmediate(() => {
      process.off('warning', listener);
      expect(seen).toEqual([
        'ExperimentalWarning: Something else is experimental',
        'Warning: sqlite disk almost full',
        'ExperimentalWarning: after loading: SQLite is an experimental feature',
      ]);
      resolve();
    }),
  );
});

it('loads node:sqlite', () => {
  expect(typeof loadSqlite().DatabaseSync).toBe('function');
});
