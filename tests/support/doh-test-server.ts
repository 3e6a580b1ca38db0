import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { answerDnsQuery, createDnsZone, type DnsTestZone } from './dns-test-server.ts';
import { TLS_FIXTURES_DIR } from './loopback-edge.ts';

/** How the DoH server misbehaves as a whole (per-name behaviour comes from the zone). */
export type DohServerMode =
  /** Answers from the zone; a dropped query hangs until the server closes. */
  | 'normal'
  /** Every request gets 500. */
  | 'http-500'
  /** 200 with `application/dns-message` and bytes that are not DNS. */
  | 'garbage'
  /** 200 with the right answer but `text/html`, as a captive portal or filter page would. */
  | 'wrong-content-type';

/** Options of {@link startDohTestServer}. */
export interface DohTestServerOptions {
  readonly zone?: DnsTestZone;
  readonly mode?: DohServerMode;
  /** Refuses HTTP/1.x with 505, like public DoH endpoints that speak HTTP/2 only. */
  readonly http2Only?: boolean;
}

/** One request the server saw. */
export interface SeenDohRequest {
  readonly method: string;
  readonly httpVersion: string;
  readonly accept?: string;
}

/** A running DoH server on 127.0.0.1. */
export interface DohTestServer {
  /** `https://127.0.0.1:<port>/dns-query` (certificate from the test CA). */
  readonly url: string;
  readonly port: number;
  readonly zone: DnsTestZone;
  readonly requests: SeenDohRequest[];
  /** The test CA to trust (PEM). */
  readonly caCertificatePem: string;
  close(): Promise<void>;
}

const pem = (name: string): string => readFileSync(join(TLS_FIXTURES_DIR, name), 'utf8');

/**
 * Starts an RFC 8484 DoH server over HTTPS on 127.0.0.1 (ephemeral port),
 * HTTP/2 with HTTP/1.1 allowed, answering GET `?dns=` and POST at
 * `/dns-query` from `zone`. Its certificate is the test CA's `localhost` leaf
 * (valid for 127.0.0.1 and localhost).
 */
export async function startDohTestServer(options: DohTestServerOptions = {}): Promise<DohTestServer> {
  const zone = options.zone ?? createDnsZone();
  const mode = options.mode ?? 'normal';
  const requests: SeenDohRequest[] = [];
  const sockets = new Set<Socket>();

  const server = createSecureServer({ cert: pem('localhost.pem'), key: pem('localhost.key'), allowHTTP1: true });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // Clients that give up mid-handshake are normal in these tests.
  server.on('tlsClientError', () => undefined);
  server.on('sessionError', () => undefined);

  server.on('request', (request: Http2ServerRequest, response: Http2ServerResponse) => {
    const headers = request.headers as IncomingHttpHeaders;
    requests.push({ method: request.method, httpVersion: request.httpVersion, ...(headers.accept !== undefined ? { accept: headers.accept } : {}) });
    response.on('error', () => undefined);
    if (options.http2Only === true && request.httpVersion !== '2.0') return void response.writeHead(505).end();
    if (mode === 'http-500') return void response.writeHead(500, { 'content-type': 'text/plain' }).end('oops\n');

    void readQuery(request).then((query) => {
      if (query === undefined) return void response.writeHead(400).end();
      if (mode === 'garbage') return void response.writeHead(200, { 'content-type': 'application/dns-message' }).end(Buffer.from([0xde, 0xad, 0xbe, 0xef]));
      const answer = answerDnsQuery(zone, query);
      // A dropped query hangs: the client's deadline has to end it.
      if (answer === undefined) return;
      const contentType = mode === 'wrong-content-type' ? 'text/html' : 'application/dns-message';
      response.writeHead(200, { 'content-type': contentType, 'content-length': answer.length }).end(Buffer.from(answer));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `https://127.0.0.1:${port}/dns-query`,
    port,
    zone,
    requests,
    caCertificatePem: pem('ca.pem'),
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const socket of sockets) socket.destroy();
        await stopped;
      })();
      return closing;
    },
  };
}

async function readQuery(request: Http2ServerRequest): Promise<Uint8Array | undefined> {
  const url = new URL(request.url, 'https://doh.invalid');
  if (url.pathname !== '/dns-query') return undefined;
  if (request.method === 'GET') {
    const dns = url.searchParams.get('dns');
    return dns === null ? undefined : new Uint8Array(Buffer.from(dns, 'base64url'));
  }
  if (request.method !== 'POST') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}
