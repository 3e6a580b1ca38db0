import { describe, expect, it } from 'vitest';
import type { ServiceMonitorEvent } from '../../../../src/core/monitor/state/next-service-state.ts';
import { MINUTE, SECOND, T0, minutely, probe, run } from './service-fixtures.ts';

const up = probe(T0, 'ok');

describe('nextServiceState: outages from probes', () => {
  it('starts unknown and calls the service operational at its first answer', () => {
    const { state, transitions } = run([up]);
    expect(state.state).toBe('operational');
    expect(transitions).toEqual([expect.objectContaining({ from: 'unknown', to: 'operational', reason: 'probes-up', at: T0 })]);
  });

  it('needs three consecutive failures with a healthy path before calling an outage', () => {
    const twoFailures = run(minutely(['ok', 'http-5xx', 'http-5xx']));
    expect(twoFailures.state.state).toBe('operational');
    expect(twoFailures.transitions.map((t) => t.to)).toEqual(['operational']);

    const three = run(minutely(['ok', 'http-5xx', 'timeout', 'edge-origin-error']));
    expect(three.state.state).toBe('outage');
    const outage = three.transitions.at(-1)!;
    expect(outage).toMatchObject({ from: 'operational', to: 'outage', reason: 'probes-failing', at: T0 + 3 * MINUTE });
    // The outage started at the first failure of the run that confirmed it.
    expect(outage.outage).toEqual({ startedAt: T0 + MINUTE, confirmedAt: T0 + 3 * MINUTE, source: 'probes' });
  });

  it('starts the count again after any answer', () => {
    const { state } = run(minutely(['ok', 'http-5xx', 'http-5xx', 'ok', 'http-5xx', 'http-5xx']));
    expect(state.state).toBe('operational');
  });

  it('never calls an outage for a service that fails every other probe', () => {
    const flapping = Array.from({ length: 120 }, (_, i) => probe(T0 + i * 5 * SECOND, i % 2 === 0 ? 'http-5xx' : 'ok'));
    const { transitions } = run([up, ...flapping]);
    expect(transitions.filter((t) => t.to === 'outage')).toEqual([]);
  });

  it('counts silent failures only while the local path is proven healthy', () => {
    const unproven = run([up, ...[1, 2, 3, 4].map((i) => probe(T0 + i * MINUTE, 'connect-timeout', 'unknown'))]);
    expect(unproven.transitions.some((t) => t.to === 'outage')).toBe(false);
    expect(unproven.state.state).toBe('unknown');
    expect(unproven.state.reason).toBe('probes-inconclusive');

    const proven = run([up, ...[1, 2, 3].map((i) => probe(T0 + i * MINUTE, 'connect-timeout', 'healthy'))]);
    expect(proven.state.state).toBe('outage');
  });

  it('counts an error page from the edge even without a network check: the edge answering proves the path', () => {
    const { state } = run([up, ...[1, 2, 3].map((i) => probe(T0 + i * MINUTE, 'http-5xx', 'unknown'))]);
    expect(state.state).toBe('outage');
  });

  it.each(['dns-error', 'tls-error', 'tls-untrusted'] as const)('never counts %s towards an outage, however long it lasts', (outcome) => {
    const { state, transitions } = run([up, ...Array.from({ length: 30 }, (_, i) => probe(T0 + (i + 1) * MINUTE, outcome))]);
    expect(transitions.some((t) => t.to === 'outage')).toBe(false);
    expect(state.state).toBe('unknown');
  });

  it('lets a DNS error between failures neither break nor extend the run', () => {
    const { state, transitions } = run(minutely(['ok', 'http-5xx', 'http-5xx', 'dns-error', 'http-5xx']));
    expect(state.state).toBe('outage');
    expect(transitions.at(-1)!.outage!.startedAt).toBe(T0 + MINUTE);
  });

  it('needs two consecutive answers to recover, and reports the outage duration from first failure to first answer', () => {
    const { state, transitions } = run(minutely(['ok', 'http-5xx', 'http-5xx', 'http-5xx', 'ok', 'http-5xx', 'ok', 'ok']));
    expect(state.state).toBe('operational');
    expect(transitions.map((t) => t.to)).toEqual(['operational', 'outage', 'operational']);
    const recovery = transitions.at(-1)!;
    expect(recovery.at).toBe(T0 + 7 * MINUTE);
    expect(recovery.recovery).toEqual({ outageStartedAt: T0 + MINUTE, endedAt: T0 + 6 * MINUTE, durationMs: 5 * MINUTE });
    expect(state.outage).toBeUndefined();
  });

  it('keeps a service that recovers once then fails again in one outage', () => {
    const { transitions } = run(minutely(['ok', 'http-5xx', 'http-5xx', 'http-5xx', 'ok', 'http-5xx', 'ok', 'http-5xx', 'ok', 'ok']));
    expect(transitions.filter((t) => t.to === 'outage')).toHaveLength(1);
    expect(transitions.at(-1)!.recovery!.durationMs).toBe(7 * MINUTE);
  });

  it('treats 429 and bot checks as the service answering', () => {
    const { state } = run(minutely(['ok', 'rate-limited', 'challenge', 'auth-required']));
    expect(state.state).toBe('operational');
  });
});

