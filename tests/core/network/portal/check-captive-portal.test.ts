import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateClockSkew } from '../../../../src/core/network/clock/estimate-clock-skew.ts';
import { checkCaptivePortal } from '../../../../src/core/network/portal/check-captive-portal.ts';
import type { PlainHttpRequest } from '../../../../src/core/network/portal/plain-http-request.ts';
import { startPortalServer, type PortalServer } from './portal-server.ts';

let server: PortalServer;

beforeAll(async () => {
  server = await startPortalServer();
});

afterAll(async () => {
  await server?.close();
});

const check = (path: string, expectStatus = 204) => ({ url: `${server.url}${path}`, expectStatus });

async function portalResult(path: string, expectStatus = 204, timeoutMs = 2000) {
  const findings = await checkCaptivePortal({ connectivityChecks: [check(path, expectStatus)], timeoutMs });
  expect(findings.completed).toBe(true);
  expect(findings.checks).toHaveLength(1);
  return findings.checks[0];
}

describe('checkCaptivePortal against a loopback server', () => {
  it('is clean when the check endpoint answers 204', async () => {
    expect(await portalResult('/generate_204')).toEqual({ url: `${server.url}/generate_204`, result: 'clean', status: 204 });
  });

  it('asks caches on the path not to answer for the server', async () => {
    await portalResult('/generate_204');
    expect(server.seenHeaders.get('/generate_204')).toMatchObject({ 'cache-control': 'no-cache', pragma: 'no-cache' });
  });

  it('reports a redirect with the sign-in page as an absolute URL, without following it', async () => {
    const before = server.requested.length;
    expect(await portalResult('/portal-redirect')).toEqual({
      url: `${server.url}/portal-redirect`,
      result: 'redirect',
      status: 302,
      location: `${server.url}/portal/login?next=check`,
    });
    expect(server.requested.slice(before)).toEqual(['/portal-redirect']);
  });

  it('reports a redirect to another host without connecting to it', async () => {
    expect(await portalResult('/portal-elsewhere')).toMatchObject({ result: 'redirect', location: 'http://portal.invalid/login' });
  });

  it('keeps a redirect to something other than a web page out of the location', async () => {
    const result = await portalResult('/script-redirect');
    expect(result).toMatchObject({ result: 'redirect', status: 302 });
    expect(result?.location).toBeUndefined();
  });

  it('reports 511 as the network wanting a sign-in', async () => {
    expect(await portalResult('/login-required')).toMatchObject({ result: 'network-authentication-required', status: 511 });
  });

  it('reports a page where an empty 204 was expected as a wrong answer', async () => {
    expect(await portalResult('/portal-page')).toMatchObject({ result: 'wrong-answer', status: 200 });
    expect(await portalResult('/big-page')).toMatchObject({ result: 'wrong-answer', status: 200 });
  });

  it('accepts an empty 200 where 204 was expected (a proxy rewrote the status)', async () => {
    expect(await portalResult('/empty-200')).toMatchObject({ result: 'clean', status: 200 });
  });

  it('reports an unexpected status as a wrong answer', async () => {
    expect(await portalResult('/not-found')).toMatchObject({ result: 'wrong-answer', status: 404 });
  });

  it('judges a check that expects 200 by its status', async () => {
    expect(await portalResult('/portal-page', 200)).toMatchObject({ result: 'clean', status: 200 });
    expect(await portalResult('/generate_204', 200)).toMatchObject({ result: 'wrong-answer', status: 204 });
  });

  it('reports a closed port as unreachable', async () => {
    const closed = await startPortalServer();
    await closed.close();
    const findings = await checkCaptivePortal({ connectivityChecks: [{ url: `${closed.url}/generate_204`, expectStatus: 204 }], timeoutMs: 2000 });
    expect(findings).toEqual({ completed: true, checks: [{ url: `${closed.url}/generate_204`, result: 'unreachable' }], clockSamples: [] });
  });

  it('runs every check in parallel and keeps their order', async () => {
    const findings = await checkCaptivePortal({
      connectivityChecks: [check('/hang'), check('/generate_204'), check('/portal-redirect')],
      timeoutMs: 300,
    });
    expect(findings.checks.map((entry) => entry.result)).toEqual(['unreachable', 'clean', 'redirect']);
  });
});

describe('checkCaptivePortal deadlines', () => {
  it('gives up on a server that never answers within its deadline', async () => {
    const startedAt = performance.now();
    const findings = await checkCaptivePortal({ connectivityChecks: [check('/hang')], timeoutMs: 300 });
    expect(performance.now() - startedAt).toBeLessThan(400);
    expect(findings).toMatchObject({ completed: true, checks: [{ result: 'unreachable' }] });
  });

  it('judges a page that stalls mid-body by what arrived before the deadline', async () => {
    const startedAt = performance.now();
    const findings = await checkCaptivePortal({ connectivityChecks: [check('/slow-page')], timeoutMs: 300 });
    expect(performance.now() - startedAt).toBeLessThan(400);
    expect(findings.checks[0]).toMatchObject({ result: 'wrong-answer', status: 200 });
  });

  it('does not wait for a request function that ignores its deadline', async () => {
    const neverAnswers: PlainHttpRequest = () => new Promise(() => undefined);
    const startedAt = performance.now();
    const findings = await checkCaptivePortal({ connectivityChecks: [check('/generate_204')], timeoutMs: 200 }, { request: neverAnswers });
    expect(performance.now() - startedAt).toBeLessThan(300);
    expect(findings).toMatchObject({ completed: true, checks: [{ result: 'unreachable' }] });
  });

  it('stops at once and is not completed when cancelled', async () => {
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 50);
    const startedAt = performance.now();
    const findings = await checkCaptivePortal({ connectivityChecks: [check('/hang')], timeoutMs: 5000, signal: cancel.signal });
    expect(performance.now() - startedAt).toBeLessThan(500);
    expect(findings.completed).toBe(false);
  });

  it('cannot run without a connectivity check', async () => {
    expect(await checkCaptivePortal({ connectivityChecks: [], timeoutMs: 1000 })).toEqual({ completed: false, checks: [], clockSamples: [] });
  });
});

describe('clock samples from the portal check', () => {
  it('keeps each answer’s Date with the local time it arrived, so a skewed clock shows', async () => {
    const tenMinutesAhead = () => new Date(Date.now() + 10 * 60_000);
    const findings = await checkCaptivePortal(
      { connectivityChecks: [check('/generate_204'), check('/portal-redirect'), check('/hang')], timeoutMs: 300 },
      { now: tenMinutesAhead },
    );
    expect(findings.clockSamples).toHaveLength(2);
    const skew = estimateClockSkew(findings.clockSamples) ?? 0;
    // The server's Date has whole seconds.
    expect(Math.abs(skew - 10 * 60_000)).toBeLessThan(2000);
  });
});
