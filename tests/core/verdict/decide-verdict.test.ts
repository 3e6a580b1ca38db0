import { describe, expect, it } from 'vitest';
import type { ServiceAssessment } from '../../../src/core/assessment/service-state.ts';
import { decideVerdict } from '../../../src/core/verdict/decide-verdict.ts';
import { EXIT_CODES, exitCodeForVerdict, VERDICT_KINDS } from '../../../src/core/verdict/verdict-kind.ts';

const assessed = (id: string, state: ServiceAssessment['state'], rateLimited = false) => ({
  id,
  assessment: { state, reasons: [], rateLimited } satisfies ServiceAssessment,
});

describe('decideVerdict', () => {
  it('is all clear only when every service is operational', () => {
    expect(decideVerdict({ networkState: 'unknown', services: [assessed('a', 'operational'), assessed('b', 'operational')] })).toEqual({
      kind: 'all-clear',
      serviceIds: [],
    });
  });

  it('puts an outage before a degraded service and names only the services down', () => {
    const decision = decideVerdict({
      networkState: 'ok',
      services: [assessed('a', 'degraded'), assessed('b', 'outage'), assessed('c', 'outage')],
    });
    expect(decision).toEqual({ kind: 'service-outage', serviceIds: ['b', 'c'] });
  });

  it('puts a local network problem before anything the services show', () => {
    expect(decideVerdict({ networkState: 'dns-failure', services: [assessed('a', 'outage')] }).kind).toBe('dns-failure');
  });

  it('reports maintenance, then rate limiting', () => {
    expect(decideVerdict({ networkState: 'ok', services: [assessed('a', 'maintenance'), assessed('b', 'operational', true)] }).kind).toBe(
      'service-maintenance',
    );
    expect(decideVerdict({ networkState: 'ok', services: [assessed('b', 'operational', true)] })).toEqual({ kind: 'rate-limited', serviceIds: ['b'] });
  });

  it('is inconclusive, not all clear, when a service could not be judged', () => {
    expect(decideVerdict({ networkState: 'unknown', services: [assessed('a', 'operational'), assessed('b', 'unknown')] })).toEqual({
      kind: 'inconclusive',
      serviceIds: ['b'],
    });
  });

  it('turns "I am seeing errors" on a healthy picture into local-client', () => {
    expect(decideVerdict({ networkState: 'ok', services: [assessed('a', 'operational')], imSeeingErrors: true }).kind).toBe('local-client');
  });
});

describe('exitCodeForVerdict', () => {
  it('maps every kind to the exit codes of DESIGN.md', () => {
    const codes = Object.fromEntries(VERDICT_KINDS.map((kind) => [kind, exitCodeForVerdict(kind)]));
    expect(codes['all-clear']).toBe(EXIT_CODES.allClear);
    for (const kind of ['service-outage', 'service-degraded', 'service-maintenance', 'rate-limited', 'regional'] as const) expect(codes[kind]).toBe(1);
    for (const kind of ['offline', 'router-unreachable', 'captive-portal', 'internet-down', 'dns-failure', 'dns-blocked', 'tls-interception', 'clock-skew', 'proxy-problem', 'local-client'] as const)
      expect(codes[kind]).toBe(2);
    expect(codes.inconclusive).toBe(3);
  });
});

describe('decideVerdict, regional', () => {
  it('puts a service that fails only through the local resolver before an outage', () => {
    expect(
      decideVerdict({ networkState: 'ok', services: [assessed('a', 'degraded'), assessed('b', 'outage')], regionalServiceIds: ['a'] }),
    ).toEqual({ kind: 'regional', serviceIds: ['a'] });
  });
});
