import type { LookupAddress } from 'node:dns';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { createServer as createTcpServer, isIP, type Socket } from 'node:net';
import { join } from 'node:path';
import type { ServiceSpec } from '../../../../src/core/config/config-schema.ts';
import type { SystemLookup } from '../../../../src/core/network/dns/system-resolver.ts';
import { TLS_FIXTURES_DIR } from '../../../support/loopback-edge.ts';

/** What the fake system resolver does for one name. */
export type FakeLookupRule = readonly string[] | { readonly error: string; readonly afterMs?: number } | 'hang';

/**
 * A stand-in for getaddrinfo, which cannot be pointed at a test server.
 * Unknown names fail with ENOTFOUND: no test ever reaches the machine's
 * real resolver.
 */
export function fakeLookup(rules: Readonly<Record<string, FakeLookupRule>>): SystemLookup & { readonly asked: string[] } {
  const asked: string[] = [];
  const lookup = (hostname: string): Promise<readonly LookupAddress[]> => {
    asked.push(hostname);
    const rule = rules[hostname] ?? { error: 'ENOTFOUND' };
    if (rule === 'hang') return new Promise(() => undefined);
    if ('error' in rule) {
      const error = Object.assign(new Error(`getaddrinfo ${rule.error} ${hostname}`), { code: rule.error, hostname });
      return new Promise((_resolve, reject) => setTimeout(() => reject(error), rule.afterMs ?? 0));
    }
    return Promise.resolve(rule.map((address) => ({ address, family: isIP(address) })));
  };
  return Object.assign(lookup, { asked });
}

/** A service probed at one URL. */
export function serviceAt(id: string, ...urls: string[]): ServiceSpec {
  return { id, name: id, probes: urls.map((url) => ({ url, method: 'HEAD' as const })) };
}

/** An HTTPS server on another loopback address, at the same port as the edge (a second edge, or an impostor). */
export interface TwinServer {
  readonly address: string;
  close(): Promise<void>;
}

const pem = (name: string): string => readFileSync(join(TLS_FIXTURES_DIR, name), 'utf8');

/**
 * Starts an HTTPS server on `address:port` answering every request with
 * `status`. `certificate` picks the test CA's localhost leaf (valid) or the
 * untrusted CA's (what a DNS rewrite to a block page or interceptor shows).
 */
export async function startTwin(address: string, port: number, certificate: 'valid' | 'untrusted', status: number): Promise<TwinServer> {
  const prefix = certificate === 'valid' ? 'localhost' : 'untrusted';
  const server: Server = createServer({ cert: pem(`${prefix}.pem`), key: pem(`${prefix}.key`) }, (_request, response) => {
    response.writeHead(status, { 'content-type': 'text/plain' }).end(`status ${status}\n`);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, resolve);
  });
  return {
    address,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

/** Starts a TCP server on `address:port` that accepts and never says a word: a TLS handshake there hangs. */
export async function startSilentTwin(address: string, port: number): Promise<TwinServer> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, resolve);
  });
  return {
    address,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
