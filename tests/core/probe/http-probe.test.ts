import { createServer, type AddressInfo, type LookupFunction, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProber, type Prober } from '../../../src/core/probe/create-prober.ts';
import { startLoopbackEdge, type LoopbackEdge } from '../../support/loopback-edge.ts';
import { startStalledListener, type StalledListener } from './stalled-listener.ts';

// Every outcome of DESIGN.md "Probe outcomes", against servers on 127.0.0.1.
// Names other than localhost only ever reach the injected lookups below.

let edge: LoopbackEdge;
let prober: Prober;

beforeAll(async () => {
  edge = await startLoopbackEdge();
  prober = createProber({ extraCaCertificates: [edge.caCertificatePem] });
});

afterAll(async () => {
  await prober?.close();
  await edge?.close();
});

const probe = (url: string, method: 'HEAD' | 'GET' = 'HEAD', timeoutMs = 3000) => prober.probe({ url, method }, { timeoutMs });

/** Resolves every name to 127.0.0.1, whichever way Node asks. */
const loopbackLookup: LookupFunction = (_hostname, options, callback) => {
  if ((options as { all?: boolean }).all === true) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};

async function withProber<T>(options: Parameters<typeof createProber>[0], use: (p: Prober) => Promise<T>): Promise<T> {
  const own = createProber(options);
  try {
    return await use(own);
  } finally {
    await own.close();
  }
}

describe('HTTP answers', () => {
  it.each([
    ['/ok', 'HEAD', 'ok', 200],
    ['/ok', 'GET', 'ok', 200],
    ['/status/204', 'HEAD', 'ok', 204],
    ['/status/404', 'GET', 'ok', 404],
    ['/status/405', 'HEAD', 'ok', 405],
    ['/status/401', 'HEAD', 'auth-required', 401],
    ['/status/403', 'GET', 'auth-required', 403],
    ['/challenge', 'HEAD', 'challenge', 403],
    ['/ratelimit', 'GET', 'rate-limited', 429],
    ['/status/500', 'HEAD', 'http-5xx', 500],
    ['/status/502', 'GET', 'http-5xx', 502],
    ['/status/503', 'HEAD', 'http-5xx', 503],
    ['/status/504', 'HEAD', 'http-5xx', 504],
    ['/status/999', 'HEAD', 'invalid-response', 999],
  ] as const)('%s (%s) → %s', async (path, method, outcome, status) => {
    const result = await probe(`${edge.httpsUrl}${path}`, method);
    expect(result).toMatchObject({ url: `${edge.httpsUrl}${path}`, method, outcome, status });
  });

  it('calls 520–527 edge-origin errors and records the Cloudflare ray and server', async () => {
    for (const status of [520, 521, 522, 523, 524, 525, 526, 527]) {
      const result = await probe(`${edge.httpUrl}/status/${status}`);
      expect(result, String(status)).toMatchObject({ outcome: 'edge-origin-error', status, edge: { server: 'cloudflare' } });
      expect(result.edge?.cfRay).toMatch(/^[0-9a-f]+-LAX$/);
    }
  });

  it('passes on the wait a rate-limited service asked for', async () => {
    expect(await probe(`${edge.httpUrl}/ratelimit`)).toMatchObject({ outcome: 'rate-limited', retryAfterSeconds: 30 });
  });

  it('calls bytes that are not HTTP an invalid response', async () => {
    expect(await probe(`${edge.httpUrl}/malformed`)).toMatchObject({ outcome: 'invalid-response' });
  });

  it('never rejects, even for a URL it cannot probe', async () => {
    expect(await probe('ftp://127.0.0.1/')).toMatchObject({ outcome: 'invalid-response', detail: 'not an http(s) URL' });
    expect(await probe('not a url')).toMatchObject({ outcome: 'invalid-response' });
  });
});

describe('redirects', () => {
  it('follows a chain and lists every target', async () => {
    const result = await probe(`${edge.httpsUrl}/redirect/3`, 'GET');
    expect(result).toMatchObject({ outcome: 'ok', status: 200 });
    expect(result.redirects).toEqual([`${edge.httpsUrl}/redirect/2`, `${edge.httpsUrl}/redirect/1`, `${edge.httpsUrl}/ok`]);
  });

  it('calls a URL seen twice a redirect loop', async () => {
    const result = await probe(`${edge.httpsUrl}/redirect-loop`);
    expect(result).toMatchObject({ outcome: 'redirect-loop', status: 302 });
    expect(result.redirects).toEqual([`${edge.httpsUrl}/redirect-loop-b`, `${edge.httpsUrl}/redirect-loop`]);
  });

  it('calls more than maxRedirects a redirect loop (default 5)', async () => {
    expect(await probe(`${edge.httpUrl}/redirect/5`)).toMatchObject({ outcome: 'ok', status: 200 });
    const result = await probe(`${edge.httpUrl}/redirect/6`);
    expect(result).toMatchObject({ outcome: 'redirect-loop', detail: 'more than 5 redirects' });
    await withProber({ maxRedirects: 1 }, async (strict) => {
      expect((await strict.probe({ url: `${edge.httpUrl}/redirect/2`, method: 'HEAD' }, { timeoutMs: 2000 })).outcome).toBe('redirect-loop');
    });
  });

  it('follows across origins and takes a redirect to another scheme as the answer', async () => {
    const across = await probe(`${edge.httpUrl}/redirect-to?url=${encodeURIComponent(`${edge.httpsUrl}/status/503`)}`);
    expect(across).toMatchObject({ outcome: 'http-5xx', status: 503, redirects: [`${edge.httpsUrl}/status/503`] });
    const elsewhere = await probe(`${edge.httpUrl}/redirect-to?url=${encodeURIComponent('chatapp://open')}`);
    expect(elsewhere).toMatchObject({ outcome: 'ok', status: 302 });
    expect(elsewhere.redirects).toBeUndefined();
  });
});

