import { createReadStream } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

/**
 * A tiny status-page server on 127.0.0.1 for integration tests: fixed routes,
 * `If-None-Match` answered with 304 when a route has an `etag` header, and
 * bodies that can be streamed (a 50 MB body is generated chunk by chunk and
 * never held in memory). Plain node:http; nothing else is contacted.
 */

/** A body: text, bytes, or a function producing them (or a stream) anew for each request. */
export type RouteBody = string | Buffer | (() => string | Buffer | Readable);

/** One route: status (default 200), headers (lower-case names), body. */
export interface StatusPageRoute {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body: RouteBody;
}

/** A request the server saw. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

/** A running server. */
export interface StatusPageServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  /** Every request so far, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Replaces or adds a route while running. */
  setRoute(path: string, route: StatusPageRoute): void;
  close(): Promise<void>;
}

/** A body that streams a fixture file from disk. */
export function fileBody(path: string): () => Readable {
  return () => createReadStream(path);
}

/** A body of `totalBytes` bytes of `fill`, generated lazily in 64 KB chunks. */
export function generatedBody(totalBytes: number, fill = 0x20): () => Readable {
  return () => {
    const chunk = Buffer.alloc(64 * 1024, fill);
    let sent = 0;
    return new Readable({
      read() {
        if (sent >= totalBytes) {
          this.push(null);
          return;
        }
        const size = Math.min(chunk.length, totalBytes - sent);
        sent += size;
        this.push(size === chunk.length ? chunk : chunk.subarray(0, size));
      },
    });
  };
}

/** Starts the server on an ephemeral port of 127.0.0.1. Unknown paths answer 404. */
export async function startStatusPageServer(routes: Record<string, StatusPageRoute>): Promise<StatusPageServer> {
  const table = new Map<string, StatusPageRoute>(Object.entries(routes));
  const requests: RecordedRequest[] = [];

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ method: request.method ?? 'GET', path, headers: request.headers });
    const route = table.get(path);
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { ...route.headers };
    const etag = headers['etag'];
    if (etag !== undefined && request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    const body = typeof route.body === 'function' ? route.body() : route.body;
    response.statusCode = route.status ?? 200;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (request.method === 'HEAD') {
      response.end();
      if (body instanceof Readable) body.destroy();
      return;
    }
    if (body instanceof Readable) {
      // A client that stops reading (a capped fetcher) must not leave the stream running.
      response.on('close', () => body.destroy());
      body.on('error', () => response.destroy());
      body.pipe(response);
    } else {
      response.end(body);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setRoute(path, route) {
      table.set(path, route);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
