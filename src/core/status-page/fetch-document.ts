import { HttpTextError, type HttpTextFetcher, type HttpTextResponse } from '../http/http-text-fetcher.ts';
import { parseRetryAfter } from '../http/retry-after.ts';
import type { CachedValidators, StatusPageProblem } from './status-page-reading.ts';

/**
 * One GET of one status-page document through the injected fetcher:
 * conditional headers from the previous read, the whole-read deadline, and
 * every way it can fail turned into a one-line problem. Never rejects.
 */

/** What asking for one document produced. */
export type DocumentAnswer =
  | { readonly kind: 'body'; readonly url: string; readonly body: string; readonly contentType?: string; readonly validators: CachedValidators }
  | { readonly kind: 'not-modified'; readonly url: string; readonly validators: CachedValidators }
  | { readonly kind: 'failure'; readonly url: string; readonly status?: number; readonly problem: StatusPageProblem; readonly retryAfterSeconds?: number };

/** What every request of one read shares. */
export interface FetchContext {
  readonly fetchText: HttpTextFetcher;
  /** Epoch milliseconds by {@link FetchContext.now} when the whole read must be over. */
  readonly deadline: number;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly signal?: AbortSignal;
  readonly now: () => Date;
}

/** The longest `Retry-After` honoured: a day. */
const MAX_RETRY_AFTER_SECONDS = 86_400;

/** Fetches `url`, conditionally when `previous` holds validators for it. */
export async function fetchDocument(context: FetchContext, url: string, previous?: CachedValidators): Promise<DocumentAnswer> {
  const remaining = context.deadline - context.now().getTime();
  if (remaining <= 0) return failure(url, timeoutProblem(context.timeoutMs));
  const headers: Record<string, string> = { accept: 'application/json, application/rss+xml, application/atom+xml, text/xml;q=0.9, */*;q=0.5' };
  if (previous?.url === url) {
    if (previous.etag !== undefined) headers['if-none-match'] = previous.etag;
    if (previous.lastModified !== undefined) headers['if-modified-since'] = previous.lastModified;
  }

  let response: HttpTextResponse;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // The fetcher enforces the deadline; this guard only stops a fetcher that does not.
    const guard = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HttpTextError('timeout', 'deadline passed')), remaining + 250);
    });
    response = await Promise.race([
      context.fetchText({ url, headers, timeoutMs: remaining, maxBytes: context.maxBytes, ...(context.signal ? { signal: context.signal } : {}) }),
      guard,
    ]);
  } catch (error) {
    return failure(url, problemOfError(error, context));
  } finally {
    clearTimeout(timer);
  }

  const validators = validatorsOf(url, response);
  if (response.status === 304) {
    if (previous?.url !== url) {
      return failure(url, { kind: 'http-error', message: 'the status page answered HTTP 304 to a request that was not conditional' }, 304);
    }
    // A 304 may omit validators; the old ones still describe the cached copy.
    return { kind: 'not-modified', url, validators: { ...previous, ...stripUndefined(validators) } };
  }
  if (response.status < 200 || response.status > 299) {
    const retryAfterSeconds = response.status === 429 || response.status === 503 ? retryAfter(response.headers['retry-after'], context.now()) : undefined;
    return {
      kind: 'failure',
      url,
      status: response.status,
      problem: { kind: 'http-error', message: `the status page answered HTTP ${response.status}` },
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    };
  }
  if (response.body.length > context.maxBytes) return failure(url, tooLargeProblem(context.maxBytes));
  if (response.body.trim() === '') return failure(url, { kind: 'invalid', message: 'the status page sent an empty answer' });
  const contentType = response.headers['content-type'];
  return { kind: 'body', url, body: response.body, validators, ...(contentType === undefined ? {} : { contentType }) };
}

function failure(url: string, problem: StatusPageProblem, status?: number): DocumentAnswer {
  return { kind: 'failure', url, problem, ...(status === undefined ? {} : { status }) };
}

function stripUndefined(validators: CachedValidators): Partial<CachedValidators> {
  return {
    ...(validators.etag === undefined ? {} : { etag: validators.etag }),
    ...(validators.lastModified === undefined ? {} : { lastModified: validators.lastModified }),
  };
}

function validatorsOf(url: string, response: HttpTextResponse): CachedValidators {
  const etag = cleanHeader(response.headers['etag']);
  const lastModified = cleanHeader(response.headers['last-modified']);
  return { url, ...(etag === undefined ? {} : { etag }), ...(lastModified === undefined ? {} : { lastModified }) };
}

function cleanHeader(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  // A validator is sent back verbatim, so nothing that could break a header line is kept.
  return trimmed === '' || trimmed.length > 200 || /[\r\n\0]/.test(trimmed) ? undefined : trimmed;
}

/** `Retry-After` as whole seconds from now, capped at a day; undefined when absent or unreadable. */
export function retryAfter(value: string | undefined, now: Date): number | undefined {
  const seconds = parseRetryAfter(value, now.getTime());
  return seconds === undefined ? undefined : Math.min(seconds, MAX_RETRY_AFTER_SECONDS);
}

/** "2 MB", "512 KB", "900 bytes". */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (bytes >= 1024 * 1024) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The problem for a body over the cap. */
export function tooLargeProblem(maxBytes: number): StatusPageProblem {
  return { kind: 'too-large', message: `the status page is larger than ${formatBytes(maxBytes)}` };
}

function timeoutProblem(timeoutMs: number): StatusPageProblem {
  const seconds = timeoutMs / 1000;
  return { kind: 'timeout', message: `the status page did not answer within ${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s` };
}

function problemOfError(error: unknown, context: FetchContext): StatusPageProblem {
  if (!(error instanceof HttpTextError)) return { kind: 'unreachable', message: 'the status page could not be reached' };
  switch (error.kind) {
    case 'timeout':
      return timeoutProblem(context.timeoutMs);
    case 'too-large':
      return tooLargeProblem(context.maxBytes);
    case 'tls':
      return { kind: 'unreachable', message: "the status page's secure connection failed" };
    case 'too-many-redirects':
      return { kind: 'unreachable', message: 'the status page redirected too many times' };
    case 'aborted':
      return { kind: 'unreachable', message: 'the status page check was cancelled' };
    case 'network':
      return { kind: 'unreachable', message: 'the status page could not be reached' };
  }
}
