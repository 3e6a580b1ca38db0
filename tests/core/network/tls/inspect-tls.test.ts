import { readFileSync } from 'node:fs';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHttpDate } from '../../../../src/core/network/clock/parse-http-date.ts';
import { inspectTls } from '../../../../src/core/network/tls/inspect-tls.ts';
import { startLoopbackEdge, TLS_FIXTURES_DIR, type LoopbackEdge } from '../../../support/loopback-edge.ts';

let edge: LoopbackEdge;

beforeAll(async () => {
  edge = await startLoopbackEdge();
});

afterAll(async () => {
  await edge?.close();
});

const pem = (name: string): string => readFileSync(join(TLS_FIXTURES_DIR, name), 'utf8');
const trustingTestCa = (timeoutMs = 3000) => ({ timeoutMs, extraCaCertificates: [edge.caCertificatePem] });

/** A server on 127.0.0.1 that is stopped (every connection dropped) after the test. */
async function listen(server: TcpServer): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A TLS server with the test CA's localhost certificate that hands each decrypted connection to `onSecure`. */
const tlsServer = (onSecure: (socket: TLSSocket) => void) =>
  listen(createTlsServer({ cert: pem('localhost.pem'), key: pem('localhost.key') }, onSecure));

describe('inspectTls on the loopback edge', () => {
  it('reports a trusted certificate as authorized, with its issuer, validity and the server Date', async () => {
    const before = Date.now();
    const inspection = await inspectTls(`${edge.httpsUrl}/ok`, trustingTestCa());
    expect(inspection).toMatchObject({ completed: true, authorized: true, issuer: 'Status Doctor Test CA', subject: 'localhost' });
    expect(inspection.authorizationError).toBeUndefined();
    expect(Date.parse(inspection.validFrom ?? '')).toBeLessThan(before);
    expect(Date.parse(inspection.validTo ?? '')).toBeGreaterThan(before);
    const serverMs = parseHttpDate(inspection.serverDate ?? '');
    expect(serverMs).toBeDefined();
    // HTTP dates have whole seconds.
    expect(Math.abs((serverMs ?? 0) - before)).toBeLessThan(5000);
  });

  it('names the issuer of a certificate from a CA nobody trusts (an interceptor)', async () => {
    const inspection = await inspectTls(edge.untrustedHttpsUrl, trustingTestCa());
    expect(inspection).toMatchObject({
      completed: true,
      authorized: false,
      issuer: 'Status Doctor Untrusted Test CA',
      authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
    expect(inspection.serverDate).toBeDefined();
  });

  it('reports an expired certificate with its validity window and the server Date', async () => {
    const inspection = await inspectTls(edge.expiredHttpsUrl, trustingTestCa());
    expect(inspection).toMatchObject({
      completed: true,
      authorized: false,
      authorizationError: 'CERT_HAS_EXPIRED',
      issuer: 'Status Doctor Test CA',
      validFrom: '2020-01-01T00:00:00.000Z',
      validTo: '2021-01-01T00:00:00.000Z',
    });
    expect(parseHttpDate(inspection.serverDate ?? '')).toBeGreaterThan(Date.parse('2021-01-01T00:00:00Z'));
  });

  it('reports a certificate that is not valid yet', async () => {
    const inspection = await inspectTls(edge.notYetValidHttpsUrl, trustingTestCa());
    expect(inspection).toMatchObject({ completed: true, authorized: false, authorizationError: 'CERT_NOT_YET_VALID', validFrom: '2090-01-01T00:00:00.000Z' });
  });

  it('uses the given name resolution and checks the certificate against the name', async () => {
    const port = new URL(edge.httpsUrl).port;
    const asked: string[] = [];
    const inspection = await inspectTls(`https://status-doctor.test:${port}/`, {
      ...trustingTestCa(),
      lookup: (hostname, options, callback) => {
        asked.push(hostname);
        // Node asks for every address (`all: true`) when it may race IPv4 and IPv6.
        if (options.all === true) (callback as (error: null, addresses: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
        else callback(null, '127.0.0.1', 4);
      },
    });
    expect(asked).toEqual(['status-doctor.test']);
    // The certificate is for localhost, not the name asked for.
    expect(inspection).toMatchObject({ completed: true, authorized: false, authorizationError: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  });
});

describe('what inspectTls sends', () => {
  it('sends nothing but a bare HEAD with Host and Connection: close', async () => {
    let received = '';
    const server = await tlsServer((socket) => {
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString('latin1');
        if (received.includes('\r\n\r\n')) socket.end('HTTP/1.1 204 No Content\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\n');
      });
    });
    try {
      const inspection = await inspectTls(`${server.url}/private/path?token=secret`, trustingTestCa());
      const host = new URL(server.url).host;
      expect(received).toBe(`HEAD / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(inspection.serverDate).toBe('Sun, 06 Nov 1994 08:49:37 GMT');
    } finally {
      await server.close();
    }
  });

  it('leaves out a Date header that is not an HTTP date', async () => {
    const server = await tlsServer((socket) => {
      socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\nDate: tomorrow\r\nContent-Length: 0\r\n\r\n'));
    });
    try {
      const inspection = await inspectTls(server.url, trustingTestCa());
      expect(inspection).toMatchObject({ completed: true, authorized: true });
      expect(inspection.serverDate).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('inspectTls deadlines and failures', () => {
  it('gives up on a server that never starts the handshake within the deadline', async () => {
    const server = await listen(createTcpServer(() => undefined));
    try {
      const startedAt = performance.now();
      const inspection = await inspectTls(server.url, trustingTestCa(300));
      expect(performance.now() - startedAt).toBeLessThan(400);
      expect(inspection.completed).toBe(false);
      expect(inspection.authorized).toBe(false);
      expect(inspection.error).toMatch(/no TLS handshake within 300 ms/);
    } finally {
      await server.close();
    }
  });

  it('still reports the certificate when the server never answers the HEAD', async () => {
    const server = await tlsServer(() => undefined);
    try {
      const startedAt = performance.now();
      const inspection = await inspectTls(server.url, trustingTestCa(300));
      expect(performance.now() - startedAt).toBeLessThan(400);
      expect(inspection).toMatchObject({ completed: true, authorized: true, issuer: 'Status Doctor Test CA' });
      expect(inspection.serverDate).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('stops when cancelled', async () => {
    const server = await listen(createTcpServer(() => undefined));
    try {
      const cancel = new AbortController();
      setTimeout(() => cancel.abort(), 50);
      const startedAt = performance.now();
      const inspection = await inspectTls(server.url, { ...trustingTestCa(5000), signal: cancel.signal });
      expect(performance.now() - startedAt).toBeLessThan(1000);
      expect(inspection).toMatchObject({ completed: false, error: 'cancelled' });
    } finally {
      await server.close();
    }
  });

  it('reports a refused connection as not completed, with the code', async () => {
    const server = await listen(createTcpServer());
    const url = server.url;
    await server.close();
    const inspection = await inspectTls(url, trustingTestCa());
    expect(inspection.completed).toBe(false);
    expect(inspection.error).toMatch(/^ECONNREFUSED/);
  });

  it('refuses anything but an https URL without connecting', async () => {
    expect(await inspectTls(edge.httpUrl, trustingTestCa())).toEqual({ completed: false, authorized: false, error: 'not an https URL' });
    expect(await inspectTls('not a url', trustingTestCa())).toMatchObject({ completed: false });
  });
});
