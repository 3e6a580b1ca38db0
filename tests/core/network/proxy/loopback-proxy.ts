import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { TLS_FIXTURES_DIR } from '../../../support/loopback-edge.ts';

/** How a test proxy behaves. */
export type ProxyBehaviour = 'forward' | 'auth-required' | 'silent';

/** A running loopback server. */
export interface Running {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function track(server: Server | ReturnType<typeof createTcpServer>): { sockets: Set<Socket>; close: () => Promise<void> } {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function listening(server: Server | ReturnType<typeof createTcpServer>, scheme: string): Promise<{ url: string; port: number }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `${scheme}://127.0.0.1:${port}`, port };
}

const PROXY_AUTH = 'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n';

/**
 * An HTTP proxy on 127.0.0.1 that tunnels CONNECT and forwards
 * absolute-form requests, but only to 127.0.0.1 (anything else gets 403),
 * or answers 407 to everything, or accepts connections and never answers.
 */
export async function startProxy(behaviour: ProxyBehaviour): Promise<Running & { readonly requests: string[] }> {
  const requests: string[] = [];
  const server = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    if (behaviour === 'silent') return;
    if (behaviour === 'auth-required') {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end();
      return;
    }
    const target = URL.parse(req.url ?? '');
    if (target === null || target.hostname !== '127.0.0.1') {
      res.writeHead(403).end();
      return;
    }
    const upstream = httpRequest({ host: '127.0.0.1', port: target.port, path: target.pathname, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, client: Socket) => {
    requests.push(`CONNECT ${req.url}`);
    if (behaviour === 'silent') return;
    if (behaviour === 'auth-required') {
      client.end(PROXY_AUTH);
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    if (host !== '127.0.0.1' || port === undefined) {
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(Number(port), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const tracked = track(server);
  const { url, port } = await listening(server, 'http');
  return { url, port, requests, close: tracked.close };
}

/** HTTP and HTTPS (test CA) servers on 127.0.0.1 that answer 204 to everything. */
export async function startTargets(): Promise<{ readonly httpUrl: string; readonly httpsUrl: string; readonly caPem: string; close(): Promise<void> }> {
  const handler = (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(204).end();
  };
  const http = createHttpServer(handler);
  const https = createHttpsServer({ key: readFileSync(join(TLS_FIXTURES_DIR, 'localhost.key')), cert: readFileSync(join(TLS_FIXTURES_DIR, 'localhost.pem')) }, handler);
  const trackedHttp = track(http);
  const trackedHttps = track(https);
  const plain = await listening(http, 'http');
  const secure = await listening(https, 'https');
  return {
    httpUrl: `${plain.url}/generate_204`,
    httpsUrl: `${secure.url}/generate_204`,
    caPem: readFileSync(join(TLS_FIXTURES_DIR, 'ca.pem'), 'utf8'),
    close: async () => {
      await Promise.all([trackedHttp.close(), trackedHttps.close()]);
    },
  };
}

/** The URL of a 127.0.0.1 port that nothing listens on. */
export async function closedPortUrl(): Promise<string> {
  const server = createTcpServer();
  const { port } = await listening(server, 'http');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
