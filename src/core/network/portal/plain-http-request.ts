import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { Agent } from 'undici';
import { flattenHeaders } from '../../http/flatten-headers.ts';
import { destroyBody } from '../../http/response-body.ts';
import { DEFAULT_USER_AGENT } from '../../probe/create-prober.ts';

/** The answer to one plain-HTTP connectivity check, exactly as it came: no redirect followed. */
export interface PlainHttpAnswer {
  readonly status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as UTF-8 text, cut at the size limit (or wherever the deadline found it). */
  readonly body: string;
}

/**
 * Sends one GET and returns the answer without following redirects. Rejects
 * when no answer (status and headers) arrived: connection failed, deadline
 * passed, cancelled.
 */
export type PlainHttpRequest = (url: string, options: { readonly timeoutMs: number; readonly signal?: AbortSignal }) => Promise<PlainHttpAnswer>;

/** How {@link createPlainHttpRequest} connects. */
export interface PlainHttpRequestOptions {
  /** Name resolution; default the system resolver. */
  readonly lookup?: LookupFunction;
  /** Bytes of body kept; the rest is never read. Default {@link PORTAL_BODY_LIMIT_BYTES}. */
  readonly maxBodyBytes?: number;
  /** Default the prober's `User-Agent`. */
  readonly userAgent?: string;
}

/** Enough of a portal's page to see that there is one. */
export const PORTAL_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Creates the real {@link PlainHttpRequest} on undici.
 *
 * Every request gets its own one-connection Agent, destroyed when the answer
 * is in: no connection is reused (a portal can start or stop intercepting at
 * any moment) and nothing is cached. `Cache-Control: no-cache` and
 * `Pragma: no-cache` ask transparent caches on the path not to answer for
 * the server either. The body is not decompressed (none is asked for), and
 * reading stops at `maxBodyBytes`.
 *
 * One deadline covers the whole request. When it passes after the headers
 * arrived, the answer is returned with the part of the body read so far: a
 * slow portal page still shows that a portal answered.
 */
export function createPlainHttpRequest(options: PlainHttpRequestOptions = {}): PlainHttpRequest {
  const maxBodyBytes = options.maxBodyBytes ?? PORTAL_BODY_LIMIT_BYTES;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;

  return async (url, { timeoutMs, signal }) => {
    const { protocol, origin, pathname, search } = new URL(url);
    if (protocol !== 'http:') throw new TypeError(`not a plain http URL: ${url}`);
    const agent = new Agent({
      connections: 1,
      pipelining: 0,
      connect: { timeout: timeoutMs, ...(options.lookup !== undefined ? { lookup: options.lookup } : {}) },
    });
    const abort = new AbortController();
    const stop = (): void => abort.abort(signal?.reason ?? new Error(`no answer within ${timeoutMs} ms`));
    const timer = setTimeout(stop, Math.max(0, timeoutMs));
    if (signal?.aborted === true) stop();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      const response = await agent.request({
        origin,
        path: `${pathname}${search}`,
        method: 'GET',
        headers: { 'user-agent': userAgent, accept: '*/*', 'cache-control': 'no-cache', pragma: 'no-cache' },
        signal: abort.signal,
      });
      const body = await readBodyPrefix(response.body, maxBodyBytes, abort.signal);
      return { status: response.statusCode, headers: flattenHeaders(response.headers), body };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      // Closing is not part of the answer; a socket that lingers is dropped without waiting.
      agent.destroy().catch(() => undefined);
    }
  };
}

/** Reads the body up to `maxBytes`, or until `stop` aborts; either way returns what was read. */
async function readBodyPrefix(body: Readable, maxBytes: number, stop: AbortSignal): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  const onStop = (): void => destroyBody(body);
  if (stop.aborted) onStop();
  stop.addEventListener('abort', onStop, { once: true });
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      bytes += chunk.length;
      if (bytes >= maxBytes) break;
    }
  } catch {
    // The deadline or a broken connection ended the body; what arrived still counts.
  } finally {
    stop.removeEventListener('abort', onStop);
    destroyBody(body);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks).subarray(0, maxBytes));
}
