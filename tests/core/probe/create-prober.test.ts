import { hasSubscribers } from 'node:diagnostics_channel';
import { readFileSync } from 'node:fs';
import { createSecureServer, type Http2SecureServer, type ServerHttp2Session } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProber, type Prober } from '../../../src/core/probe/create-prober.ts';
import type { ProbeResult } from '../../../src/core/probe/probe-result.ts';
import { startLoopbackEdge, TLS_FIXTURES_DIR, type LoopbackEdge } from '../../support/loopback-edge.ts';

// Timings, connection reuse, concurrency and lifecycle of the shared prober.

let edge: LoopbackEdge;
/** The edge's HTTPS server by name: a name gives the probe a DNS phase (localhost is in /etc/hosts). */
let httpsByName: string;

beforeAll(async () => {
  edge = await startLoopbackEdge();
  httpsByName = edge.httpsUrl.replace('127.0.0.1', 'localhost');
});

afterAll(async () => {
  await edge?.close();
});

async function withProber<T>(use: (prober: Prober) => Promise<T>): Promise<T> {
  const prober = createProber({ extraCaCertificates: [edge.caCertificatePem] });
  try {
    return await use(prober);
  } finally {
    await prober.close();
  }
}

/** undici hands a finished keep-alive connection back to its pool one event-loop turn later. */
const poolSettles = () => nextTurn();

function expectFreshPhases(result: ProbeResult, phases: { dns: boolean; tls: boolean }): void {
  const { dnsMs, connectMs, tlsMs, ttfbMs, totalMs } = result.timings;
  expect(result.connectionReused).toBe(false);
  expect(result.remoteAddress).toBe('127.0.0.1');
  expect(connectMs).toBeGreaterThanOrEqual(0);
  if (phases.dns) expect(dnsMs).toBeGreaterThanOrEqual(0);
  else expect(dnsMs).toBeUndefined();
  if (phases.tls) expect(tlsMs).toBeGreaterThan(0);
  else expect(tlsMs).toBeUndefined();
  const setup = (dnsMs ?? 0) + (connectMs ?? 0) + (tlsMs ?? 0);
  expect(ttfbMs).toBeGreaterThan(0);
  expect(setup).toBeLessThanOrEqual((ttfbMs ?? 0) + 0.2);
  expect(ttfbMs).toBeLessThanOrEqual(totalMs + 0.1);
}

describe('timings', () => {
  it('splits a fresh HTTPS connection to a name into DNS, connect, TLS and first byte', async () => {
    await withProber(async (prober) => {
      const result = await prober.probe({ url: `${httpsByName}/ok`, method: 'HEAD' }, { timeoutMs: 3000 });
      expect(result.outcome).toBe('ok');
      expectFreshPhases(result, { dns: true, tls: true });
    });
  });

  it('has no DNS phase for an IP literal and no TLS phase for plain HTTP', async () => {
    await withProber(async (prober) => {
      expectFreshPhases(await prober.probe({ url: `${edge.httpsUrl}/ok`, method: 'HEAD' }, { timeoutMs: 3000 }), { dns: false, tls: true });
      expectFreshPhases(await prober.probe({ url: `${edge.httpUrl}/ok`, method: 'GET' }, { timeoutMs: 3000 }), { dns: false, tls: false });
    });
  });

  it('measures the wait for the first byte', async () => {
    await withProber(async (prober) => {
      const result = await prober.probe({ url: `${edge.httpUrl}/slow/250`, method: 'GET' }, { timeoutMs: 3000 });
      expect(result.timings.ttfbMs).toBeGreaterThanOrEqual(245);
      expect(result.timings.totalMs).toBeGreaterThanOrEqual(result.timings.ttfbMs ?? Infinity);
    });
  });
});

describe('connection reuse', () => {
  it('reuses the connection of the previous probe: no DNS, connect or TLS phase', async () => {
    await withProber(async (prober) => {
      const first = await prober.probe({ url: `${httpsByName}/ok`, method: 'HEAD' }, { timeoutMs: 3000 });
      await poolSettles();
      const second = await prober.probe({ url: `${httpsByName}/status/503`, method: 'HEAD' }, { timeoutMs: 3000 });
      expect(first.connectionReused).toBe(false);
      expect(second).toMatchObject({ outcome: 'http-5xx', connectionReused: true, remoteAddress: '127.0.0.1' });
      expect(second.timings).not.toHaveProperty('dnsMs');
      expect(second.timings).not.toHaveProperty('connectMs');
      expect(second.timings).not.toHaveProperty('tlsMs');
      expect(second.timings.ttfbMs).toBeGreaterThan(0);
    });
  });

  it('shares connections between probes and status-page reads', async () => {
    await withProber(async (prober) => {
      await prober.fetchText({ url: `${httpsByName}/ok`, timeoutMs: 3000, maxBytes: 1000 });
      await poolSettles();
      const result = await prober.probe({ url: `${httpsByName}/ok`, method: 'HEAD' }, { timeoutMs: 3000 });
      expect(result.connectionReused).toBe(true);
    });
  });

  it('retries once on a fresh connection when the server closed the kept one', async () => {
    await withProber(async (prober) => {
      await prober.probe({ url: `${edge.httpUrl}/ok`, method: 'HEAD' }, { timeoutMs: 3000 });
      await poolSettles();
      // /reset kills the reused connection; the retry on a fresh one meets /reset again.
      const result = await prober.probe({ url: `${edge.httpUrl}/reset`, method: 'HEAD' }, { timeoutMs: 3000 });
      expect(result).toMatchObject({ outcome: 'reset', connectionReused: false });
      expect(result.timings.connectMs).toBeGreaterThanOrEqual(0);
    });
  });
});

