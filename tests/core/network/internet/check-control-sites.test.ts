import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProber, type Prober } from '../../../../src/core/probe/create-prober.ts';
import type { ProbeResult } from '../../../../src/core/probe/probe-result.ts';
import { decideNetworkState } from '../../../../src/core/network/decide-network-state.ts';
import { estimateClockSkew } from '../../../../src/core/network/clock/estimate-clock-skew.ts';
import { checkControlSites, type ControlSitesRequest } from '../../../../src/core/network/internet/check-control-sites.ts';
import { inspectTls, type TlsInspector } from '../../../../src/core/network/tls/inspect-tls.ts';
import { startLoopbackEdge, type LoopbackEdge } from '../../../support/loopback-edge.ts';

let edge: LoopbackEdge;
let prober: Prober;

beforeAll(async () => {
  edge = await startLoopbackEdge();
  prober = createProber({ extraCaCertificates: [edge.caCertificatePem] });
});

afterAll(async () => {
  await prober?.close();
  await edge?.close();
});

/** The real inspector, counting its calls. */
function countingInspector(): { inspect: TlsInspector; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    inspect: (url, options) => {
      calls.push(url);
      return inspectTls(url, options);
    },
  };
}

const request = (controlUrls: string[], timeoutMs = 3000): ControlSitesRequest => ({
  controlUrls,
  timeoutMs,
  extraCaCertificates: [edge.caCertificatePem],
});

