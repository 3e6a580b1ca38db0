import { describe, expect, it } from 'vitest';
import { runCheck, type CheckDependencies, type OfficialReading } from '../../../src/core/check/run-check.ts';
import { systemClock } from '../../../src/core/check/deadline.ts';
import { parseConfig } from '../../../src/core/config/load-config.ts';
import type { ServiceSpec } from '../../../src/core/config/config-schema.ts';
import { skipNetworkDiagnosis } from '../../../src/core/network/network-report.ts';
import type { ProbeOutcome, ProbeResult } from '../../../src/core/probe/probe-result.ts';
import { checkReportSchema } from '../../../src/core/report/report-schema.ts';

const spec = (id: string, withPage = false): ServiceSpec => ({
  id,
  name: id.toUpperCase(),
  probes: [{ url: `https://${id}.example/`, method: 'HEAD' }],
  ...(withPage ? { statusPage: { provider: 'statuspage', url: `https://status.${id}.example` } } : {}),
});

const answer = (url: string, outcome: ProbeOutcome, status?: number): ProbeResult => ({
  url,
  method: 'HEAD',
  outcome,
  ...(status ? { status } : {}),
  timings: { totalMs: 12 },
});

const never = <T,>() => new Promise<T>(() => {});

function deps(probe: (url: string, attempt: number) => Promise<ProbeResult>, page?: () => Promise<OfficialReading>): CheckDependencies {
  const attempts = new Map<string, number>();
  return {
    clock: systemClock,
    diagnoseNetwork: skipNetworkDiagnosis,
    probe: async (s) => {
      const n = (attempts.get(s.url) ?? 0) + 1;
      attempts.set(s.url, n);
      return probe(s.url, n);
    },
    readOfficialStatus: page ?? (async (s) => ({ ok: false, sourceUrl: s.url, problem: { kind: 'unreachable', message: 'not in this test' } })),
  };
}

const config = (deadlineMs = 2000) => ({ ...parseConfig({}), deadlineMs });

describe('runCheck', () => {
  it('produces a report that matches the public schema', async () => {
    const report = await runCheck({ config: config(), services: [spec('a'), spec('b')] }, deps(async (url) => answer(url, 'ok', 200)));
    expect(() => checkReportSchema.parse(report)).not.toThrow();
    expect(report.verdict.kind).toBe('all-clear');
    expect(report.services.map((s) => s.state)).toEqual(['operational', 'operational']);
  });

  it('re-checks a failure once and keeps what the first attempt saw', async () => {
    const report = await runCheck(
      { config: config(), services: [spec('a'), spec('b')] },
      deps(async (url, attempt) => (url.includes('a.') && attempt === 1 ? answer(url, 'reset') : answer(url, 'ok', 200))),
    );
    const probe = report.services[0]?.probes[0];
    expect(probe).toMatchObject({ outcome: 'ok', attempts: 2, earlierOutcomes: ['reset'] });
    expect(report.verdict.kind).toBe('all-clear');
  });

  it('calls a confirmed 502 an outage of that service only', async () => {
    const report = await runCheck(
      { config: config(), services: [spec('a'), spec('b')] },
      deps(async (url) => (url.includes('a.') ? answer(url, 'http-5xx', 502) : answer(url, 'ok', 200))),
    );
    expect(report.verdict).toMatchObject({ kind: 'service-outage', serviceIds: ['a'] });
    expect(report.verdict.title).toMatch(/^A is down/);
    expect(report.services[0]?.probes[0]?.attempts).toBe(2);
  });

  it('answers within the deadline when a probe and a status page hang', async () => {
    const started = performance.now();
    const report = await runCheck(
      { config: config(600), services: [spec('a', true), spec('b')] },
      deps(async (url) => (url.includes('a.') ? never<ProbeResult>() : answer(url, 'ok', 200)), never<OfficialReading>),
    );
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(600 + 200);
    expect(report.services[0]?.probes[0]?.outcome).toBe('timeout');
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'status-page-unavailable', serviceId: 'a' }));
  });

  it('is inconclusive when every service is silent and nothing proves the path works', async () => {
    const report = await runCheck({ config: config(), services: [spec('a'), spec('b')] }, deps(async (url) => answer(url, 'connect-timeout')));
    expect(report.verdict.kind).toBe('inconclusive');
    expect(report.services.every((s) => s.state === 'unknown')).toBe(true);
  });

  it('warns when the page no longer lists the service component, and keeps the report', async () => {
    const report = await runCheck(
      { config: config(), services: [spec('a', true)] },
      deps(
        async (url) => answer(url, 'ok', 200),
        async () => ({
          ok: true,
          sourceUrl: 'https://status.a.example',
          missingComponents: ['Chat'],
          status: { provider: 'statuspage', indicator: 'none', description: 'All good', components: [], incidents: [], maintenances: [] },
        }),
      ),
    );
    expect(report.warnings[0]?.message).toMatch(/no longer lists "Chat"/);
    expect(report.services[0]?.official?.description).toBe('All good');
  });
});
