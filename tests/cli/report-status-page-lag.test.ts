import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHistoryStore } from '../../src/core/history/sqlite-history-store.ts';
import { type LoopbackEdge, startLoopbackEdge } from '../support/loopback-edge.ts';
import { loopbackNetworkFor, runStatusDoctor, writeTempConfig } from '../support/run-status-doctor.ts';
import { startStatusPageServer } from '../support/status-page-server.ts';

// `report --data-dir` adds how late the service's status page usually is, as
// `watch` measured it in that directory's history, and leaves the file as it was.

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'status-pages', name));
const MINUTE = 60_000;

let edge: LoopbackEdge;
let pages: Awaited<ReturnType<typeof startStatusPageServer>>;
let config: string;
let dataDir: string;

beforeAll(async () => {
  edge = await startLoopbackEdge();
  pages = await startStatusPageServer({
    '/page/api/v2/summary.json': { body: fixture('statuspage/github-pull-requests-major-outage.json'), headers: { 'content-type': 'application/json' } },
  });
  config = writeTempConfig({
    services: [{ id: 'chat', name: 'Chat', probes: [{ url: `${edge.httpsUrl}/status/502` }], statusPage: { provider: 'statuspage', url: `${pages.url}/page` } }],
    network: loopbackNetworkFor(edge),
    tls: { extraCaFile: edge.caFile },
    deadlineMs: 2500,
  });
  dataDir = mkdtempSync(join(tmpdir(), 'status-doctor-lag-'));
  const { store } = openHistoryStore({ path: join(dataDir, 'history.db') });
  const now = Date.now();
  // Three outages this month; the page admitted them 9, 14 and 30 minutes late.
  for (const [index, lag] of [9, 14, 30].entries()) {
    const start = now - (index + 1) * 86_400_000;
    const id = store.startOutage({ serviceId: 'chat', start, cause: 'probes', provider: 'statuspage' });
    if (id === undefined) throw new Error('the test history could not be written');
    store.updateOutage(id, { end: start + 60 * MINUTE, officialIncident: { incidentId: `inc-${index}`, time: start + lag * MINUTE, provider: 'statuspage' } });
  }
  store.close();
});

afterAll(async () => {
  await edge?.close();
  await pages?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('status-doctor report --data-dir', () => {
  it('says how late the status page usually posts, from watch’s history, in English and Korean', async () => {
    const before = readdirSync(dataDir).map((name) => [name, statSync(join(dataDir, name)).size]);
    const en = await runStatusDoctor(['report', '--config', config, '--data-dir', dataDir, '--lang', 'en']);
    expect(en).toMatchObject({ code: 0, stderr: '' });
    expect(en.stdout).toContain('**Usually posted:** 14 min after Status Doctor saw the problem here (median of 3 outages)');
    const ko = await runStatusDoctor(['report', '--config', config, '--data-dir', dataDir, '--lang', 'ko', '--text']);
    expect(ko.stdout).toContain('이 컴퓨터에서 문제를 감지하고 보통 14분 뒤 (장애 3건의 중앙값)');
    // Read, not written: the file is not recreated, moved aside or grown (SQLite may add its empty WAL index files beside it).
    const after = readdirSync(dataDir).filter((name) => !/^history\.db-(wal|shm)$/.test(name));
    expect(after.map((name) => [name, statSync(join(dataDir, name)).size])).toEqual(before);
  });

  it('says nothing of lag without a history, and refuses an empty --data-dir', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'status-doctor-lag-empty-'));
    try {
      const run = await runStatusDoctor(['report', '--config', config, '--data-dir', empty, '--lang', 'en']);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain('Usually posted');
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    const bad = await runStatusDoctor(['report', '--data-dir', '', '--lang', 'en']);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toContain('--data-dir');
  });
});
