import { describe, expect, it } from 'vitest';
import type { ServiceMonitorEvent } from '../../../../src/core/monitor/state/next-service-state.ts';
import { MINUTE, T0, incident, minutely, official, probe, result, run } from './service-fixtures.ts';

const up = probe(T0, 'ok');

describe('nextServiceState: the official status', () => {
  const page = (status: Parameters<typeof official>[0], at = T0 + MINUTE): ServiceMonitorEvent => ({ kind: 'official', at, status: official(status) });

  it('calls an official major outage an outage even while probes answer, and its end a recovery', () => {
    const { transitions } = run([
      up,
      page({ indicator: 'major' }, T0 + MINUTE),
      probe(T0 + 2 * MINUTE, 'ok'),
      page({ indicator: 'none' }, T0 + 21 * MINUTE),
    ]);
    expect(transitions.map((t) => [t.to, t.reason])).toEqual([
      ['operational', 'probes-up'],
      ['outage', 'official-outage'],
      ['operational', 'probes-up'],
    ]);
    expect(transitions[1]!.outage!.source).toBe('official');
    expect(transitions[2]!.recovery!.durationMs).toBe(20 * MINUTE);
  });

  it('calls critical an outage, minor degraded and maintenance in progress maintenance', () => {
    expect(run([up, page({ indicator: 'critical' })]).state.state).toBe('outage');
    expect(run([up, page({ indicator: 'minor' })]).state).toMatchObject({ state: 'degraded', reason: 'official-degraded' });
    const maintenance = official({ maintenances: [{ id: 'm1', name: 'Upgrade', status: 'in_progress' }] });
    expect(run([up, { kind: 'official', at: T0 + MINUTE, status: maintenance }]).state.state).toBe('maintenance');
  });

  it('keeps a probe-confirmed outage while the page says all is well', () => {
    const { state } = run([page({ indicator: 'none' }, T0), ...minutely(['ok', 'http-5xx', 'http-5xx', 'http-5xx']), page({ indicator: 'none' }, T0 + 4 * MINUTE)]);
    expect(state).toMatchObject({ state: 'outage', reason: 'probes-failing' });
  });

  it('explains failing probes with maintenance in progress', () => {
    const maintenance = official({ maintenances: [{ id: 'm1', name: 'Upgrade', status: 'in_progress' }] });
    const { state } = run([{ kind: 'official', at: T0, status: maintenance }, ...minutely(['ok', 'http-5xx', 'http-5xx', 'http-5xx'])]);
    expect(state.state).toBe('maintenance');
  });

  it('keeps the page\'s last word and its incidents while it cannot be read: losing sight of an outage is no recovery', () => {
    const { state, transitions, incidentChanges } = run([
      up,
      page({ indicator: 'major', incidents: [incident('i1')] }, T0 + MINUTE),
      { kind: 'official', at: T0 + 2 * MINUTE, status: 'unavailable' },
      probe(T0 + 3 * MINUTE, 'ok'),
    ]);
    expect(state).toMatchObject({ state: 'outage', reason: 'official-outage', officialReadable: false });
    expect(transitions.some((t) => t.recovery)).toBe(false);
    expect(incidentChanges.filter((c) => c.kind === 'incident-resolved')).toEqual([]);
    expect(state.openIncidents.map((i) => i.id)).toEqual(['i1']);
  });

  it('does not let an unreadable page hide what the probes see', () => {
    const { state } = run([
      { kind: 'official', at: T0, status: 'unavailable' },
      ...minutely(['ok', 'http-5xx', 'http-5xx', 'http-5xx']),
    ]);
    expect(state).toMatchObject({ state: 'outage', reason: 'probes-failing' });
  });

  it('reports incidents opening and resolving, and the ones open at the first read as not new', () => {
    const { incidentChanges } = run([
      page({ incidents: [incident('old')] }, T0),
      page({ incidents: [incident('old'), incident('new', { impact: 'minor' })] }, T0 + 2 * MINUTE),
      page({ incidents: [incident('new', { status: 'resolved' })] }, T0 + 4 * MINUTE),
    ]);
    expect(incidentChanges.map((c) => [c.kind, c.incident.id, c.at, c.kind === 'incident-opened' ? c.alreadyOpen : null])).toEqual([
      ['incident-opened', 'old', T0, true],
      ['incident-opened', 'new', T0 + 2 * MINUTE, false],
      ['incident-resolved', 'old', T0 + 4 * MINUTE, null],
      ['incident-resolved', 'new', T0 + 4 * MINUTE, null],
    ]);
  });

  it('ignores scheduled maintenance posted as an incident', () => {
    const { incidentChanges } = run([page({}, T0), page({ incidents: [incident('m', { impact: 'maintenance' })] }, T0 + MINUTE)]);
    expect(incidentChanges).toEqual([]);
  });

  it('measures the status page lag: outage start here to the first official incident', () => {
    const { incidentChanges } = run([
      page({}, T0),
      ...minutely(['ok', 'http-5xx', 'http-5xx', 'http-5xx']),
      page({ indicator: 'major', incidents: [incident('i1')] }, T0 + 17 * MINUTE),
      page({ indicator: 'major', incidents: [incident('i1'), incident('i2')] }, T0 + 19 * MINUTE),
    ]);
    expect(incidentChanges.map((c) => (c.kind === 'incident-opened' ? c.statusPageLagMs : 'x'))).toEqual([16 * MINUTE, undefined]);
  });
});

