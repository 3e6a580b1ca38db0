import { createServer, type Server } from 'node:http';
import { listenOnLoopback } from './listen-on-loopback.ts';

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
  const server: Server = createServer((request, response) => {
    count += 1;
    request.resume();
    response.writeHead(status, { 'content-type': 'text/plain', ...(status >= 500 ? { 'cf-ray': '8f0e1d2c3b4a5968-ICN', server: 'cloudflare' } : {}) });
    response.end(status < 400 ? 'ok' : 'error');
  });
  const { port, close } = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}/`,
    setStatus: (next) => {
      status = next;
    },
    requests: () => count,
    close,
  };
}
