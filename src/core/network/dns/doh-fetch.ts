import type { LookupFunction } from 'node:net';
import type { SecureContext } from 'node:tls';
import { Agent } from 'undici';
import { destroyBody } from '../../http/response-body.ts';

/** What a DoH server sent back. */
export interface DohResponse {
  readonly status: number;
  /** The `Content-Type` header, if any. */
  readonly contentType?: string;
  readonly body: Uint8Array;
}

/**
 * GETs a DoH URL (its `?dns=` already set) with
 * `accept: application/dns-message`. Rejects on network errors, on a body
 * over the cap, and when `signal` aborts.
 */
export type DohFetch = (url: string, signal: AbortSignal) => Promise<DohResponse>;

/** The DoH fetch and the connections it keeps. */
export interface DohFetcher {
  readonly fetch: DohFetch;
  /** Drops every connection. */
  close(): Promise<void>;
}

/** A DNS message is at most 64 KiB. */
const MAX_BODY_BYTES = 65_535;
/** Upper bound for undici's connect timer; the check's deadline normally ends it sooner. */
const CONNECT_TIMEOUT_MS = 10_000;

/** Options of {@link createDohFetcher}. */
export interface DohFetcherOptions {
  /** Trust for the DoH servers' certificates. */
  readonly secureContext: SecureContext;
  /** Resolves the DoH servers' own names (a URL with an IP needs none). */
  readonly lookup: LookupFunction;
}

/**
 * The real DoH transport: an undici Agent that offers HTTP/2 (some public
 * DoH endpoints answer only over it, and one connection then carries every
 * query) and falls back to HTTP/1.1.
 */
export function createDohFetcher(options: DohFetcherOptions): DohFetcher {
  const agent = new Agent({
    allowH2: true,
    connect: { secureContext: options.secureContext, lookup: options.lookup, timeout: CONNECT_TIMEOUT_MS },
  });

  const fetch: DohFetch = async (url, signal) => {
    const { origin, pathname, search } = new URL(url);
    const response = await agent.request({
      origin,
      path: `${pathname}${search}`,
      method: 'GET',
      headers: { accept: 'application/dns-message' },
      signal,
    });
    const contentType = response.headers['content-type'];
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) throw Object.assign(new Error(`DoH answer larger than ${MAX_BODY_BYTES} bytes`), { code: 'DOH_TOO_LARGE' });
        chunks.push(chunk);
      }
    } catch (error) {
      destroyBody(response.body);
      throw error;
    }
    return {
      status: response.statusCode,
      ...(typeof contentType === 'string' ? { contentType } : {}),
      body: new Uint8Array(Buffer.concat(chunks)),
    };
  };

  return { fetch, close: () => agent.destroy() };
}
