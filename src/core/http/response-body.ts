import type { Readable } from 'node:stream';

/**
 * Throws a response body away unread. undici reports destroying an
 * unfinished body as an error on the stream; nobody is reading it, so that
 * error is expected and swallowed here. The connection closes unless the
 * whole body had already arrived.
 */
export function destroyBody(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

/**
 * Reads a small or empty body (HEAD, redirects) to its end so its
 * connection can serve the next request; undici's dump gives up and closes
 * the connection past 128 KiB.
 */
export function drainBody(body: Readable & { dump(): Promise<void> }): void {
  body.on('error', () => undefined);
  body.dump().catch(() => undefined);
}
