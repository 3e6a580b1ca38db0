import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { openHistoryStore } from '../../../src/core/history/sqlite-history-store.ts';
import { closeLater, DAY, DAY0, sample, tempDir } from './temp-history-dir.ts';

const CHILD = fileURLToPath(new URL('./fixtures/write-samples-until-killed.ts', import.meta.url));

it('keeps every committed sample when the writing process is killed with SIGKILL, and opens cleanly after', async () => {
  const path = join(tempDir(), 'history.db');
  const child = spawn(process.execPath, [CHILD, path], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // 'close' waits for the pipes too: every line the child printed before it died is read.
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('close', (code, signal) => resolve(signal ?? code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // Kill it mid-stream, well into its writing.
      if (stdout.split('\n').length > 2_000) resolve();
    });
    void exited.then(() => reject(new Error(`the child stopped by itself: ${stderr}`)));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  // Every whole line printed up to the kill counts; a line cut short says nothing.
  const committed = stdout.split('\n').slice(0, -1).map(Number);
  expect(committed.length).toBeGreaterThanOrEqual(2_000);

  const { store, warnings } = openHistoryStore({ path, now: () => DAY0 + DAY });
  closeLater(store);
  expect(warnings).toEqual([]);
  const window = { from: DAY0, to: DAY0 + 10 * DAY };
  const stored = new Set(['svc-0', 'svc-1', 'svc-2'].flatMap((serviceId) => store.samples({ ...window, serviceId }).map((row) => row.time)));
  const lost = committed.filter((time) => !stored.has(time));
  expect(lost).toEqual([]);

  expect(store.addSamples([sample({ serviceId: 'after-restart', time: DAY0 })])).toBe(true);
  expect(store.samples({ ...window, serviceId: 'after-restart' })).toHaveLength(1);
});
