import type { StatusPageSpec } from '../config/config-schema.ts';
import type { HttpTextFetcher } from '../http/http-text-fetcher.ts';
import type { ConcreteProvider, OfficialStatus } from './official-status.ts';
import { classifyDocument } from './detect-provider.ts';
import { parseFeed } from './feed-reader.ts';
import { fetchDocument, type DocumentAnswer } from './fetch-document.ts';
import { parseGoogleIncidents } from './google-incidents-reader.ts';
import { readInstatus } from './read-instatus-page.ts';
import { failed, failedAnswer, jsonOf, problemOfDocument, succeeded, validatorsFor, type ReadContext } from './reading-outcomes.ts';
import { feedUrl, googleIncidentsUrl, instatusSummaryUrl, isGoogleDashboard, namesFeed, namesJsonDocument, statuspageSummaryUrl } from './status-page-endpoints.ts';
import type { ParseResult, ReadStatusPageOptions, StatusPageReading } from './status-page-reading.ts';
import { parseStatuspageSummary } from './statuspage-reader.ts';

/** Body cap when the caller sets none. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Body cap for Google's incident feeds when the caller sets none: they list
 * every incident of recent months, resolved ones included, and outgrow 2 MB.
 */
export const DEFAULT_GOOGLE_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Reads one official status page and returns what it says, or one short
 * reason why it could not. Never rejects.
 *
 * With `provider: 'auto'` the provider is detected in at most two requests:
 * a feed address (`.rss`, `.atom`, `.xml`) is read as a feed, Google's
 * dashboards as `incidents.json`, a `.json` address by the shape of what it
 * returns; a page address is asked for `<page>/api/v2/summary.json`
 * (Statuspage or incident.io, told apart by the payload) and, when that is
 * not there, `<page>/summary.json` (Instatus). Once read, the cache entry
 * remembers the provider and the document, so later reads skip detection.
 *
 * Conditional requests use the validators (ETag, Last-Modified) of the
 * previous read; a 304 returns the previous status with `notModified: true`.
 * `Retry-After` on 429/503 comes back as `retryAfterSeconds`.
 */
export async function readStatusPage(
  spec: StatusPageSpec,
  fetchText: HttpTextFetcher,
  options: ReadStatusPageOptions,
): Promise<StatusPageReading> {
  try {
    return await read(spec, fetchText, options);
  } catch {
    // Every path above returns a reading; this only keeps a bug from becoming a rejection.
    return { ok: false, sourceUrl: spec.url, problem: { kind: 'invalid', message: 'the status page could not be read' } };
  }
}

async function read(spec: StatusPageSpec, fetchText: HttpTextFetcher, options: ReadStatusPageOptions): Promise<StatusPageReading> {
  const now = options.now ?? (() => new Date());
  const previous = options.previous !== undefined && (spec.provider === 'auto' || options.previous.provider === spec.provider) ? options.previous : undefined;
  const expected: ConcreteProvider | 'auto' = spec.provider === 'auto' && previous !== undefined ? previous.provider : spec.provider;
  const googleLike = expected === 'google' || (expected === 'auto' && isGoogleDashboard(spec.url));
  const context: ReadContext = {
    fetchText,
    now,
    timeoutMs: options.timeoutMs,
    deadline: now().getTime() + options.timeoutMs,
    maxBytes: options.maxBytes ?? (googleLike ? DEFAULT_GOOGLE_MAX_BYTES : DEFAULT_MAX_BYTES),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(previous === undefined ? {} : { previous }),
  };

  if (spec.provider === 'auto' && previous !== undefined) return readAs(previous.provider, previous.sourceUrl, context);
  if (spec.provider !== 'auto') return readAs(spec.provider, spec.url, context);
  return detectAndRead(spec.url, context);
}

function readAs(provider: ConcreteProvider, pageUrl: string, context: ReadContext): Promise<StatusPageReading> {
  switch (provider) {
    case 'statuspage':
    case 'incidentio':
      return readSummary(provider, statuspageSummaryUrl(pageUrl), context);
    case 'instatus':
      return readInstatus(instatusSummaryUrl(pageUrl), context);
    case 'google':
      return readGoogle(googleIncidentsUrl(pageUrl), context);
    case 'rss':
      return readFeed(feedUrl(pageUrl), context);
  }
}

