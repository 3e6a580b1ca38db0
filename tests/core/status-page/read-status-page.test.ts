import { describe, expect, it } from 'vitest';
import type { StatusPageSpec } from '../../../src/core/config/config-schema.ts';
import { HttpTextError, type HttpTextFetcher, type HttpTextRequest, type HttpTextResponse } from '../../../src/core/http/http-text-fetcher.ts';
import { readStatusPage } from '../../../src/core/status-page/read-status-page.ts';
import type { StatusPageReading } from '../../../src/core/status-page/status-page-reading.ts';
import { fixtureText } from './read-fixture.ts';

type Answer = Partial<HttpTextResponse> | HttpTextError | Error | (() => Promise<HttpTextResponse>);

/** A fake fetcher: answers by URL, records every request, and enforces maxBytes like the real one. */
function fakeFetcher(answers: Record<string, Answer>) {
  const requests: HttpTextRequest[] = [];
  const fetchText: HttpTextFetcher = async (request) => {
    requests.push(request);
    const answer = answers[request.url];
    if (answer === undefined) return { url: request.url, status: 404, headers: { 'content-type': 'text/html' }, body: '<html>Not Found</html>' };
    if (answer instanceof Error) throw answer;
    if (typeof answer === 'function') return answer();
    const body = answer.body ?? '';
    if (body.length > request.maxBytes) throw new HttpTextError('too-large', 'body over the cap');
    return { url: request.url, status: 200, headers: {}, ...answer, body };
  };
  return { fetchText, requests };
}

const NOW = new Date('2026-07-24T20:00:00Z');
const options = { timeoutMs: 5000, now: () => NOW };
const spec = (url: string, provider: StatusPageSpec['provider'] = 'auto'): StatusPageSpec => ({ url, provider });

function problemOf(reading: StatusPageReading) {
  if (reading.ok) throw new Error('expected a failure');
  return reading;
}

function statusOf(reading: StatusPageReading) {
  if (!reading.ok) throw new Error(`expected a status, got: ${reading.problem.message}`);
  return reading;
}

const GITHUB = 'https://www.githubstatus.com';
const GITHUB_SUMMARY = `${GITHUB}/api/v2/summary.json`;

describe('reading a status page', () => {
  it('reads a Statuspage summary and remembers its validators', async () => {
    const { fetchText, requests } = fakeFetcher({
      [GITHUB_SUMMARY]: { body: fixtureText('statuspage/github-pull-requests-major-outage.json'), headers: { etag: 'W/"abc"', 'content-type': 'application/json' } },
    });
    const reading = statusOf(await readStatusPage(spec(GITHUB, 'statuspage'), fetchText, options));
    expect(reading).toMatchObject({ provider: 'statuspage', sourceUrl: GITHUB_SUMMARY, notModified: false });
    expect(reading.status.indicator).toBe('major');
    expect(reading.cache).toMatchObject({ provider: 'statuspage', sourceUrl: GITHUB_SUMMARY, fetchedAt: NOW.toISOString(), validators: [{ url: GITHUB_SUMMARY, etag: 'W/"abc"' }] });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ timeoutMs: 5000, maxBytes: 2 * 1024 * 1024 });
    expect(requests[0]?.headers?.['if-none-match']).toBeUndefined();
  });

  it('asks conditionally next time and returns the previous status on 304', async () => {
    const first = fakeFetcher({
      [GITHUB_SUMMARY]: { body: fixtureText('statuspage/github-pull-requests-major-outage.json'), headers: { etag: '"v1"', 'last-modified': 'Fri, 24 Jul 2026 19:43:40 GMT' } },
    });
    const previous = statusOf(await readStatusPage(spec(GITHUB, 'statuspage'), first.fetchText, options)).cache;

    const second = fakeFetcher({ [GITHUB_SUMMARY]: { status: 304, headers: {}, body: '' } });
    const reading = statusOf(await readStatusPage(spec(GITHUB, 'statuspage'), second.fetchText, { ...options, previous }));
    expect(second.requests[0]?.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Fri, 24 Jul 2026 19:43:40 GMT' });
    expect(reading.notModified).toBe(true);
    expect(reading.status).toEqual(previous.status);
    expect(reading.cache.validators).toEqual([{ url: GITHUB_SUMMARY, etag: '"v1"', lastModified: 'Fri, 24 Jul 2026 19:43:40 GMT' }]);
  });

  it('refuses a 304 it did not ask for', async () => {
    const { fetchText } = fakeFetcher({ [GITHUB_SUMMARY]: { status: 304, body: '' } });
    expect(problemOf(await readStatusPage(spec(GITHUB, 'statuspage'), fetchText, options)).problem).toEqual({
      kind: 'http-error',
      message: 'the status page answered HTTP 304 to a request that was not conditional',
    });
  });

  it("reads incident.io's summary, which omits incidents while none is open", async () => {
    const { fetchText } = fakeFetcher({ 'https://status.openai.com/api/v2/summary.json': { body: fixtureText('incidentio/openai-all-operational.json') } });
    const reading = statusOf(await readStatusPage(spec('https://status.openai.com', 'incidentio'), fetchText, options));
    expect(reading.status).toMatchObject({ provider: 'incidentio', indicator: 'none', incidents: [], maintenances: [] });
  });
});

