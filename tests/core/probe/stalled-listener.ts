import { connect, type Socket } from 'node:net';
import { Worker } from 'node:worker_threads';

/** A TCP port on 127.0.0.1 where connecting hangs, as behind a firewall that drops packets. */
export interface StalledListener {
  readonly port: number;
  close(): Promise<void>;
}

// The listener lives in a worker whose event loop is then blocked: nothing
// accepts, the kernel's accept queue fills, and later SYNs are dropped.
const WORKER_SOURCE = `
const net = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const server = net.createServer();
server.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
  parentPort.postMessage(server.address().port);
  Atomics.wait(new Int32Array(workerData), 0, 0, 60000);
  server.close();
});
`;

/** Starts a {@link StalledListener}; its accept queue is already full when this resolves. */
export async function startStalledListener(): Promise<StalledListener> {
  const wake = new SharedArrayBuffer(4);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: wake });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const fillers: Socket[] = [];
  // Connect until one attempt no longer completes: from then on the queue is full.
  for (let attempt = 0; attempt < 64; attempt += 1) {
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('error', () => undefined);
    fillers.push(socket);
    const connected = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 300);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!connected) break;
  }
  return {
    port,
    async close() {
      for (const socket of fillers) socket.destroy();
      Atomics.notify(new Int32Array(wake), 0);
      await worker.terminate();
    },
  };
}
