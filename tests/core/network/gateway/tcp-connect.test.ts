import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { tcpConnect } from '../../../../src/core/network/gateway/tcp-connect.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(): Promise<number> {
  const server = createServer((socket) => socket.destroy());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function closedPort(): Promise<number> {
  const port = await listen();
  const server = servers.pop();
  await new Promise((resolve) => server?.close(resolve));
  return port;
}

describe('tcpConnect', () => {
  it('connects to a listening port', async () => {
    expect(await tcpConnect('127.0.0.1', await listen(), 2_000)).toBe('connected');
  });

  it('reports a closed port as refused (the host answered)', async () => {
    expect(await tcpConnect('127.0.0.1', await closedPort(), 2_000)).toBe('refused');
  });

  it('gives up when the caller cancels, and does not start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await tcpConnect('127.0.0.1', await listen(), 2_000, controller.signal)).toBe('timeout');
    expect(await tcpConnect('127.0.0.1', await listen(), 0)).toBe('timeout');
  });

  it('reports an impossible destination as an error, without throwing', async () => {
    expect(await tcpConnect('127.0.0.1', 70_000, 2_000)).toBe('error');
  });
});
