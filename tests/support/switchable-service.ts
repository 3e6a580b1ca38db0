import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A loopback HTTP service whose answer a test switches (200 → 503 → 200…). */
export interface SwitchableService {
  /** `http://127.0.0.1:<port>/`. */
  readonly url: string;
  /** The status every request gets from now on. */
  setStatus(status: number): void;
  /** How many requests it has answered. */
  requests(): number;
  close(): Promise<void>;
}

/** Starts a {@link SwitchableService} on 127.0.0.1, answering `initialStatus`. */
export async function startSwitchableService(initialStatus = 200): Promise<SwitchableService> {
  let status = initialStatus;
  let count = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    count += 1;
    request.resume();
    response.writeHead(status, { 'content-type': 'text/plain', ...(status >= 500 ? { 'cf-ray': '8f0e1d2c3b4a5968-ICN', server: 'cloudflare' } : {}) });
    response.end(status < 400 ? 'ok' : 'error');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setStatus: (next) => {
      status = next;
    },
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
