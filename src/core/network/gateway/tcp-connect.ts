import { Socket } from 'node:net';

/** How a TCP connection attempt ended. */
export type ConnectOutcome = 'connected' | 'refused' | 'timeout' | 'unreachable' | 'error';

/** Tries one TCP connection; never rejects. */
export type TcpConnect = (host: string, port: number, timeoutMs: number, signal?: AbortSignal) => Promise<ConnectOutcome>;

const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'EADDRNOTAVAIL', 'ENETDOWN']);

/**
 * The real {@link TcpConnect} on `node:net`. A refusal (RST) proves the
 * host is there as much as a connection does; `unreachable` is the local
 * stack giving up (no ARP answer, no route). The connection is closed as
 * soon as it opens: nothing is sent.
 */
export const tcpConnect: TcpConnect = (host, port, timeoutMs, signal) =>
  new Promise<ConnectOutcome>((resolve) => {
    if (signal?.aborted === true || timeoutMs <= 0) {
      resolve('timeout');
      return;
    }
    const socket = new Socket();
    let settled = false;
    const finish = (outcome: ConnectOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(outcome);
    };
    const onAbort = (): void => finish('timeout');
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => finish('connected'));
    socket.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET') finish('refused');
      else if (error.code === 'ETIMEDOUT') finish('timeout');
      else if (error.code !== undefined && UNREACHABLE.has(error.code)) finish('unreachable');
      else finish('error');
    });
    try {
      socket.connect({ host, port });
    } catch {
      finish('error');
    }
  });