async function detectAndRead(pageUrl: string, context: ReadContext): Promise<StatusPageReading> {
  if (namesFeed(pageUrl)) return readFeed(pageUrl, context);
  if (isGoogleDashboard(pageUrl)) return readGoogle(googleIncidentsUrl(pageUrl), context);

  const firstUrl = namesJsonDocument(pageUrl) ? pageUrl : statuspageSummaryUrl(pageUrl);
  const first = await fetchDocument(context, firstUrl, validatorsFor(context, firstUrl));
  if (first.kind === 'body') {
    const document = classifyDocument(first.body, first.url, first.contentType);
    switch (document.kind) {
      case 'statuspage':
      case 'incidentio':
        return summaryReading(document.kind, first, document.json, context);
      case 'instatus':
        return readInstatus(first.url, context, first);
      case 'google':
        return fromParse('google', first, parseGoogleIncidents(document.json, first.url), context);
      case 'feed':
        return feedReading(first, context);
      default:
        if (namesJsonDocument(pageUrl)) return failed(first.url, problemOfDocument(document.kind, 'JSON'));
    }
  } else if (first.kind === 'failure' && (first.status === undefined || first.status === 429 || first.status >= 500)) {
    // The page itself is unreachable or overloaded: asking it a second question would not help.
    return failedAnswer(first);
  } else if (first.kind === 'failure' && namesJsonDocument(pageUrl)) {
    return failedAnswer(first);
  }

  const secondUrl = instatusSummaryUrl(pageUrl);
  const second = await fetchDocument(context, secondUrl, validatorsFor(context, secondUrl));
  if (second.kind === 'body' && classifyDocument(second.body, second.url, second.contentType).kind === 'instatus') {
    return readInstatus(second.url, context, second);
  }
  if (second.kind === 'failure' && second.status === undefined) return failedAnswer(second);
  return failed(pageUrl, {
    kind: 'not-a-status-page',
    message: 'no Statuspage, incident.io or Instatus status was found at this address',
  });
}

async function readSummary(provider: 'statuspage' | 'incidentio', url: string, context: ReadContext): Promise<StatusPageReading> {
  const answer = await fetchDocument(context, url, validatorsFor(context, url));
  if (answer.kind === 'failure') return failedAnswer(answer, provider);
  if (answer.kind === 'not-modified') return notModified(provider, answer, context);
  const json = jsonOf(answer);
  if (!json.ok) return failed(url, json.problem, provider);
  return summaryReading(provider, answer, json.value, context);
}

function summaryReading(
  provider: 'statuspage' | 'incidentio',
  answer: Extract<DocumentAnswer, { kind: 'body' }>,
  json: unknown,
  context: ReadContext,
): StatusPageReading {
  return fromParse(provider, answer, parseStatuspageSummary(json, provider), context);
}

async function readGoogle(url: string, context: ReadContext): Promise<StatusPageReading> {
  const answer = await fetchDocument(context, url, validatorsFor(context, url));
  if (answer.kind === 'failure') return failedAnswer(answer, 'google');
  if (answer.kind === 'not-modified') return notModified('google', answer, context);
  const json = jsonOf(answer);
  if (!json.ok) return failed(url, json.problem, 'google');
  return fromParse('google', answer, parseGoogleIncidents(json.value, url), context);
}

async function readFeed(url: string, context: ReadContext): Promise<StatusPageReading> {
  const answer = await fetchDocument(context, url, validatorsFor(context, url));
  if (answer.kind === 'failure') return failedAnswer(answer, 'rss');
  if (answer.kind === 'not-modified') return notModified('rss', answer, context);
  return feedReading(answer, context);
}

function feedReading(answer: Extract<DocumentAnswer, { kind: 'body' }>, context: ReadContext): StatusPageReading {
  const kind = classifyDocument(answer.body, answer.url, answer.contentType).kind;
  if (kind !== 'feed') return failed(answer.url, problemOfDocument(kind, 'a feed'), 'rss');
  return fromParse('rss', answer, parseFeed(answer.body, context.now()), context);
}

function fromParse(
  provider: ConcreteProvider,
  answer: Extract<DocumentAnswer, { kind: 'body' }>,
  parsed: ParseResult<OfficialStatus>,
  context: ReadContext,
): StatusPageReading {
  if (!parsed.ok) return failed(answer.url, { kind: 'invalid', message: parsed.message }, provider);
  return succeeded(provider, parsed.value, answer.url, false, [answer.validators], context);
}

function notModified(provider: ConcreteProvider, answer: Extract<DocumentAnswer, { kind: 'not-modified' }>, context: ReadContext): StatusPageReading {
  const previous = context.previous;
  if (previous === undefined) {
    return failed(answer.url, { kind: 'invalid', message: 'the status page answered 304 but nothing was cached' }, provider);
  }
  return succeeded(provider, previous.status, answer.url, true, [answer.validators], context);
}
