import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The directory of the committed test PKI (see tests/fixtures/tls/README.md). */
export const TLS_FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures', 'tls');

/** A running loopback edge: the same routes on every server, all on 127.0.0.1. */
export interface LoopbackEdge {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly httpUrl: string;
  /** `https://127.0.0.1:<port>`, certificate for localhost + 127.0.0.1 from the test CA. */
  readonly httpsUrl: string;
  /** An HTTPS server whose certificate comes from a CA no client is given (an interceptor). */
  readonly untrustedHttpsUrl: string;
  /** An HTTPS server with a test-CA certificate that expired in 2021 (clock-skew tests). */
  readonly expiredHttpsUrl: string;
  /** An HTTPS server with a test-CA certificate valid only from 2090 (clock far behind). */
  readonly notYetValidHttpsUrl: string;
  /** The test CA (PEM) that clients should trust. */
  readonly caCertificatePem: string;
  /** Path of that CA's PEM file, for `tls.extraCaFile`. */
  readonly caFile: string;
  /** Stops every server and drops every connection, hanging ones included. */
  close(): Promise<void>;
}

const pem = (name: string): string => readFileSync(join(TLS_FIXTURES_DIR, name), 'utf8');

/**
 * Starts HTTP and HTTPS servers on 127.0.0.1 (ephemeral ports) that play a
 * service behind an edge network. Routes, identical on every server:
 *
 * - `/ok` → 200 "ok"
 * - `/status/<code>` → that status (200–999), with `cf-ray: <hex>-LAX` and `server: cloudflare`
 * - `/challenge` → 403 with `cf-mitigated: challenge` (Cloudflare bot check)
 * - `/ratelimit` → 429 with `Retry-After: 30`
 * - `/hang` → reads the request, never answers
 * - `/reset` → destroys the connection without answering
 * - `/malformed` → bytes that are not HTTP
 * - `/redirect-loop` → `/redirect-loop-b` → `/redirect-loop` → …
 * - `/redirect/<n>` → n redirects (`/redirect/<n-1>` … `/redirect/1` → `/ok`)
 * - `/redirect-to?url=<url>` → 302 to any URL (other schemes, other servers)
 * - `/slow/<ms>` → headers after ms
 * - `/bytes/<n>` → n bytes of "x" with Content-Length; `?chunked` leaves it out
 * - `/gzip` → a gzip-encoded JSON body
 * - `/etag` → 200 with `ETag: "v1"`, or 304 when `If-None-Match: "v1"`
 * - `/headers` → the request's headers as JSON
 */
/** Options of {@link startLoopbackEdge}. */
export interface LoopbackEdgeOptions {
  /** How long the servers keep an idle connection open; Node's default (5 s) when absent. */
  readonly keepAliveTimeoutMs?: number;
}

export async function startLoopbackEdge(options: LoopbackEdgeOptions = {}): Promise<LoopbackEdge> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const handler = (request: IncomingMessage, response: ServerResponse): void => route(request, response, timers);

  const servers: Server[] = [
    createHttpServer(handler),
    createHttpsServer({ cert: pem('localhost.pem'), key: pem('localhost.key') }, handler),
    createHttpsServer({ cert: pem('untrusted.pem'), key: pem('untrusted.key') }, handler),
    createHttpsServer({ cert: pem('expired.pem'), key: pem('expired.key') }, handler),
    createHttpsServer({ cert: pem('not-yet-valid.pem'), key: pem('not-yet-valid.key') }, handler),
  ];
  const urls: string[] = [];
  for (const [index, server] of servers.entries()) {
    if (options.keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = options.keepAliveTimeoutMs;
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    // Clients that give up mid-handshake are normal here; they must not crash the test run.
    server.on('tlsClientError', () => undefined);
    server.on('clientError', (_error, socket: Socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    urls.push(`${index === 0 ? 'http' : 'https'}://127.0.0.1:${port}`);
  }
  const [httpUrl = '', httpsUrl = '', untrustedHttpsUrl = '', expiredHttpsUrl = '', notYetValidHttpsUrl = ''] = urls;

  let closing: Promise<void> | undefined;
  return {
    httpUrl,
    httpsUrl,
    untrustedHttpsUrl,
    expiredHttpsUrl,
    notYetValidHttpsUrl,
    caCertificatePem: pem('ca.pem'),
    caFile: join(TLS_FIXTURES_DIR, 'ca.pem'),
    close() {
      closing ??= (async () => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        const stopped = servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())));
        for (const socket of sockets) socket.destroy();
        await Promise.all(stopped);
      })();
      return closing;
    },
  };
}