describe('nextServiceState: the local network', () => {
  it('makes every service unknown during a local problem and never counts its failures', () => {
    const events: ServiceMonitorEvent[] = [
      up,
      probe(T0 + MINUTE, 'http-5xx'),
      probe(T0 + 2 * MINUTE, 'connect-timeout', 'problem'),
      probe(T0 + 3 * MINUTE, 'connect-timeout', 'problem'),
      probe(T0 + 4 * MINUTE, 'connect-timeout', 'problem'),
      probe(T0 + 5 * MINUTE, 'http-5xx', 'problem'),
    ];
    const { state, transitions } = run(events);
    expect(state.state).toBe('unknown');
    expect(state.reason).toBe('local-problem');
    expect(transitions.map((t) => t.to)).toEqual(['operational', 'unknown']);
  });

  it('does not count even error pages during a local problem: a portal or proxy may be answering', () => {
    const during = [1, 2, 3, 4].map((i) => probe(T0 + i * MINUTE, 'http-5xx', 'problem'));
    const { state, transitions } = run([up, ...during, probe(T0 + 5 * MINUTE, 'http-5xx', 'healthy')]);
    expect(transitions.some((t) => t.to === 'outage')).toBe(false);
    expect(state.counters.failures).toBe(1);
  });

  it('needs a fresh run of failures after the local problem clears', () => {
    const { state, transitions } = run([
      up,
      probe(T0 + MINUTE, 'http-5xx'),
      probe(T0 + 2 * MINUTE, 'http-5xx'),
      { kind: 'network', at: T0 + 3 * MINUTE, localProblem: true },
      { kind: 'network', at: T0 + 4 * MINUTE, localProblem: false },
      probe(T0 + 5 * MINUTE, 'http-5xx'),
    ]);
    expect(transitions.some((t) => t.to === 'outage')).toBe(false);
    // No fresh answer yet: unknown, not "operational" on old evidence.
    expect(state.state).toBe('unknown');
    const later = run([probe(T0 + 6 * MINUTE, 'http-5xx'), probe(T0 + 7 * MINUTE, 'http-5xx')], {}, state);
    expect(later.state.state).toBe('outage');
    expect(later.state.outage!.startedAt).toBe(T0 + 5 * MINUTE);
  });

  it('keeps an outage open through a local problem, so it is one outage with one duration', () => {
    const { transitions } = run([
      ...minutely(['ok', 'http-5xx', 'http-5xx', 'http-5xx']),
      { kind: 'network', at: T0 + 4 * MINUTE, localProblem: true },
      probe(T0 + 5 * MINUTE, 'connect-timeout', 'problem'),
      { kind: 'network', at: T0 + 10 * MINUTE, localProblem: false },
      probe(T0 + 11 * MINUTE, 'ok'),
      probe(T0 + 12 * MINUTE, 'ok'),
    ]);
    expect(transitions.map((t) => `${t.from}->${t.to}`)).toEqual(['unknown->operational', 'operational->outage', 'outage->unknown', 'unknown->operational']);
    expect(transitions[2]!.outage!.startedAt).toBe(T0 + MINUTE);
    expect(transitions[3]!.recovery).toEqual({ outageStartedAt: T0 + MINUTE, endedAt: T0 + 11 * MINUTE, durationMs: 10 * MINUTE });
  });

  it('returns to the same outage when the service still fails after the local problem', () => {
    const { transitions } = run([
      ...minutely(['ok', 'http-5xx', 'http-5xx', 'http-5xx']),
      { kind: 'network', at: T0 + 4 * MINUTE, localProblem: true },
      { kind: 'network', at: T0 + 5 * MINUTE, localProblem: false },
      probe(T0 + 6 * MINUTE, 'http-5xx'),
    ]);
    expect(transitions.map((t) => t.to)).toEqual(['operational', 'outage', 'unknown', 'outage']);
    expect(transitions[3]!.outage!.startedAt).toBe(T0 + MINUTE);
  });
});
