import type { ConcreteProvider, OfficialStatus } from './official-status.ts';

/**
 * What reading one status page produced: the page's status, or one short,
 * user-readable reason why there is none. Readers never throw; they return
 * this.
 */

/** Why a status page could not be read. */
export type StatusPageProblemKind = 'unreachable' | 'timeout' | 'http-error' | 'too-large' | 'not-a-status-page' | 'invalid';

/** One reason, as a single English line a user can read ("the status page answered HTTP 503"). */
export interface StatusPageProblem {
  readonly kind: StatusPageProblemKind;
  readonly message: string;
}

/** The HTTP validators one document was served with, for the next conditional request. */
export interface CachedValidators {
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
}

/**
 * What the next read of the same page needs: the last status (returned again
 * on `304 Not Modified`), how the page was read, and the validators of every
 * document fetched for it. Plain data, safe to persist as JSON.
 */
export interface StatusPageCacheEntry {
  readonly provider: ConcreteProvider;
  /** The main document read (summary, incidents feed or history feed). */
  readonly sourceUrl: string;
  readonly status: OfficialStatus;
  readonly validators: readonly CachedValidators[];
  /** ISO 8601. */
  readonly fetchedAt: string;
}

/** A status page that was read. `notModified` means the page answered 304 and `status` is the cached one. */
export interface StatusPageSuccess {
  readonly ok: true;
  readonly provider: ConcreteProvider;
  readonly status: OfficialStatus;
  readonly sourceUrl: string;
  readonly notModified: boolean;
  readonly cache: StatusPageCacheEntry;
}

/** A status page that could not be read. */
export interface StatusPageFailure {
  readonly ok: false;
  /** Set when the provider was known or detected before the failure. */
  readonly provider?: ConcreteProvider;
  readonly sourceUrl: string;
  readonly problem: StatusPageProblem;
  /** From `Retry-After` on 429/503: wait at least this long before asking again. */
  readonly retryAfterSeconds?: number;
}

/** The result of {@link readStatusPage}. */
export type StatusPageReading = StatusPageSuccess | StatusPageFailure;

/** Options of {@link readStatusPage}. */
export interface ReadStatusPageOptions {
  /** The whole read, every request included, finishes within this. */
  readonly timeoutMs: number;
  /** Body cap per document; the default is 2 MB (8 MB for Google's incident feeds). */
  readonly maxBytes?: number;
  /** The cache entry of the previous successful read, for conditional requests. */
  readonly previous?: StatusPageCacheEntry;
  readonly signal?: AbortSignal;
  /** Injected clock, for `fetchedAt`, `Retry-After` dates and the feed heuristic. */
  readonly now?: () => Date;
}

/** A parser's verdict on a payload: the value, or why the payload was rejected. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Builds a rejected {@link ParseResult}. */
export function rejectPayload(message: string): { readonly ok: false; readonly message: string } {
  return { ok: false, message };
}