describe('detecting the provider (auto)', () => {
  it('needs one request for a Statuspage page and tells incident.io apart by the payload', async () => {
    const github = fakeFetcher({ [GITHUB_SUMMARY]: { body: fixtureText('statuspage/github-pull-requests-major-outage.json') } });
    expect(statusOf(await readStatusPage(spec(GITHUB), github.fetchText, options)).provider).toBe('statuspage');
    expect(github.requests).toHaveLength(1);

    const openai = fakeFetcher({ 'https://status.openai.com/api/v2/summary.json': { body: fixtureText('incidentio/openai-workspace-agent-incident.json') } });
    const reading = statusOf(await readStatusPage(spec('https://status.openai.com'), openai.fetchText, options));
    expect(reading.provider).toBe('incidentio');
    expect(reading.status.incidents[0]?.name).toBe('Elevated errors for Workspace Agent');
    expect(openai.requests).toHaveLength(1);
  });

  it('falls back to Instatus after one miss, then reads its component list', async () => {
    const page = 'https://status.perplexity.com';
    const { fetchText, requests } = fakeFetcher({
      [`${page}/summary.json`]: { body: fixtureText('instatus/perplexity-major-outage.json') },
      [`${page}/v2/components.json`]: { body: fixtureText('instatus/synthetic-components.json') },
    });
    const reading = statusOf(await readStatusPage(spec(page), fetchText, options));
    expect(reading.provider).toBe('instatus');
    expect(reading.sourceUrl).toBe(`${page}/summary.json`);
    expect(reading.status.components.map((c) => c.name)).toEqual(['API', 'Computer', 'Web']);
    expect(requests.map((r) => r.url)).toEqual([`${page}/api/v2/summary.json`, `${page}/summary.json`, `${page}/v2/components.json`]);
  });

  it('says plainly when the address has no status page, after two requests', async () => {
    const { fetchText, requests } = fakeFetcher({});
    const failure = problemOf(await readStatusPage(spec('https://example.test'), fetchText, options));
    expect(failure.problem).toEqual({ kind: 'not-a-status-page', message: 'no Statuspage, incident.io or Instatus status was found at this address' });
    expect(requests).toHaveLength(2);
  });

  it('does not ask a second question of a page that is down', async () => {
    const { fetchText, requests } = fakeFetcher({ 'https://example.test/api/v2/summary.json': new HttpTextError('network', 'ECONNREFUSED') });
    expect(problemOf(await readStatusPage(spec('https://example.test'), fetchText, options)).problem.kind).toBe('unreachable');
    expect(requests).toHaveLength(1);
  });

  it('skips detection once a previous read says what the page is', async () => {
    const page = 'https://status.perplexity.com';
    const first = fakeFetcher({
      [`${page}/summary.json`]: { body: fixtureText('instatus/perplexity-major-outage.json'), headers: { etag: '"s1"' } },
      [`${page}/v2/components.json`]: { body: fixtureText('instatus/synthetic-components.json'), headers: { etag: '"c1"' } },
    });
    const previous = statusOf(await readStatusPage(spec(page), first.fetchText, options)).cache;

    const second = fakeFetcher({
      [`${page}/summary.json`]: { status: 304, body: '' },
      [`${page}/v2/components.json`]: { status: 304, body: '' },
    });
    const reading = statusOf(await readStatusPage(spec(page), second.fetchText, { ...options, previous }));
    expect(second.requests.map((r) => [r.url, r.headers?.['if-none-match']])).toEqual([
      [`${page}/summary.json`, '"s1"'],
      [`${page}/v2/components.json`, '"c1"'],
    ]);
    expect(reading).toMatchObject({ provider: 'instatus', notModified: true });
    expect(reading.status).toEqual(previous.status);
  });

  it('keeps the Instatus page status when its component list cannot be read', async () => {
    const page = 'https://status.perplexity.com';
    const { fetchText } = fakeFetcher({ [`${page}/summary.json`]: { body: fixtureText('instatus/perplexity-major-outage.json') } });
    const reading = statusOf(await readStatusPage(spec(page, 'instatus'), fetchText, options));
    expect(reading.status).toMatchObject({ indicator: 'critical', components: [] });
  });

  it('reads feed addresses as feeds and Google dashboards as incidents.json', async () => {
    const feed = fakeFetcher({ 'https://azure.status.microsoft/en-us/status/feed/': { body: fixtureText('feeds/azure-west-us-active.xml') } });
    const fromFeed = statusOf(
      await readStatusPage(spec('https://azure.status.microsoft/en-us/status/feed/'), feed.fetchText, { ...options, now: () => new Date('2026-07-23T17:00:00Z') }),
    );
    expect(fromFeed).toMatchObject({ provider: 'rss', status: { indicator: 'minor' } });

    const google = fakeFetcher({ 'https://status.cloud.google.com/incidents.json': { body: fixtureText('google/cloud-us-central1-resolved-trimmed.json') } });
    const fromGoogle = statusOf(await readStatusPage(spec('https://status.cloud.google.com'), google.fetchText, options));
    expect(fromGoogle).toMatchObject({ provider: 'google', status: { indicator: 'none' } });
    expect(google.requests[0]?.maxBytes).toBe(8 * 1024 * 1024);
  });

  it('reads a .json address by its shape in one request', async () => {
    const url = 'https://www.google.com/appsstatus/dashboard/incidents.json';
    const { fetchText, requests } = fakeFetcher({ [url]: { body: fixtureText('google/synthetic-workspace-gemini-ongoing.json') } });
    const reading = statusOf(await readStatusPage(spec(url), fetchText, options));
    expect(reading.provider).toBe('google');
    expect(reading.status.components.map((c) => c.name)).toEqual(['Gemini', 'Gmail']);
    expect(requests).toHaveLength(1);
  });
});

