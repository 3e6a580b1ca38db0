import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSqlite } from '../../src/core/history/load-sqlite.ts';
import { openHistoryStore } from '../../src/core/history/sqlite-history-store.ts';
import { type LoopbackEdge, startLoopbackEdge } from '../support/loopback-edge.ts';
import { loopbackNetworkFor, writeTempConfig } from '../support/run-status-doctor.ts';
import { type RunningStatusDoctor, spawnStatusDoctor } from '../support/spawn-status-doctor.ts';

// `status-doctor watch --data-dir` keeps history in DIR/history.db: a SIGKILL
// mid-write loses nothing committed, and the next run starts cleanly.

let edge: LoopbackEdge;
let dataDir: string;
const runs: RunningStatusDoctor[] = [];

beforeAll(async () => {
  edge = await startLoopbackEdge();
  dataDir = mkdtempSync(join(tmpdir(), 'status-doctor-watch-history-'));
});

afterEach(() => {
  // A test that failed half-way must not leave the command running.
  for (const run of runs.splice(0)) {
    if (run.child.exitCode !== null || run.child.signalCode !== null) continue;
    const pid = startedOf(run)?.pid;
    if (pid) process.kill(pid, 'SIGKILL');
    run.child.kill('SIGKILL');
  }
});

afterAll(async () => {
  await edge?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Line {
  readonly type: string;
  readonly code?: string;
  readonly pid?: number;
}

const parse = (line: string) => JSON.parse(line) as Line;
const startedOf = (run: RunningStatusDoctor) => run.lines.map(parse).find((event) => event.type === 'started');

// Twelve services share the 60 s start stagger, so the first probe rounds come within seconds.
function config() {
  return writeTempConfig({
    services: Array.from({ length: 12 }, (_, i) => ({
      id: `svc-${i}`,
      name: `Service ${i}`,
      probes: [{ url: `${edge.httpsUrl}/ok` }, { url: `${edge.httpsUrl}/status/${i % 3 === 0 ? 503 : 200}` }],
    })),
    network: loopbackNetworkFor(edge),
    tls: { extraCaFile: edge.caFile },
    deadlineMs: 2000,
  });
}

/** Every committed sample, read without taking any lock from the writer. */
function committedSamples(path: string): string[] {
  const { DatabaseSync } = loadSqlite();
  let db: InstanceType<typeof DatabaseSync> | undefined;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    return db.prepare('SELECT s.name AS name, t FROM samples JOIN services s ON s.id = samples.service').all().map((row) => `${String(row['name'])}@${String(row['t'])}`);
  } catch {
    // Not created yet, or the schema not there yet.
    return [];
  } finally {
    db?.close();
  }
}

async function waitForSamples(path: string, atLeast: number, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const samples = committedSamples(path);
    if (samples.length >= atLeast) return samples;
    if (Date.now() > deadline) throw new Error(`only ${samples.length} samples committed within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

describe('status-doctor watch --data-dir', () => {
  it('keeps every committed sample when killed with SIGKILL, and starts again cleanly', async () => {
    const path = join(dataDir, 'history.db');
    const configPath = config();

    const first = spawnStatusDoctor(['watch', '--config', configPath, '--data-dir', dataDir]);
    runs.push(first);
    const started = parse(await first.waitForLine((line) => parse(line).type === 'started', 20_000));
    const before = await waitForSamples(path, 6, 40_000);
    process.kill(started.pid!, 'SIGKILL');
    await first.exited;
    expect(first.lines.map(parse).some((event) => event.type === 'stopped')).toBe(false);
    expect(first.lines.map(parse).some((event) => event.code === 'history-recreated')).toBe(false);

    // The file opens without being moved aside, and nothing committed was lost.
    const { store, warnings } = openHistoryStore({ path });
    const after = new Set(committedSamples(path));
    store.close();
    expect(warnings).toEqual([]);
    expect(before.filter((sample) => !after.has(sample))).toEqual([]);

    const second = spawnStatusDoctor(['watch', '--config', configPath, '--data-dir', dataDir]);
    runs.push(second);
    const restarted = parse(await second.waitForLine((line) => parse(line).type === 'started', 20_000));
    // The network check at start answers after any warning from opening the history.
    await second.waitForLine((line) => parse(line).type === 'network', 20_000);
    process.kill(restarted.pid!, 'SIGTERM');
    const { code } = await second.exited;

    expect(code).toBe(0);
    expect(second.stderr().trim()).toBe('');
    const events = second.lines.map(parse);
    expect(events.filter((event) => event.type === 'warning' && event.code?.startsWith('history-'))).toEqual([]);
    expect(events.at(-1)).toMatchObject({ type: 'stopped', signal: 'SIGTERM' });
  }, 120_000);
});