describe('TLS', () => {
  it('trusts the test CA only because it was given as an extra CA', async () => {
    await withProber({}, async (plain) => {
      const result = await plain.probe({ url: `${edge.httpsUrl}/ok`, method: 'HEAD' }, { timeoutMs: 2000 });
      expect(result.outcome).toBe('tls-untrusted');
    });
  });

  it('calls a certificate from an unknown CA untrusted', async () => {
    const result = await probe(`${edge.untrustedHttpsUrl}/ok`);
    expect(result.outcome).toBe('tls-untrusted');
    expect(result.errorCode).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  it('tells an expired and a not-yet-valid certificate apart from the rest', async () => {
    const expired = await probe(`${edge.expiredHttpsUrl}/ok`);
    expect(expired).toMatchObject({ outcome: 'tls-error', detail: expect.stringMatching(/^CERT_HAS_EXPIRED: /) as unknown });
    const early = await probe(`${edge.notYetValidHttpsUrl}/ok`);
    expect(early.errorCode).toBe('CERT_NOT_YET_VALID');
  });

  it('calls a certificate for another name a TLS error', async () => {
    const port = new URL(edge.httpsUrl).port;
    await withProber({ extraCaCertificates: [edge.caCertificatePem], lookup: loopbackLookup }, async (mapped) => {
      const result = await mapped.probe({ url: `https://wrong-name.invalid:${port}/ok`, method: 'HEAD' }, { timeoutMs: 2000 });
      expect(result.outcome).toBe('tls-error');
      expect(result.errorCode).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    });
  });
});

describe('failures before an answer', () => {
  it('calls a connection the server drops a reset', async () => {
    expect(await probe(`${edge.httpsUrl}/reset`)).toMatchObject({ outcome: 'reset' });
  });

  it('calls a closed port connect-refused', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const result = await probe(`http://127.0.0.1:${port}/`);
    expect(result.outcome).toBe('connect-refused');
    expect(result.errorCode).toBe('ECONNREFUSED');
  });

  it('calls a name that does not resolve a DNS error', async () => {
    const nxdomain: LookupFunction = (hostname, _options, callback) =>
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
    await withProber({ lookup: nxdomain }, async (p) => {
      const result = await p.probe({ url: 'https://chat.invalid/', method: 'HEAD' }, { timeoutMs: 2000 });
      expect(result.outcome).toBe('dns-error');
      expect(result.errorCode).toBe('ENOTFOUND');
    });
  });

  it('calls a resolver that never answers a DNS error at the deadline', async () => {
    const silent: LookupFunction = () => undefined;
    await withProber({ lookup: silent }, async (p) => {
      const result = await p.probe({ url: 'https://chat.invalid/', method: 'HEAD' }, { timeoutMs: 300 });
      expect(result).toMatchObject({ outcome: 'dns-error', detail: 'no DNS answer within 300 ms' });
    });
  });

  it('calls a connection attempt nobody answers a connect timeout', async () => {
    let stalled: StalledListener | undefined;
    try {
      stalled = await startStalledListener();
      const started = performance.now();
      const result = await probe(`https://127.0.0.1:${stalled.port}/`, 'HEAD', 400);
      expect(result).toMatchObject({ outcome: 'connect-timeout', detail: 'no connection within 400 ms' });
      expect(performance.now() - started).toBeLessThan(400 + 200);
    } finally {
      await stalled?.close();
    }
  });

  it('calls a TLS handshake that never finishes a TLS error at the deadline', async () => {
    const sockets = new Set<Socket>();
    const mute: Server = createServer((socket) => sockets.add(socket.on('error', () => undefined)));
    await new Promise<void>((resolve) => mute.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = mute.address() as AddressInfo;
      const result = await probe(`https://127.0.0.1:${port}/`, 'HEAD', 300);
      expect(result).toMatchObject({ outcome: 'tls-error', detail: 'TLS handshake not finished within 300 ms' });
      expect(result.timings.connectMs).toBeGreaterThanOrEqual(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => mute.close(resolve));
    }
  });

  it('gives up on a server that never answers within timeoutMs + 200 ms', async () => {
    const started = performance.now();
    const result = await probe(`${edge.httpsUrl}/hang`, 'GET', 500);
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ outcome: 'timeout', detail: 'no response headers within 500 ms' });
    expect(elapsed).toBeGreaterThanOrEqual(490);
    expect(elapsed).toBeLessThan(500 + 200);
    expect(result.timings.totalMs).toBeGreaterThanOrEqual(490);
  });

  it('counts redirects against the same deadline', async () => {
    const result = await probe(`${edge.httpUrl}/redirect-to?url=${encodeURIComponent('/slow/2000')}`, 'HEAD', 400);
    expect(result).toMatchObject({ outcome: 'timeout', redirects: [`${edge.httpUrl}/slow/2000`] });
    expect(result.timings.totalMs).toBeLessThan(400 + 200);
  });

  it('ends at once when the caller cancels', async () => {
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 100);
    const started = performance.now();
    const result = await prober.probe({ url: `${edge.httpUrl}/hang`, method: 'HEAD' }, { timeoutMs: 5000, signal: cancel.signal });
    expect(result).toMatchObject({ outcome: 'timeout', detail: 'probe cancelled before an answer' });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
