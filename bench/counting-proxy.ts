import { type AddressInfo, connect, createServer, type Socket } from 'node:net';

/** What went through a {@link CountingProxy} so far, both directions, payload bytes only. */
export interface ProxyCounts {
  /** Bytes the clients sent (requests, TLS handshakes…). */
  readonly toServer: number;
  /** Bytes the server sent back. */
  readonly toClient: number;
  /** TCP connections accepted. */
  readonly connections: number;
  /**
   * Client "turns": a client write after at least the exchange gap of
   * silence from the client on that connection (or the first one on it).
   * A probe round or a poll is one turn, handshake included, so this counts
   * requests even through TLS, which the proxy cannot read.
   */
  readonly exchanges: number;
}

/** A running relay on 127.0.0.1. */
export interface CountingProxy {
  readonly port: number;
  counts(): ProxyCounts;
  /** Stops listening and drops every relayed connection. */
  close(): Promise<void>;
}

/** Difference of two readings of the same proxy (`later − earlier`). */
export function countsBetween(earlier: ProxyCounts, later: ProxyCounts): ProxyCounts {
  return {
    toServer: later.toServer - earlier.toServer,
    toClient: later.toClient - earlier.toClient,
    connections: later.connections - earlier.connections,
    exchanges: later.exchanges - earlier.exchanges,
  };
}

/**
 * A plain TCP relay on 127.0.0.1 to `127.0.0.1:targetPort` that counts the
 * bytes both ways. It never reads or changes them, so TLS stays end to end
 * and the client sees the target's own certificate. TCP/IP headers are not
 * counted (the kernel adds ~52 bytes per packet on top).
 */
export async function startCountingProxy(targetPort: number, exchangeGapMs = 1_000): Promise<CountingProxy> {
  let toServer = 0;
  let toClient = 0;
  let connections = 0;
  let exchanges = 0;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };

  const server = createServer((client) => {
    connections += 1;
    track(client);
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    track(upstream);
    let lastClientWrite = Number.NEGATIVE_INFINITY;
    client.on('data', (chunk: Buffer) => {
      const now = performance.now();
      if (now - lastClientWrite >= exchangeGapMs) exchanges += 1;
      lastClientWrite = now;
      toServer += chunk.length;
    });
    upstream.on('data', (chunk: Buffer) => (toClient += chunk.length));
    client.pipe(upstream);
    upstream.pipe(client);
    // Either side going away ends the pair; a reset is normal when the monitor stops.
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  return {
    port: (server.address() as AddressInfo).port,
    counts: () => ({ toServer, toClient, connections, exchanges }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