describe('concurrency', () => {
  it('gives each of 20 parallel probes its own answer and its own timings', async () => {
    await withProber(async (prober) => {
      const cases = Array.from({ length: 20 }, (_, i) => {
        const origin = [edge.httpUrl, edge.httpsUrl, httpsByName][i % 3] ?? edge.httpUrl;
        return i % 2 === 0
          ? { url: `${origin}/status/${200 + i}`, status: 200 + i, delay: 0 }
          : { url: `${origin}/slow/${100 + i * 15}`, status: 200, delay: 100 + i * 15 };
      });
      for (const wave of [1, 2]) {
        const results = await Promise.all(cases.map((c, i) => prober.probe({ url: c.url, method: i % 4 < 2 ? 'HEAD' : 'GET' }, { timeoutMs: 5000 })));
        for (const [i, result] of results.entries()) {
          const expected = cases[i];
          expect(result.url).toBe(expected?.url);
          expect(result.status, `${wave}: ${result.url}`).toBe(expected?.status);
          expect(result.timings.ttfbMs, `${wave}: ${result.url}`).toBeGreaterThanOrEqual((expected?.delay ?? 0) - 5);
          if (result.connectionReused) expect(result.timings.connectMs, result.url).toBeUndefined();
          else expect(result.timings.connectMs, result.url).toBeGreaterThanOrEqual(0);
          if (wave === 1) expect(result.connectionReused, result.url).toBe(false);
        }
        if (wave === 2) expect(results.filter((r) => r.connectionReused).length).toBeGreaterThan(0);
        await poolSettles();
      }
    });
  });
});

describe('HTTP/2', () => {
  let server: Http2SecureServer;
  const sessions = new Set<ServerHttp2Session>();
  let url: string;

  beforeAll(async () => {
    const pem = (name: string) => readFileSync(join(TLS_FIXTURES_DIR, name));
    server = createSecureServer({ cert: pem('localhost.pem'), key: pem('localhost.key') }, (request, response) => {
      response.writeHead(request.url === '/down' ? 503 : 200);
      // 1 MiB is far past h2's initial flow-control window: the GET is cut off mid-body.
      response.end(request.url === '/big' ? Buffer.alloc(1 << 20) : 'ok');
    });
    server.on('session', (session) => sessions.add(session));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://localhost:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const session of sessions) session.destroy();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('probes over h2 and keeps the session across an aborted GET', async () => {
    await withProber(async (prober) => {
      const first = await prober.probe({ url: `${url}/big`, method: 'GET' }, { timeoutMs: 3000 });
      expect(first).toMatchObject({ outcome: 'ok', status: 200, connectionReused: false });
      expect(first.timings.tlsMs).toBeGreaterThan(0);
      const second = await prober.probe({ url: `${url}/down`, method: 'HEAD' }, { timeoutMs: 3000 });
      expect(second).toMatchObject({ outcome: 'http-5xx', status: 503, connectionReused: true });
    });
  });
});

describe('lifecycle', () => {
  it('ends running probes and fetches on close, and refuses new ones', async () => {
    const prober = createProber({ extraCaCertificates: [edge.caCertificatePem] });
    const hanging = prober.probe({ url: `${edge.httpsUrl}/hang`, method: 'HEAD' }, { timeoutMs: 10_000 });
    const reading = prober.fetchText({ url: `${edge.httpsUrl}/hang`, timeoutMs: 10_000, maxBytes: 1000 }).then(
      () => 'answered',
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await Promise.all([prober.close(), prober.close()]);
    expect(await hanging).toMatchObject({ outcome: 'timeout', detail: 'prober closed before an answer' });
    expect(await reading).toMatchObject({ kind: 'aborted' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await prober.probe({ url: `${edge.httpUrl}/ok`, method: 'HEAD' }, { timeoutMs: 1000 })).toMatchObject({ outcome: 'timeout' });
  });

  it('leaves no diagnostics-channel subscription behind', async () => {
    for (let i = 0; i < 20; i += 1) {
      const prober = createProber();
      await prober.probe({ url: `${edge.httpUrl}/ok`, method: 'HEAD' }, { timeoutMs: 1000 });
      await prober.close();
    }
    expect(hasSubscribers('undici:request:create')).toBe(false);
    expect(hasSubscribers('undici:client:sendHeaders')).toBe(false);
  });
});
