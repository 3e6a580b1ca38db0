import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpTextError, type HttpTextRequest } from '../../../src/core/http/http-text-fetcher.ts';
import { createProber, DEFAULT_USER_AGENT, type Prober } from '../../../src/core/probe/create-prober.ts';
import { startLoopbackEdge, type LoopbackEdge } from '../../support/loopback-edge.ts';

// The prober's fetchText, as status-page readers use it, against 127.0.0.1.

const FIFTY_MB = 50 * 1024 * 1024;

let edge: LoopbackEdge;
let prober: Prober;
/** Serves 50 MB and records how much of it actually left before the client hung up. */
let big: { url: string; sent: number[]; server: Server };

beforeAll(async () => {
  edge = await startLoopbackEdge();
  prober = createProber({ extraCaCertificates: [edge.caCertificatePem] });
  const sent: number[] = [];
  const server = createServer((request, response) => {
    const chunked = request.url === '/chunked';
    response.writeHead(200, chunked ? {} : { 'content-length': String(FIFTY_MB) });
    const chunk = Buffer.alloc(64 * 1024, '{');
    let written = 0;
    response.on('close', () => sent.push(written));
    const pump = (): void => {
      while (written < FIFTY_MB && !response.destroyed) {
        written += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      if (!response.destroyed) response.end();
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  big = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent, server };
});

afterAll(async () => {
  await prober?.close();
  await edge?.close();
  big?.server.closeAllConnections();
  await new Promise((resolve) => big?.server.close(resolve));
});

const fetchText = (url: string, extra: Partial<HttpTextRequest> = {}) => prober.fetchText({ url, timeoutMs: 3000, maxBytes: 100_000, ...extra });

async function failure(promise: Promise<unknown>): Promise<HttpTextError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof HttpTextError)) throw new Error(`expected an HttpTextError, got ${String(error)}`);
  return error;
}

describe('fetchText', () => {
  it('returns status, lower-case headers and the body', async () => {
    const response = await fetchText(`${edge.httpsUrl}/ok`);
    expect(response).toMatchObject({ url: `${edge.httpsUrl}/ok`, status: 200, body: 'ok\n' });
    expect(response.headers['content-type']).toBe('text/plain');
    for (const name of Object.keys(response.headers)) expect(name).toBe(name.toLowerCase());
  });

  it('returns error statuses as answers: the reader decides what they mean', async () => {
    expect(await fetchText(`${edge.httpUrl}/status/502`)).toMatchObject({ status: 502, body: 'status 502\n' });
  });

  it('follows redirects and reports the final URL', async () => {
    expect(await fetchText(`${edge.httpUrl}/redirect/3`)).toMatchObject({ url: `${edge.httpUrl}/ok`, status: 200 });
  });

  it('fails with too-many-redirects past maxRedirects, and on a loop', async () => {
    expect(await fetchText(`${edge.httpUrl}/redirect/5`)).toMatchObject({ status: 200 });
    expect((await failure(fetchText(`${edge.httpUrl}/redirect/6`))).kind).toBe('too-many-redirects');
    expect((await failure(fetchText(`${edge.httpUrl}/redirect-loop`))).kind).toBe('too-many-redirects');
  });

  it('sends the caller’s headers, so conditional requests work', async () => {
    const first = await fetchText(`${edge.httpUrl}/etag`);
    expect(first).toMatchObject({ status: 200, body: '{"version":1}' });
    const again = await fetchText(`${edge.httpUrl}/etag`, { headers: { 'if-none-match': first.headers['etag'] ?? '' } });
    expect(again).toMatchObject({ status: 304, body: '' });
  });

  it('identifies itself and asks for compression, which it decodes', async () => {
    const sent = JSON.parse((await fetchText(`${edge.httpUrl}/headers`)).body) as Record<string, string>;
    expect(sent['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(sent['accept-encoding']).toMatch(/gzip/);
    const compressed = await fetchText(`${edge.httpUrl}/gzip`);
    expect(JSON.parse(compressed.body)).toMatchObject({ status: 'compressed' });
  });

  it('refuses a 50 MB body by its Content-Length without downloading it', async () => {
    const started = performance.now();
    const error = await failure(fetchText(`${big.url}/declared`));
    expect(error).toMatchObject({ kind: 'too-large', message: expect.stringMatching(/^Content-Length 52428800/) as unknown });
    expect(performance.now() - started).toBeLessThan(1000);
    await expect.poll(() => big.sent.length).toBe(1);
    expect(big.sent[0]).toBeLessThan(FIFTY_MB / 5);
  });

  it('stops reading a 50 MB body without Content-Length as soon as it passes maxBytes', async () => {
    big.sent.length = 0;
    const heapBefore = process.memoryUsage().heapUsed;
    const error = await failure(fetchText(`${big.url}/chunked`, { maxBytes: 1024 * 1024 }));
    expect(error.kind).toBe('too-large');
    await expect.poll(() => big.sent.length).toBe(1);
    expect(big.sent[0]).toBeLessThan(FIFTY_MB / 5);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(20 * 1024 * 1024);
  });

  it('fails with timeout when the whole answer does not arrive in time', async () => {
    const started = performance.now();
    expect((await failure(fetchText(`${edge.httpsUrl}/hang`, { timeoutMs: 300 }))).kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(300 + 200);
    expect((await failure(fetchText(`${edge.httpUrl}/redirect-to?url=%2Fslow%2F2000`, { timeoutMs: 300 }))).kind).toBe('timeout');
  });

  it('fails with aborted when the caller cancels', async () => {
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 50);
    expect((await failure(fetchText(`${edge.httpUrl}/hang`, { signal: cancel.signal }))).kind).toBe('aborted');
    expect((await failure(fetchText(`${edge.httpUrl}/ok`, { signal: AbortSignal.abort() }))).kind).toBe('aborted');
  });

  it('tells TLS failures from other network failures', async () => {
    const untrusted = await failure(fetchText(`${edge.untrustedHttpsUrl}/ok`));
    expect(untrusted).toMatchObject({ kind: 'tls', message: expect.stringMatching(/^UNABLE_TO_VERIFY_LEAF_SIGNATURE/) as unknown });
    expect((await failure(fetchText(`${edge.expiredHttpsUrl}/ok`))).kind).toBe('tls');
    expect((await failure(fetchText(`${edge.httpUrl}/reset`))).kind).toBe('network');
    expect((await failure(fetchText('ftp://127.0.0.1/feed.xml'))).kind).toBe('network');
  });
});
