import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTextFetcher } from '../../../src/core/http/fetch-text.ts';
import { readStatusPage } from '../../../src/core/status-page/read-status-page.ts';
import { fileBody, generatedBody, startStatusPageServer, type StatusPageServer } from '../../support/status-page-server.ts';
import { fixturePath } from './read-fixture.ts';

// The real HTTP fetcher against the loopback status-page server: conditional
// requests end to end, and a 50 MB body refused without being read whole.

let server: StatusPageServer;
const agent = new Agent({ connections: 4 });
const fetchText = createHttpTextFetcher({ dispatcher: agent, maxRedirects: 3, userAgent: 'status-doctor-test' });

beforeAll(async () => {
  server = await startStatusPageServer({
    '/github/api/v2/summary.json': {
      headers: { 'content-type': 'application/json', etag: '"gh-1"' },
      body: fileBody(fixturePath('statuspage/github-pull-requests-major-outage.json')),
    },
    '/huge/api/v2/summary.json': { headers: { 'content-type': 'application/json' }, body: generatedBody(50 * 1024 * 1024) },
    '/down/api/v2/summary.json': { status: 502, headers: { 'content-type': 'text/html' }, body: '<!doctype html><h1>502 Bad Gateway</h1>' },
    '/busy/api/v2/summary.json': { status: 429, headers: { 'retry-after': '30' }, body: 'slow down' },
  });
});

afterAll(async () => {
  await server?.close();
  await agent.close();
});

describe('reading status pages over loopback HTTP', () => {
  it('reads a page, then gets 304 for the same ETag and keeps the status', async () => {
    const spec = { provider: 'auto' as const, url: `${server.url}/github` };
    const first = await readStatusPage(spec, fetchText, { timeoutMs: 5000 });
    expect(first).toMatchObject({ ok: true, provider: 'statuspage', notModified: false, status: { indicator: 'major' } });
    if (!first.ok) return;

    const second = await readStatusPage(spec, fetchText, { timeoutMs: 5000, previous: first.cache });
    expect(second).toMatchObject({ ok: true, notModified: true });
    expect(second.ok && second.status).toEqual(first.status);
    const asked = server.requests.filter((r) => r.path === '/github/api/v2/summary.json');
    expect(asked.map((r) => r.headers['if-none-match'])).toEqual([undefined, '"gh-1"']);
  });

  it('refuses a 50 MB body as too large, quickly', async () => {
    const started = performance.now();
    const reading = await readStatusPage({ provider: 'statuspage', url: `${server.url}/huge` }, fetchText, { timeoutMs: 10_000 });
    expect(reading).toMatchObject({ ok: false, problem: { kind: 'too-large', message: 'the status page is larger than 2 MB' } });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reports an HTTP error page and a rate limit with its wait', async () => {
    expect(await readStatusPage({ provider: 'statuspage', url: `${server.url}/down` }, fetchText, { timeoutMs: 5000 })).toMatchObject({
      ok: false,
      problem: { kind: 'http-error', message: 'the status page answered HTTP 502' },
    });
    expect(await readStatusPage({ provider: 'statuspage', url: `${server.url}/busy` }, fetchText, { timeoutMs: 5000 })).toMatchObject({
      ok: false,
      retryAfterSeconds: 30,
    });
  });

  it('tells the user there is no status page at an address that has none', async () => {
    const reading = await readStatusPage({ provider: 'auto', url: `${server.url}/nothing-here` }, fetchText, { timeoutMs: 5000 });
    expect(reading).toMatchObject({ ok: false, problem: { kind: 'not-a-status-page' } });
  });
});