function route(request: IncomingMessage, response: ServerResponse, timers: Set<NodeJS.Timeout>): void {
  const url = new URL(request.url ?? '/', 'http://edge.invalid');
  const path = url.pathname;
  let match: RegExpMatchArray | null;

  if (path === '/ok' || path === '/redirect/0') return send(response, 200, 'ok\n');
  if ((match = /^\/status\/(\d{3})$/.exec(path))) {
    const status = Number(match[1]);
    if (status < 200) return send(response, 400, 'final statuses only (200–999)\n');
    return send(response, status, `status ${status}\n`, { 'cf-ray': cfRay(), server: 'cloudflare' });
  }
  if (path === '/challenge') {
    return send(response, 403, '<!doctype html><title>Just a moment...</title>\n', {
      'cf-mitigated': 'challenge',
      'cf-ray': cfRay(),
      server: 'cloudflare',
      'content-type': 'text/html',
    });
  }
  if (path === '/ratelimit') return send(response, 429, 'slow down\n', { 'retry-after': '30' });
  if (path === '/hang') return;
  if (path === '/reset') {
    request.socket.destroy();
    return;
  }
  if (path === '/malformed') {
    request.socket.end('HTTP/1.1 2OO NOT OK\r\nthis is not a header\r\n\r\n');
    return;
  }
  if (path === '/redirect-loop') return redirect(response, '/redirect-loop-b');
  if (path === '/redirect-loop-b') return redirect(response, '/redirect-loop');
  if ((match = /^\/redirect\/(\d+)$/.exec(path))) {
    const left = Number(match[1]);
    return redirect(response, left <= 1 ? '/ok' : `/redirect/${left - 1}`);
  }
  if (path === '/redirect-to') return redirect(response, url.searchParams.get('url') ?? '/ok');
  if ((match = /^\/slow\/(\d+)$/.exec(path))) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!response.destroyed) send(response, 200, 'slow ok\n');
    }, Number(match[1]));
    timers.add(timer);
    return;
  }
  if ((match = /^\/bytes\/(\d+)$/.exec(path))) return streamBytes(response, Number(match[1]), url.searchParams.has('chunked'));
  if (path === '/gzip') {
    const body = gzipSync(JSON.stringify({ status: 'compressed', padding: 'z'.repeat(10_000) }));
    return send(response, 200, body, { 'content-encoding': 'gzip', 'content-type': 'application/json' });
  }
  if (path === '/etag') {
    if (request.headers['if-none-match'] === '"v1"') return send(response, 304, '', { etag: '"v1"' });
    return send(response, 200, '{"version":1}', { etag: '"v1"', 'content-type': 'application/json' });
  }
  if (path === '/headers') return send(response, 200, JSON.stringify(request.headers), { 'content-type': 'application/json' });
  send(response, 404, 'not found\n');
}

function send(response: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  const bodyless = status === 204 || status === 304;
  // An explicit length keeps HEAD answers on a keep-alive connection.
  const length = bodyless ? {} : { 'content-length': String(Buffer.byteLength(body)) };
  response.writeHead(status, { 'content-type': 'text/plain', ...length, ...headers });
  response.end(bodyless ? undefined : body);
}

function redirect(response: ServerResponse, location: string): void {
  send(response, 302, '', { location });
}

function cfRay(): string {
  return `${randomBytes(8).toString('hex')}-LAX`;
}

/** Writes `total` bytes in 64 KiB chunks, honouring backpressure, until done or the client leaves. */
function streamBytes(response: ServerResponse, total: number, chunked: boolean): void {
  response.writeHead(200, { 'content-type': 'application/octet-stream', ...(chunked ? {} : { 'content-length': String(total) }) });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let left = total;
  const pump = (): void => {
    while (left > 0 && !response.destroyed) {
      const size = Math.min(left, chunk.length);
      left -= size;
      if (!response.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
        response.once('drain', pump);
        return;
      }
    }
    if (left === 0 && !response.destroyed) response.end();
  };
  pump();
}