describe('what goes wrong, in one line a user can read', () => {
  const read = async (answer: Answer, provider: StatusPageSpec['provider'] = 'statuspage') =>
    readStatusPage(spec(GITHUB, provider), fakeFetcher({ [GITHUB_SUMMARY]: answer }).fetchText, options);

  it('reports HTTP errors, with Retry-After in seconds or as a date on 429/503', async () => {
    expect(problemOf(await read({ status: 503, headers: { 'retry-after': '120' }, body: 'busy' }))).toMatchObject({
      problem: { kind: 'http-error', message: 'the status page answered HTTP 503' },
      retryAfterSeconds: 120,
    });
    expect(problemOf(await read({ status: 429, headers: { 'retry-after': 'Fri, 24 Jul 2026 20:01:30 GMT' }, body: '' })).retryAfterSeconds).toBe(90);
    expect(problemOf(await read({ status: 429, headers: { 'retry-after': 'soon' }, body: '' })).retryAfterSeconds).toBeUndefined();
    const notFound = problemOf(await read({ status: 404, headers: { 'retry-after': '5' }, body: '' }));
    expect(notFound.problem.message).toBe('the status page answered HTTP 404');
    expect(notFound.retryAfterSeconds).toBeUndefined();
  });

  it('reports an HTML error page instead of JSON', async () => {
    expect(problemOf(await read({ headers: { 'content-type': 'text/html' }, body: '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>' })).problem).toEqual({
      kind: 'not-a-status-page',
      message: 'the status page sent HTML instead of JSON',
    });
  });

  it('reports broken and truncated JSON', async () => {
    const truncated = fixtureText('statuspage/github-pull-requests-major-outage.json').slice(0, 3000);
    for (const body of ['{"page": {"id": "x", "na', truncated, '{]']) {
      expect(problemOf(await read({ body })).problem).toEqual({ kind: 'invalid', message: 'the status page sent broken or truncated JSON' });
    }
    expect(problemOf(await read({ body: '   ' })).problem).toEqual({ kind: 'invalid', message: 'the status page sent an empty answer' });
  });

  it('reports JSON of the wrong shape as invalid, naming what is wrong', async () => {
    expect(problemOf(await read({ body: '{"status":{"indicator":"none"},"components":{"a":1}}' })).problem).toEqual({
      kind: 'invalid',
      message: 'the status page summary lists its components in the wrong shape',
    });
    expect(problemOf(await read({ body: '{"status": 5}' })).problem.kind).toBe('invalid');
  });

  it('reports a 50 MB body as too large without taking it', async () => {
    const huge = ' '.repeat(50 * 1024 * 1024);
    expect(problemOf(await read({ body: huge })).problem).toEqual({ kind: 'too-large', message: 'the status page is larger than 2 MB' });
    const smaller = await readStatusPage(spec(GITHUB, 'statuspage'), fakeFetcher({ [GITHUB_SUMMARY]: { body: huge } }).fetchText, { ...options, maxBytes: 512 * 1024 });
    expect(problemOf(smaller).problem.message).toBe('the status page is larger than 512 KB');
  });

  it('reports timeouts, unreachable pages, TLS failures and cancellations', async () => {
    expect(problemOf(await read(new HttpTextError('timeout', 'slow'))).problem).toEqual({ kind: 'timeout', message: 'the status page did not answer within 5 s' });
    expect(problemOf(await read(new HttpTextError('network', 'ENOTFOUND'))).problem).toEqual({ kind: 'unreachable', message: 'the status page could not be reached' });
    expect(problemOf(await read(new HttpTextError('tls', 'bad cert'))).problem.message).toBe("the status page's secure connection failed");
    expect(problemOf(await read(new HttpTextError('too-many-redirects', 'loop'))).problem.message).toBe('the status page redirected too many times');
    expect(problemOf(await read(new HttpTextError('aborted', 'stop'))).problem.message).toBe('the status page check was cancelled');
    expect(problemOf(await read(new Error('boom'))).problem).toEqual({ kind: 'unreachable', message: 'the status page could not be reached' });
  });

  it('gives up on a fetcher that never answers', async () => {
    const never = () => new Promise<HttpTextResponse>(() => undefined);
    const reading = await readStatusPage(spec(GITHUB, 'statuspage'), fakeFetcher({ [GITHUB_SUMMARY]: never }).fetchText, { timeoutMs: 50 });
    expect(problemOf(reading).problem).toEqual({ kind: 'timeout', message: 'the status page did not answer within 0.1 s' });
  });

  it('never rejects, even when the fetcher returns nonsense', async () => {
    const nonsense: HttpTextFetcher = async () => null as unknown as HttpTextResponse;
    const reading = await readStatusPage(spec(GITHUB, 'statuspage'), nonsense, options);
    expect(reading.ok).toBe(false);
  });

  it('turns garbage into a problem for every provider, never a crash', async () => {
    const garbage = [
      'null',
      '42',
      '"UP"',
      '[[[]]]',
      '{"__proto__":{"status":{"indicator":"none"}}}',
      '{"page":{"status":["UP"]},"status":{"indicator":["none"]}}',
      `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      '<rss><channel><item><title>x</title></item></channel>',
      '\u0000\u0001binary',
    ];
    const providers = ['statuspage', 'incidentio', 'instatus', 'google', 'rss'] as const;
    for (const provider of providers) {
      for (const body of garbage) {
        const url = provider === 'rss' ? 'https://example.test/history.rss' : 'https://example.test/data.json';
        const reading = await readStatusPage(spec(url, provider), fakeFetcher({ [url]: { body } }).fetchText, options);
        expect(reading.ok, `${provider} accepted ${body.slice(0, 40)}`).toBe(false);
        if (!reading.ok) expect(reading.problem.message).toMatch(/^the [a-zA-Z .]+/);
      }
    }
  });

  it('caps an Instatus component list of 100 000 entries', async () => {
    const page = 'https://status.example.test';
    const components = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, name: `Component ${i}`, status: 'OPERATIONAL' }));
    const { fetchText } = fakeFetcher({
      [`${page}/summary.json`]: { body: fixtureText('instatus/synthetic-all-up-summary.json') },
      [`${page}/v2/components.json`]: { body: JSON.stringify({ components }) },
    });
    const reading = statusOf(await readStatusPage(spec(page, 'instatus'), fetchText, { ...options, maxBytes: 16 * 1024 * 1024 }));
    expect(reading.status.components.length).toBe(500);
  });

  it('reports a feed that declares entities', async () => {
    const url = 'https://example.test/history.rss';
    const bomb = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>';
    const reading = await readStatusPage(spec(url, 'rss'), fakeFetcher({ [url]: { body: bomb } }).fetchText, options);
    expect(problemOf(reading).problem).toEqual({ kind: 'invalid', message: 'the status feed declares a DTD or entities, which are refused' });
  });
});
