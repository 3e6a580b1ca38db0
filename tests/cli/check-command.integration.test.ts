import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/core/report/report-schema.ts';
import { committedSchemaValidator } from '../support/committed-schemas.ts';
import { type LoopbackEdge, startLoopbackEdge } from '../support/loopback-edge.ts';
import { LOOPBACK_ONLY_NETWORK, loopbackNetworkFor, runStatusDoctor, writeTempConfig } from '../support/run-status-doctor.ts';
import { startStatusPageServer } from '../support/status-page-server.ts';

// `npx status-doctor check --json` against real HTTP(S) servers on 127.0.0.1:
// the edge answers every status code and failure DESIGN.md names, and a
// status-page server serves real captured payloads (tests/fixtures/README.md).

const fixture = (path: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'status-pages', path), 'utf8');
const validateReport = committedSchemaValidator('report.schema.json');

let edge: LoopbackEdge;
let pages: Awaited<ReturnType<typeof startStatusPageServer>>;

beforeAll(async () => {
  edge = await startLoopbackEdge();
  pages = await startStatusPageServer({
    '/healthy/api/v2/summary.json': { body: fixture('statuspage/bitbucket-all-operational-open-notice.json'), headers: { 'content-type': 'application/json' } },
    '/major/api/v2/summary.json': { body: fixture('statuspage/github-pull-requests-major-outage.json'), headers: { 'content-type': 'application/json' } },
    '/garbage/api/v2/summary.json': { body: '{"page": {"id": "x", "na', headers: { 'content-type': 'application/json' } },
    '/html/api/v2/summary.json': { status: 502, body: '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } },
    '/huge/api/v2/summary.json': { body: () => Buffer.alloc(50 * 1024 * 1024, 0x20), headers: { 'content-type': 'application/json' } },
  });
});

afterAll(async () => {
  await edge?.close();
  await pages?.close();
});

interface TestService {
  id: string;
  path: string;
  secure?: boolean;
  untrusted?: boolean;
  page?: string;
  components?: string[];
  method?: 'HEAD' | 'GET';
}

function configFor(services: TestService[], deadlineMs = 2500) {
  return writeTempConfig({
    services: services.map((s) => ({
      id: s.id,
      name: s.id,
      probes: [{ url: `${s.untrusted ? edge.untrustedHttpsUrl : s.secure === false ? edge.httpUrl : edge.httpsUrl}${s.path}`, method: s.method ?? 'HEAD' }],
      ...(s.page ? { statusPage: { provider: 'statuspage', url: `${pages.url}${s.page}`, ...(s.components ? { components: s.components } : {}) } } : {}),
    })),
    network: loopbackNetworkFor(edge),
    tls: { extraCaFile: edge.caFile },
    deadlineMs,
  });
}

async function check(services: TestService[], extraArgs: string[] = [], deadlineMs?: number) {
  const run = await runStatusDoctor(['check', '--json', '--config', configFor(services, deadlineMs), ...extraArgs]);
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as CheckReport;
  expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  const service = (id: string) => {
    const found = report.services.find((s) => s.id === id);
    if (!found) throw new Error(`no service ${id} in the report`);
    return found;
  };
  return { run, report, service };
}

describe('status-doctor check against loopback servers', () => {
  it('classifies every answer and failure, and calls the failing services down', async () => {
    const failing: [string, string, string, number | undefined][] = [
      ['s500', '/status/500', 'http-5xx', 500],
      ['s502', '/status/502', 'http-5xx', 502],
      ['s503', '/status/503', 'http-5xx', 503],
      ['s504', '/status/504', 'http-5xx', 504],
      ...[520, 521, 522, 523, 524, 525, 526, 527].map((code): [string, string, string, number] => [`s${code}`, `/status/${code}`, 'edge-origin-error', code]),
      ['hang', '/hang', 'timeout', undefined],
      ['reset', '/reset', 'reset', undefined],
      ['loop', '/redirect-loop', 'redirect-loop', undefined],
    ];
    const up: [string, string, string, number][] = [
      ['ok', '/ok', 'ok', 200],
      ['plain-http', '/ok', 'ok', 200],
      ['s401', '/status/401', 'auth-required', 401],
      ['s403', '/status/403', 'auth-required', 403],
      ['challenge', '/challenge', 'challenge', 403],
    ];
    const { run, report, service } = await check([
      ...up.map(([id, path]) => ({ id, path, secure: id !== 'plain-http' })),
      ...failing.map(([id, path]) => ({ id, path })),
      { id: 'untrusted', path: '/ok', untrusted: true },
    ]);

    for (const [id, , outcome, status] of up) {
      expect(service(id).state, id).toBe('operational');
      expect(service(id).probes[0]).toMatchObject({ outcome, status });
    }
    for (const [id, , outcome, status] of failing) {
      expect(service(id).state, id).toBe('outage');
      expect(service(id).probes[0]?.outcome, id).toBe(outcome);
      if (status) expect(service(id).probes[0]?.status, id).toBe(status);
    }
    for (const code of [520, 521, 522, 523, 524, 525, 526, 527]) expect(service(`s${code}`).probes[0]?.edge?.cfRay, `s${code}`).toMatch(/^[0-9a-f]+-[A-Z]{3}$/);
    expect(service('untrusted')).toMatchObject({ state: 'unknown', probes: [{ outcome: 'tls-untrusted' }] });

    const fresh = service('ok').probes[0]?.timings;
    expect(fresh?.totalMs).toBeGreaterThan(0);
    expect(fresh?.ttfbMs).toBeGreaterThan(0);

    expect(report.verdict.kind).toBe('service-outage');
    expect([...report.verdict.serviceIds].sort()).toEqual(failing.map(([id]) => id).sort());
    expect(report.verdict.steps.map((s) => s.id)).toContain('wait-and-retry');
    expect(run.code).toBe(1);
    expect(report.durationMs).toBeLessThanOrEqual(2500 + 200);
  });

  it('is all clear, exit 0, when everything answers and the official page is calm', async () => {
    const { run, report, service } = await check([
      { id: 'ok', path: '/ok', page: '/healthy', components: ['Pipelines'] },
      { id: 'api', path: '/status/401' },
    ]);
    expect(report.verdict.kind).toBe('all-clear');
    expect(report.network).toMatchObject({ state: 'ok', pathProven: true, captivePortal: false, gateway: { address: '127.0.0.1', reachable: true } });
    expect(service('ok').official).toMatchObject({ provider: 'statuspage', indicator: 'none' });
    expect(service('ok').official?.components.map((c) => c.name)).toEqual(['Pipelines']);
    expect(run.code).toBe(0);
  });

  it('believes an official major outage even while the front door answers', async () => {
    // GitHub's page on 2026-07-24: Pull Requests in major outage, Copilot fine.
    const { run, report, service } = await check([
      { id: 'pulls', path: '/ok', page: '/major', components: ['Pull Requests'] },
      { id: 'copilot', path: '/ok', page: '/major', components: ['Copilot'] },
    ]);
    expect(service('pulls').state).toBe('outage');
    expect(service('pulls').official?.incidents.length).toBeGreaterThan(0);
    expect(service('copilot').state).toBe('operational');
    expect(report.verdict).toMatchObject({ kind: 'service-outage', serviceIds: ['pulls'] });
    expect(run.code).toBe(1);
  });

  it('reports 429 as rate limiting with the wait the service asked for', async () => {
    const { run, report, service } = await check([
      { id: 'limited', path: '/ratelimit' },
      { id: 'ok', path: '/ok' },
    ]);
    expect(service('limited').probes[0]).toMatchObject({ outcome: 'rate-limited', status: 429, retryAfterSeconds: 30 });
    expect(report.verdict).toMatchObject({ kind: 'rate-limited', serviceIds: ['limited'] });
    expect(report.verdict.steps[0]?.title).toMatch(/30 seconds/);
    expect(run.code).toBe(1);
  });

  it('is inconclusive, exit 3, when the only failure may be local (an untrusted certificate)', async () => {
    const { run, report } = await check([
      { id: 'untrusted', path: '/ok', untrusted: true },
      { id: 'ok', path: '/ok' },
    ]);
    expect(report.verdict).toMatchObject({ kind: 'inconclusive', serviceIds: ['untrusted'] });
    expect(run.code).toBe(3);
  });

  it('turns a broken status page into a warning and keeps the rest of the report', async () => {
    const started = Date.now();
    const { run, report, service } = await check([
      { id: 'garbage', path: '/ok', page: '/garbage' },
      { id: 'html', path: '/ok', page: '/html' },
      { id: 'huge', path: '/ok', page: '/huge' },
      { id: 'fine', path: '/ok', page: '/healthy', components: ['Pipelines'] },
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(report.warnings.map((w) => w.serviceId).sort()).toEqual(['garbage', 'html', 'huge']);
    for (const warning of report.warnings) expect(warning.code).toBe('status-page-unavailable');
    expect(report.warnings.find((w) => w.serviceId === 'huge')?.message).toMatch(/larger|too large|MB/i);
    expect(report.warnings.find((w) => w.serviceId === 'html')?.message).toMatch(/502|HTML/);
    for (const id of ['garbage', 'html', 'huge']) expect(service(id)).toMatchObject({ state: 'operational', probes: [{ outcome: 'ok' }] });
    expect(service('fine').official?.indicator).toBe('none');
    expect(report.verdict.kind).toBe('all-clear');
    expect(run.code).toBe(0);
  });

  it('checks only the services asked for with --service', async () => {
    const { report } = await check(
      [
        { id: 'ok', path: '/ok' },
        { id: 'down', path: '/status/500' },
      ],
      ['--service', 'ok'],
    );
    expect(report.services.map((s) => s.id)).toEqual(['ok']);
    expect(report.verdict.kind).toBe('all-clear');
  });

  it('prints a readable verdict with its steps without --json', async () => {
    // English whatever the machine's locale (LC_ALL wins over LANG).
    const run = await runStatusDoctor(['check', '--config', configFor([{ id: 'chat', path: '/status/502' }, { id: 'other', path: '/ok' }])], { env: { LC_ALL: 'en_US.UTF-8' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^✖ chat is down — it['’]s not you/);
    expect(run.stdout).toMatch(/What to do\n {2}1\. Wait a few minutes, then try once/);
    expect(run.stdout).toMatch(/✖ chat +outage +HTTP 502 http-5xx/);
    expect(run.stdout).toMatch(/✔ other +operational +HTTP 200/);
  });
});

describe('status-doctor check with bad input', () => {
  it.each([
    ['an unknown key', { deadlineMs: 1000, servics: [] }, /servics: unknown key/],
    ['a bad probe URL', { services: [{ id: 'x', name: 'X', probes: [{ url: 'chatgpt.com' }] }] }, /services\[0\]\.probes\[0\]\.url: must be an absolute http\(s\) URL/],
    ['a wrong type', { deadlineMs: '5s' }, /deadlineMs: must be a whole number of milliseconds/],
    ['a bad provider', { services: [{ id: 'x', name: 'X', probes: [{ url: 'https://127.0.0.1/' }], statusPage: { provider: 'atlassian', url: 'https://127.0.0.1/' } }] }, /services\[0\]\.statusPage\.provider: must be one of/],
    ['a missing CA file', { tls: { extraCaFile: '/nonexistent/ca.pem' } }, /tls\.extraCaFile: cannot read "\/nonexistent\/ca\.pem": no such file/],
  ])('%s: exit 64, the field named on stderr, nothing on stdout', async (_name, config, message) => {
    const run = await runStatusDoctor(['check', '--json', '--config', writeTempConfig({ network: LOOPBACK_ONLY_NETWORK, ...config })]);
    expect(run.code).toBe(64);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('refuses a config that is not JSON', async () => {
    const run = await runStatusDoctor(['check', '--config', writeTempConfig('{ "deadlineMs": 5000, }')]);
    expect(run).toMatchObject({ code: 64, stdout: '' });
    expect(run.stderr).toMatch(/config\.json: is not valid JSON/);
  });

  it('refuses an unknown service id and lists the known ones', async () => {
    const config = writeTempConfig({ services: [{ id: 'chat', name: 'Chat', probes: [{ url: 'https://127.0.0.1:9/' }] }], network: LOOPBACK_ONLY_NETWORK });
    const run = await runStatusDoctor(['check', '--config', config, '--service', 'chatgtp']);
    expect(run).toMatchObject({ code: 64, stdout: '' });
    expect(run.stderr).toMatch(/unknown service "chatgtp"; known services: chat/);
  });

  it('refuses an unknown option with usage on stderr', async () => {
    const run = await runStatusDoctor(['check', '--jason']);
    expect(run).toMatchObject({ code: 64, stdout: '' });
    expect(run.stderr).toMatch(/unknown option --jason/);
  });
});

describe('status-doctor services', () => {
  it('lists the built-in catalog without touching the network', async () => {
    const run = await runStatusDoctor(['services']);
    expect(run.code).toBe(0);
    for (const id of ['chatgpt', 'openai-api', 'character-ai', 'claude', 'gemini', 'perplexity', 'github-copilot', 'deepseek', 'poe', 'mistral']) {
      expect(run.stdout).toMatch(new RegExp(`^${id} `, 'm'));
    }
  });

  it('lists the services of a config as JSON', async () => {
    const config = writeTempConfig({ services: [{ id: 'chat', name: 'Chat', probes: [{ url: 'https://127.0.0.1:9/' }] }] });
    const run = await runStatusDoctor(['services', '--json', '--config', config]);
    expect(JSON.parse(run.stdout)).toEqual({ services: [{ id: 'chat', name: 'Chat', probes: [{ url: 'https://127.0.0.1:9/', method: 'HEAD' }] }] });
  });
});