describe('nextServiceState: degraded', () => {
  const baseline = { latencyBaseline: { p95Ms: 600 } };
  const slow = (i: number, totalMs: number) => probe(T0 + i * MINUTE, 'ok', 'healthy', totalMs);

  it('calls a service slow after three probes far above its own baseline, and clears it after two normal ones', () => {
    const slowRun = run([slow(0, 500), slow(1, 2500), slow(2, 2600), slow(3, 3000)], baseline);
    expect(slowRun.state).toMatchObject({ state: 'degraded', reason: 'probes-slow' });
    const after = run([slow(4, 500), slow(5, 450)], baseline, slowRun.state);
    expect(after.transitions.map((t) => t.to)).toEqual(['operational']);
  });

  it('does not call two slow probes degraded', () => {
    expect(run([slow(0, 500), slow(1, 2500), slow(2, 2600), slow(3, 400)], baseline).state.state).toBe('operational');
  });

  it('does not call a probe slow under the absolute floor, however far above a tiny baseline', () => {
    expect(run([0, 1, 2, 3].map((i) => slow(i, 1500)), { latencyBaseline: { p95Ms: 100 } }).state.state).toBe('operational');
  });

  it('does not call a service that is always slow degraded: its own baseline is slow', () => {
    expect(run([0, 1, 2, 3].map((i) => slow(i, 5000)), { latencyBaseline: { p95Ms: 4000 } }).state.state).toBe('operational');
  });

  it('calls nothing slow without a baseline', () => {
    expect(run([0, 1, 2, 3].map((i) => slow(i, 9000))).state.state).toBe('operational');
  });

  it('calls a service degraded when one of its front doors keeps failing', () => {
    const partly = (i: number): ServiceMonitorEvent => ({
      kind: 'probe',
      at: T0 + i * MINUTE,
      results: [result('ok'), result('http-5xx')],
      network: 'healthy',
    });
    const { state, transitions } = run([up, partly(1), partly(2), partly(3)]);
    expect(state).toMatchObject({ state: 'degraded', reason: 'probes-partly-failing' });
    expect(transitions.some((t) => t.to === 'outage')).toBe(false);
  });

  it('keeps the last answered probes for the live view', () => {
    const { state } = run([0, 1, 2].map((i) => slow(i, 100 * (i + 1))));
    expect(state.latency.samplesMs).toEqual([100, 200, 300]);
  });
});
