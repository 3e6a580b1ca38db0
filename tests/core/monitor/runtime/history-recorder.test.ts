import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServiceSpec } from '../../../../src/core/config/config-schema.ts';
import { openHistoryStore } from '../../../../src/core/history/sqlite-history-store.ts';
import type { NetworkDecision } from '../../../../src/core/network/decide-network-state.ts';
import { createHistoryRecorder } from '../../../../src/core/monitor/runtime/history-recorder.ts';
import type { ProbeResult } from '../../../../src/core/probe/probe-result.ts';
import { closeLater, DAY, DAY0, MINUTE, tempDir } from '../../history/temp-history-dir.ts';

const probe = (outcome: ProbeResult['outcome'], url = 'https://chat.test/'): ProbeResult => ({
  url,
  method: 'HEAD',
  outcome,
  ...(outcome === 'ok' ? { status: 200 } : outcome === 'http-5xx' ? { status: 503 } : {}),
  timings: { totalMs: 120 },
});

const network = (state: NetworkDecision['state']) => ({ state, pathProven: state === 'ok' }) as NetworkDecision;

const service = { id: 'chat', name: 'Chat', probes: [{ url: 'https://chat.test/' }], statusPage: { provider: 'statuspage', url: 'https://status.chat.test' } } as unknown as ServiceSpec;

function open() {
  const path = join(tempDir(), 'history.db');
  const { store } = openHistoryStore({ path, now: () => DAY0 + DAY });
  closeLater(store);
  return { store, recorder: createHistoryRecorder(store, { services: [service] }) };
}

const window = { from: DAY0 - DAY, to: DAY0 + DAY };

describe('createHistoryRecorder', () => {
  it('keeps every probe of a round, flagged while the network check found a local problem', () => {
    const { store, recorder } = open();
    recorder.recordNetwork({ at: DAY0, decision: network('ok') });
    recorder.recordProbeRound({ serviceId: 'chat', at: DAY0 + MINUTE, results: [probe('ok'), probe('http-5xx', 'https://api.chat.test/')] });
    recorder.recordNetwork({ at: DAY0 + 2 * MINUTE, decision: network('internet-down') });
    recorder.recordProbeRound({ serviceId: 'chat', at: DAY0 + 3 * MINUTE, results: [probe('connect-timeout')] });

    const samples = store.samples({ ...window, serviceId: 'chat' });
    expect(samples.map((s) => [s.time - DAY0, s.outcome, s.localProblem])).toEqual([
      [MINUTE, 'ok', false],
      // Two probes at one instant: the store keeps both, a millisecond apart.
      [MINUTE + 1, 'http-5xx', false],
      [3 * MINUTE, 'connect-timeout', true],
    ]);
    // A local problem's failures do not count against the service.
    const [day] = store.uptimePerDay({ ...window, serviceId: 'chat' });
    expect(day).toMatchObject({ up: 1, down: 1, excluded: 1 });
  });

  it('keeps network checks that changed the answer, not every repeat', () => {
    const { store, recorder } = open();
    for (const [minute, state] of [[0, 'ok'], [5, 'ok'], [10, 'internet-down'], [15, 'internet-down'], [20, 'ok']] as const) {
      recorder.recordNetwork({ at: DAY0 + minute * MINUTE, decision: network(state) });
    }
    expect(store.networkEvents(window).map((e) => [(e.time - DAY0) / MINUTE, e.state])).toEqual([
      [0, 'ok'],
      [10, 'internet-down'],
      [20, 'ok'],
    ]);
  });

  it('stores an outage from confirmation to recovery, linked to the first official incident (status-page lag)', () => {
    const { store, recorder } = open();
    const startedAt = DAY0 + 10 * MINUTE;
    const outage = { startedAt, confirmedAt: startedAt + 20_000, source: 'probes' as const };
    recorder.recordTransition({ kind: 'service-transition', serviceId: 'chat', from: 'operational', to: 'outage', at: outage.confirmedAt, reason: 'probes-failing', outage } as never);
    expect(store.outages()).toMatchObject([{ serviceId: 'chat', start: startedAt, cause: 'probes', provider: 'statuspage' }]);
    expect(store.outages()[0]!.end).toBeUndefined();

    const incident = { id: 'inc-1', name: 'Elevated errors' };
    recorder.recordIncident({ kind: 'incident-opened', serviceId: 'chat', at: startedAt + 16 * MINUTE, incident, alreadyOpen: false });
    recorder.recordIncident({ kind: 'incident-opened', serviceId: 'chat', at: startedAt + 18 * MINUTE, incident: { id: 'inc-2', name: 'Other' }, alreadyOpen: false });
    const recovery = { outageStartedAt: startedAt, endedAt: startedAt + 40 * MINUTE, durationMs: 40 * MINUTE };
    recorder.recordTransition({ kind: 'service-transition', serviceId: 'chat', from: 'outage', to: 'operational', at: recovery.endedAt + 30_000, reason: 'probes-ok', recovery } as never);
    recorder.recordIncident({ kind: 'incident-resolved', serviceId: 'chat', at: startedAt + 50 * MINUTE, incident });

    const [stored] = store.outages();
    expect(stored).toMatchObject({ end: recovery.endedAt, durationMs: 40 * MINUTE, cause: 'both', officialIncidentId: 'inc-1', statusPageLagMs: 16 * MINUTE });
    expect(store.statusPageLag()).toEqual([{ provider: 'statuspage', medianLagMs: 16 * MINUTE, outages: 1 }]);
    const incidents = store.officialIncidents({ serviceId: 'chat' });
    expect(incidents.find((i) => i.incidentId === 'inc-1')).toMatchObject({ firstSeen: startedAt + 16 * MINUTE, resolvedAt: startedAt + 50 * MINUTE, status: 'resolved' });
    expect(incidents.find((i) => i.incidentId === 'inc-2')?.resolvedAt).toBeUndefined();
  });

  it('an outage interrupted by unknown stays one outage; a second one is a new row', () => {
    const { store, recorder } = open();
    const first = { startedAt: DAY0, confirmedAt: DAY0 + 20_000, source: 'probes' as const };
    const t = (from: string, to: string, at: number, extra: object) =>
      recorder.recordTransition({ kind: 'service-transition', serviceId: 'chat', from, to, at, reason: 'probes-failing', ...extra } as never);
    t('operational', 'outage', first.confirmedAt, { outage: first });
    t('outage', 'unknown', DAY0 + MINUTE, { outage: first });
    t('unknown', 'outage', DAY0 + 2 * MINUTE, { outage: first });
    t('outage', 'operational', DAY0 + 5 * MINUTE, { recovery: { outageStartedAt: DAY0, endedAt: DAY0 + 4 * MINUTE, durationMs: 4 * MINUTE } });
    const second = { startedAt: DAY0 + 30 * MINUTE, confirmedAt: DAY0 + 31 * MINUTE, source: 'probes' as const };
    t('operational', 'outage', second.confirmedAt, { outage: second });

    expect(store.outages().map((o) => [(o.start - DAY0) / MINUTE, o.end === undefined ? undefined : (o.end - DAY0) / MINUTE])).toEqual([
      [30, undefined],
      [0, 4],
    ]);
  });
});
