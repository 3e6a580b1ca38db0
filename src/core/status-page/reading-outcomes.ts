import type { ConcreteProvider, OfficialStatus } from './official-status.ts';
import { classifyDocument } from './detect-provider.ts';
import type { DocumentAnswer, FetchContext } from './fetch-document.ts';
import type {
  CachedValidators,
  StatusPageCacheEntry,
  StatusPageFailure,
  StatusPageProblem,
  StatusPageReading,
} from './status-page-reading.ts';

/**
 * The pieces every provider's read shares: the context of one read, and how
 * an answer becomes a reading (success with its cache entry, or failure).
 */

/** One read: the fetch settings, plus the previous successful read of the page. */
export interface ReadContext extends FetchContext {
  readonly previous?: StatusPageCacheEntry;
}

/** The validators the previous read stored for `url`. */
export function validatorsFor(context: ReadContext, url: string): CachedValidators | undefined {
  return context.previous?.validators.find((validators) => validators.url === url);
}

/** The JSON of a fetched body, or why it is not JSON. */
export function jsonOf(answer: Extract<DocumentAnswer, { kind: 'body' }>): { ok: true; value: unknown } | { ok: false; problem: StatusPageProblem } {
  const document = classifyDocument(answer.body, answer.url, answer.contentType);
  if (document.kind === 'broken-json' || document.kind === 'html' || document.kind === 'feed' || document.kind === 'unknown') {
    return { ok: false, problem: problemOfDocument(document.kind, 'JSON') };
  }
  return { ok: true, value: document.json };
}

/** The problem for a document that is not what was expected. */
export function problemOfDocument(kind: string, expected: string): StatusPageProblem {
  switch (kind) {
    case 'html':
      return { kind: 'not-a-status-page', message: `the status page sent HTML instead of ${expected}` };
    case 'broken-json':
      return { kind: 'invalid', message: 'the status page sent broken or truncated JSON' };
    case 'feed':
      return { kind: 'not-a-status-page', message: `the status page sent XML instead of ${expected}` };
    case 'unknown-json':
      return { kind: 'not-a-status-page', message: 'the status page sent JSON in a shape no supported provider uses' };
    default:
      return { kind: 'not-a-status-page', message: `the status page did not send ${expected}` };
  }
}

/** A successful reading and its new cache entry. */
export function succeeded(
  provider: ConcreteProvider,
  status: OfficialStatus,
  sourceUrl: string,
  notModifiedFlag: boolean,
  validators: readonly CachedValidators[],
  context: ReadContext,
): StatusPageReading {
  const cache: StatusPageCacheEntry = {
    provider,
    sourceUrl,
    status,
    validators: validators.filter((v) => v.etag !== undefined || v.lastModified !== undefined),
    fetchedAt: context.now().toISOString(),
  };
  return { ok: true, provider, status, sourceUrl, notModified: notModifiedFlag, cache };
}

/** A failed reading. */
export function failed(sourceUrl: string, problem: StatusPageProblem, provider?: ConcreteProvider): StatusPageFailure {
  return { ok: false, sourceUrl, problem, ...(provider === undefined ? {} : { provider }) };
}

/** A failed reading from a failed request, keeping its Retry-After. */
export function failedAnswer(answer: Extract<DocumentAnswer, { kind: 'failure' }>, provider?: ConcreteProvider): StatusPageFailure {
  return {
    ...failed(answer.url, answer.problem, provider),
    ...(answer.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: answer.retryAfterSeconds }),
  };
}