describe('checkControlSites on the loopback edge', () => {
  it('proves the path when a control site answers over validated TLS, without a second connection', async () => {
    const { inspect, calls } = countingInspector();
    const findings = await checkControlSites(request([`${edge.httpsUrl}/ok`]), { prober, inspectTls: inspect });
    expect(findings).toMatchObject({ completed: true, resolversAnswering: [], clockSamples: [] });
    expect(findings.controls).toEqual([{ url: `${edge.httpsUrl}/ok`, ok: true, outcome: 'ok', ms: expect.any(Number) }]);
    expect(calls).toEqual([]);
    expect(decideNetworkState({ internet: findings }).pathProven).toBe(true);
  });

  it('names who issued the certificate when the control site shows an untrusted one', async () => {
    const findings = await checkControlSites(request([`${edge.untrustedHttpsUrl}/ok`]), { prober, inspectTls: inspectTls });
    expect(findings.controls[0]).toMatchObject({
      ok: false,
      outcome: 'tls-untrusted',
      tlsErrorCode: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      issuer: 'Status Doctor Untrusted Test CA',
      certificate: { issuer: 'Status Doctor Untrusted Test CA', subject: 'localhost', authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' },
    });
    // Composed as the lead does (a public resolver answered the DNS test), the decision reads this as interception.
    const internet = { ...findings, resolversAnswering: ['1.1.1.1'] };
    const decision = decideNetworkState({ internet }, [{ url: `${edge.untrustedHttpsUrl}/ok`, outcome: 'tls-untrusted' }]);
    expect(decision.state).toBe('tls-interception');
  });

  it('reports an expired certificate with its validity window and the server Date', async () => {
    const findings = await checkControlSites(request([`${edge.expiredHttpsUrl}/ok`]), { prober, inspectTls: inspectTls });
    const [control] = findings.controls;
    expect(control).toMatchObject({
      ok: false,
      outcome: 'tls-error',
      tlsErrorCode: 'CERT_HAS_EXPIRED',
      certificate: { validFrom: '2020-01-01T00:00:00.000Z', validTo: '2021-01-01T00:00:00.000Z' },
    });
    expect(control?.serverDate).toMatch(/GMT$/);
    expect(findings.clockSamples).toEqual([{ serverDate: control?.serverDate, localAt: expect.any(Date) }]);
    // This machine's clock is right, so the certificate really is expired: no clock skew to blame.
    const clockSkewMs = estimateClockSkew(findings.clockSamples);
    expect(Math.abs(clockSkewMs ?? Infinity)).toBeLessThan(2000);
    const internet = { ...findings, resolversAnswering: ['1.1.1.1'] };
    expect(decideNetworkState({ internet, clockSkewMs }).state).not.toBe('clock-skew');
  });

  it('shows a clock that is far off through the samples it keeps', async () => {
    const threeHoursBehind = () => new Date(Date.now() - 3 * 3_600_000);
    const findings = await checkControlSites(request([`${edge.notYetValidHttpsUrl}/ok`]), { prober, inspectTls: inspectTls, now: threeHoursBehind });
    expect(findings.controls[0]).toMatchObject({ tlsErrorCode: 'CERT_NOT_YET_VALID', certificate: { validFrom: '2090-01-01T00:00:00.000Z' } });
    const clockSkewMs = estimateClockSkew(findings.clockSamples) ?? 0;
    expect(Math.abs(clockSkewMs + 3 * 3_600_000)).toBeLessThan(2000);
    const internet = { ...findings, resolversAnswering: ['1.1.1.1'] };
    expect(decideNetworkState({ internet, clockSkewMs }).state).toBe('clock-skew');
  });

  it('keeps the TLS error code when no inspector is given', async () => {
    const findings = await checkControlSites(request([`${edge.expiredHttpsUrl}/ok`]), { prober });
    expect(findings.controls[0]).toMatchObject({ outcome: 'tls-error', tlsErrorCode: 'CERT_HAS_EXPIRED' });
    expect(findings.controls[0]?.certificate).toBeUndefined();
    expect(findings.clockSamples).toEqual([]);
  });

  it('counts any answer from the site itself, but not a gateway error', async () => {
    const urls = ['/status/404', '/ratelimit', '/challenge', '/status/522', '/status/503', '/status/502'].map((path) => `${edge.httpsUrl}${path}`);
    const findings = await checkControlSites(request(urls), { prober });
    expect(findings.controls.map(({ outcome, ok }) => [outcome, ok])).toEqual([
      ['ok', true],
      ['rate-limited', true],
      ['challenge', true],
      ['edge-origin-error', true],
      ['http-5xx', false],
      ['http-5xx', false],
    ]);
  });

  it('does not count a plain-http control that was sent to another host (a portal does that)', async () => {
    const elsewhere = `${edge.httpUrl.replace('127.0.0.1', 'localhost')}/ok`;
    const findings = await checkControlSites(
      request([`${edge.httpUrl}/redirect-to?url=${encodeURIComponent(elsewhere)}`, `${edge.httpUrl}/redirect/2`]),
      { prober },
    );
    expect(findings.controls.map(({ outcome, ok }) => [outcome, ok])).toEqual([
      ['ok', false],
      ['ok', true],
    ]);
  });

  it('reports a refused connection as no proof, and the check as completed', async () => {
    const closed = await startLoopbackEdge();
    await closed.close();
    const findings = await checkControlSites(request([`${closed.httpsUrl}/ok`]), { prober });
    expect(findings).toMatchObject({ completed: true, controls: [{ ok: false, outcome: 'connect-refused' }] });
  });

  it('is completed with no controls when none is configured, blaming nobody', async () => {
    const findings = await checkControlSites(request([]), { prober });
    expect(findings).toEqual({ completed: true, controls: [], resolversAnswering: [], clockSamples: [] });
    expect(decideNetworkState({ internet: findings }).state).toBe('unknown');
  });
});

describe('checkControlSites deadlines', () => {
  it('answers within its deadline when a control site hangs', async () => {
    const startedAt = performance.now();
    const findings = await checkControlSites(request([`${edge.httpsUrl}/hang`, `${edge.httpsUrl}/ok`], 300), { prober });
    expect(performance.now() - startedAt).toBeLessThan(400);
    expect(findings.completed).toBe(true);
    expect(findings.controls.map(({ outcome, ok }) => [outcome, ok])).toEqual([
      ['timeout', false],
      ['ok', true],
    ]);
  });

  it('does not wait for a prober that ignores its deadline', async () => {
    const stuck = { probe: () => new Promise<ProbeResult>(() => undefined) };
    const startedAt = performance.now();
    const findings = await checkControlSites(request(['https://control.invalid/'], 200), { prober: stuck });
    expect(performance.now() - startedAt).toBeLessThan(300);
    expect(findings).toMatchObject({ completed: true, controls: [{ url: 'https://control.invalid/', ok: false, outcome: 'timeout' }] });
  });

  it('skips the certificate inspection when the probe used up the time', async () => {
    const late: Pick<Prober, 'probe'> = {
      probe: async (target) => {
        await new Promise((resolve) => setTimeout(resolve, 180));
        return { url: target.url, method: 'HEAD', outcome: 'tls-untrusted', errorCode: 'SELF_SIGNED_CERT_IN_CHAIN', timings: { totalMs: 180 } };
      },
    };
    // A fake: were it wrongly called, nothing may try to resolve the made-up name.
    const calls: string[] = [];
    const inspect: TlsInspector = async (url) => {
      calls.push(url);
      return { completed: false, authorized: false, error: 'fake' };
    };
    const findings = await checkControlSites(request(['https://control.invalid/'], 200), { prober: late, inspectTls: inspect });
    expect(calls).toEqual([]);
    expect(findings.controls[0]).toEqual({ url: 'https://control.invalid/', ok: false, outcome: 'tls-untrusted', ms: 180, tlsErrorCode: 'SELF_SIGNED_CERT_IN_CHAIN' });
  });

  it('stops at once and is not completed when cancelled', async () => {
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 50);
    const startedAt = performance.now();
    const findings = await checkControlSites({ ...request([`${edge.httpsUrl}/hang`], 5000), signal: cancel.signal }, { prober });
    expect(performance.now() - startedAt).toBeLessThan(500);
    expect(findings.completed).toBe(false);
    // An unfinished check never tells the decision that the internet is down.
    expect(decideNetworkState({ internet: findings }).state).toBe('unknown');
  });
});
