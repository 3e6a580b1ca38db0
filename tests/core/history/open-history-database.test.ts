import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSqlite } from '../../../src/core/history/load-sqlite.ts';
import { openHistoryStore } from '../../../src/core/history/sqlite-history-store.ts';
import { closeLater, DAY, DAY0, MINUTE, sample, tempDir } from './temp-history-dir.ts';

const HOLD_LOCK = fileURLToPath(new URL('./fixtures/hold-write-lock.ts', import.meta.url));
const NOW = DAY0 + DAY;

/** A real history file with a day of samples, closed. */
function filledHistory(): string {
  const path = join(tempDir(), 'history.db');
  const { store } = openHistoryStore({ path, now: () => NOW });
  const batch = [];
  for (let t = DAY0; t < DAY0 + DAY; t += MINUTE) batch.push(sample({ time: t, outcome: 'http-5xx', cfRay: '8f3a1b2c3d4e5f60-ICN' }));
  store.addSamples(batch);
  store.close();
  return path;
}

function reopen(path: string, busyTimeoutMs = 1_000) {
  const opened = openHistoryStore({ path, now: () => NOW, settings: { busyTimeoutMs } });
  closeLater(opened.store);
  return opened;
}

function movedAside(path: string): string[] {
  const dir = join(path, '..');
  return readdirSync(dir)
    .filter((name) => name.startsWith('history.db.corrupt-2025-03-11T00-00-00-000Z'))
    .sort();
}

/** The new store works: it takes a sample and gives it back. */
function expectUsable(store: ReturnType<typeof reopen>['store']): void {
  expect(store.addSamples([sample({ serviceId: 'fresh', time: DAY0 })])).toBe(true);
  expect(store.samples({ serviceId: 'fresh', from: DAY0, to: NOW })).toHaveLength(1);
}

describe('opening the history file', () => {
  it('creates the file and its directory, and reopens it with everything in it', () => {
    const path = join(tempDir(), 'nested', 'data', 'history.db');
    const first = reopen(path);
    expect(first.warnings).toEqual([]);
    first.store.addSamples([sample({ time: DAY0 })]);
    first.store.close();
    const second = reopen(path);
    expect(second.warnings).toEqual([]);
    expect(second.store.samples({ serviceId: 'chatgpt', from: DAY0, to: NOW })).toHaveLength(1);
  });

  it('moves aside a file that is not a database, keeping its bytes, and starts a new one', () => {
    const path = join(tempDir(), 'history.db');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(200));
    const { store, warnings } = reopen(path);
    expect(warnings).toEqual([{ code: 'history-recreated', message: expect.stringContaining('not a database') }]);
    const [aside] = movedAside(path);
    expect(aside).toBe('history.db.corrupt-2025-03-11T00-00-00-000Z');
    expect(readFileSync(join(path, '..', aside ?? ''), 'utf8')).toContain('these are my notes');
    expect(warnings[0]?.message).toContain(aside);
    expectUsable(store);
  });

  it('moves aside a truncated file', () => {
    const path = filledHistory();
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const { store, warnings } = reopen(path);
    expect(warnings.map((warning) => warning.code)).toEqual(['history-recreated']);
    expect(movedAside(path)).toHaveLength(1);
    expectUsable(store);
    expect(store.samples({ serviceId: 'chatgpt', from: DAY0, to: NOW })).toEqual([]);
  });

  it('moves aside a file whose pages were overwritten (quick_check fails)', () => {
    const path = filledHistory();
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(3 * 4096, 0xab), 0, 3 * 4096, 4 * 4096);
    closeSync(fd);
    const { store, warnings } = reopen(path);
    expect(warnings.map((warning) => warning.code)).toEqual(['history-recreated']);
    expectUsable(store);
  });

  it('moves aside a file from a newer version instead of misreading it', () => {
    const path = filledHistory();
    const db = new (loadSqlite().DatabaseSync)(path);
    db.exec('PRAGMA user_version = 99');
    db.close();
    const { store, warnings } = reopen(path);
    expect(warnings).toEqual([{ code: 'history-recreated', message: expect.stringContaining('newer version') }]);
    expectUsable(store);
  });

  it('moves aside a file another process keeps locked past the busy timeout', async () => {
    const path = filledHistory();
    const holder = spawn(process.execPath, [HOLD_LOCK, path], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
        holder.on('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
      });
      const started = performance.now();
      const { store, warnings } = reopen(path, 200);
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(warnings).toEqual([{ code: 'history-recreated', message: expect.stringContaining('locked by another process') }]);
      expect(movedAside(path).length).toBeGreaterThanOrEqual(1);
      expectUsable(store);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('keeps history in memory when the directory cannot be used, without touching anything', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), 'x');
    const path = join(dir, 'a-file', 'history.db');
    const { store, warnings } = reopen(path);
    expect(warnings.map((warning) => warning.code)).toEqual(['history-in-memory']);
    expectUsable(store);
    expect(existsSync(path)).toBe(false);
  });
});
