import type { AppSnapshot, ServiceView } from '../../../src/shared/app-snapshot.ts';

/** 2026-11-21 20:00 UTC: the moment every fixture snapshot is taken. */
export const FIXTURE_AT = Date.UTC(2026, 10, 21, 20, 0);

/** A watched service seen `state`, probed a minute ago. */
export function serviceView(id: string, name: string, state: ServiceView['state'], extra: Partial<ServiceView> = {}): ServiceView {
  return {
    id,
    name,
    state,
    reason: state === 'operational' ? 'probes-up' : state === 'outage' ? 'probes-failing' : state === 'unknown' ? 'probes-inconclusive' : 'probes-slow',
    since: FIXTURE_AT - 600_000,
    lastProbedAt: FIXTURE_AT - 60_000,
    recentLatencyMs: [120, 130],
    probes: [],
    hasStatusPage: true,
    custom: false,
    notifyWhenBack: false,
    ...extra,
  };
}

/** A snapshot after the first checks, with a healthy network unless `extra` says otherwise. */
export function snapshotOf(services: readonly ServiceView[], extra: Partial<AppSnapshot> = {}): AppSnapshot {
  return {
    schema: 1,
    at: FIXTURE_AT,
    language: 'en',
    paused: null,
    checking: false,
    services,
    network: { state: 'ok', pathProven: true, checkedAt: FIXTURE_AT - 30_000 },
    verdict: { key: 'all-clear', kind: 'all-clear', serviceIds: [], title: 'All clear', summary: '', steps: [], since: FIXTURE_AT, fromUserReport: false },
    notices: [],
    ...extra,
  };
}
