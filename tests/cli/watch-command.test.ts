import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackEdge, startLoopbackEdge } from '../support/loopback-edge.ts';
import { loopbackNetworkFor, runStatusDoctor, writeTempConfig } from '../support/run-status-doctor.ts';
import { type RunningStatusDoctor, spawnStatusDoctor } from '../support/spawn-status-doctor.ts';
import { startStatusPageServer } from '../support/status-page-server.ts';

// `npx status-doctor watch` against servers on 127.0.0.1: it streams JSON
// lines until SIGTERM, then stops cleanly.

const fixture = (path: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'status-pages', path), 'utf8');

let edge: LoopbackEdge;
let pages: Awaited<ReturnType<typeof startStatusPageServer>>;
let running: RunningStatusDoctor | undefined;

beforeAll(async () => {
  edge = await startLoopbackEdge();
  pages = await startStatusPageServer({
    '/healthy/api/v2/summary.json': { body: fixture('statuspage/bitbucket-all-operational-open-notice.json'), headers: { 'content-type': 'application/json' } },
  });
});

afterEach(() => {
  // A test that failed half-way must not leave the command running.
  if (running && running.child.exitCode === null && running.child.signalCode === null) {
    const started = running.lines.map((line) => JSON.parse(line) as { type: string; pid?: number }).find((event) => event.type === 'started');
    if (started?.pid) process.kill(started.pid, 'SIGKILL');
    running.child.kill('SIGKILL');
  }
  running = undefined;
});

afterAll(async () => {
  await edge?.close();
  await pages?.close();
});

function loopbackConfig() {
  return writeTempConfig({
    services: [
      { id: 'up', name: 'Up', probes: [{ url: `${edge.httpsUrl}/ok` }], statusPage: { provider: 'statuspage', url: `${pages.url}/healthy` } },
      { id: 'down', name: 'Down', probes: [{ url: `${edge.httpsUrl}/status/503` }] },
    ],
    network: loopbackNetworkFor(edge),
    tls: { extraCaFile: edge.caFile },
    deadlineMs: 2000,
  });
}

const typeOf = (line: string) => (JSON.parse(line) as { type: string }).type;

describe('status-doctor watch', () => {
  it('streams one JSON object per line, starting with "started", and stops cleanly on SIGTERM', async () => {
    running = spawnStatusDoctor(['watch', '--config', loopbackConfig()]);
    const started = JSON.parse(await running.waitForLine((line) => typeOf(line) === 'started', 20_000)) as { pid: number };
    // The network check runs at start, so its answer comes first.
    await running.waitForLine((line) => typeOf(line) === 'network', 20_000);
    // npx does not pass signals on: the command's own process gets it, as a service manager would send it.
    process.kill(started.pid, 'SIGTERM');
    const { code } = await running.exited;

    expect(code).toBe(0);
    expect(running.stderr().trim()).toBe('');
    const events = running.lines.map((line) => JSON.parse(line) as { type: string; state?: string; pathProven?: boolean });
    expect(events[0]).toMatchObject({ type: 'started', serviceIds: ['up', 'down'] });
    expect(events.at(-1)).toMatchObject({ type: 'stopped', signal: 'SIGTERM' });
    // The loopback edge plays a healthy connection.
    expect(events.find((event) => event.type === 'network')).toMatchObject({ state: 'ok', pathProven: true });
  }, 40_000);

  it('refuses a data directory it cannot create, with exit 64 and nothing on stdout', async () => {
    const notADirectory = loopbackConfig();
    const run = await runStatusDoctor(['watch', '--config', notADirectory, '--data-dir', notADirectory]);
    expect(run.code).toBe(64);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('cannot use');
  });
});
