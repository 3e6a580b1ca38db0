import { describe, expect, it } from 'vitest';
import { assessService, officialLevel } from '../../../src/core/assessment/service-state.ts';
import type { ProbeOutcome, ProbeResult } from '../../../src/core/probe/probe-result.ts';
import type { OfficialStatus } from '../../../src/core/status-page/official-status.ts';

const probe = (outcome: ProbeOutcome, extra: Partial<ProbeResult> = {}): ProbeResult => ({
  url: 'https://chat.example/',
  method: 'HEAD',
  outcome,
  timings: { totalMs: 50 },
  ...extra,
});

const official = (extra: Partial<OfficialStatus> = {}): OfficialStatus => ({
  provider: 'statuspage',
  indicator: 'none',
  description: 'All Systems Operational',
  components: [{ name: 'Chat', status: 'operational' }],
  incidents: [],
  maintenances: [],
  ...extra,
});

const healthyPath = { localProblem: false, pathProven: true };

describe('assessService', () => {
  it('calls a service that answers operational', () => {
    expect(assessService({ probes: [probe('ok')], official: official(), ...healthyPath }).state).toBe('operational');
  });

  it.each(['auth-required', 'challenge'] as const)('counts %s as up: the front door answered', (outcome) => {
    expect(assessService({ probes: [probe(outcome)], ...healthyPath }).state).toBe('operational');
  });

  it('calls repeated 5xx an outage even while the official page says all is well', () => {
    const assessment = assessService({ probes: [probe('http-5xx', { status: 502 })], official: official(), ...healthyPath });
    expect(assessment.state).toBe('outage');
    expect(assessment.reasons).toContain('official-silent');
  });

  it('calls a Cloudflare 52x an outage even without other proof of the path: the edge answered', () => {
    expect(assessService({ probes: [probe('edge-origin-error', { status: 522 })], localProblem: false, pathProven: false }).state).toBe('outage');
  });

  it('does not call silence an outage without proof that the user can reach anything', () => {
    const assessment = assessService({ probes: [probe('timeout')], localProblem: false, pathProven: false });
    expect(assessment.state).toBe('unknown');
    expect(assessment.reasons).toContain('probes-inconclusive');
  });

  it('calls silence an outage when the user demonstrably reaches other hosts', () => {
    expect(assessService({ probes: [probe('timeout'), probe('reset')], ...healthyPath }).state).toBe('outage');
  });

  it.each(['dns-error', 'tls-untrusted', 'tls-error'] as const)('never calls %s alone an outage: it may be local', (outcome) => {
    expect(assessService({ probes: [probe(outcome)], ...healthyPath }).state).toBe('unknown');
  });

  it('calls one failing front door out of two degraded', () => {
    expect(assessService({ probes: [probe('ok'), probe('http-5xx', { status: 503 })], ...healthyPath }).state).toBe('degraded');
  });

  it('follows the official page when it reports a problem the probes cannot see', () => {
    const page = official({ indicator: 'minor', components: [{ name: 'Chat', status: 'partial_outage' }] });
    expect(assessService({ probes: [probe('ok')], official: page, ...healthyPath }).state).toBe('degraded');
    const down = official({ indicator: 'major', components: [{ name: 'Chat', status: 'major_outage' }] });
    expect(assessService({ probes: [probe('ok')], official: down, ...healthyPath }).state).toBe('outage');
  });

  it('reports maintenance in progress as maintenance, not outage', () => {
    const page = official({
      indicator: 'maintenance',
      components: [{ name: 'Chat', status: 'under_maintenance' }],
      maintenances: [{ id: 'm1', name: 'Database upgrade', status: 'in_progress' }],
    });
    expect(assessService({ probes: [probe('http-5xx', { status: 503 })], official: page, ...healthyPath }).state).toBe('maintenance');
  });

  it('keeps a rate-limited service up and remembers how long it asked to wait', () => {
    const assessment = assessService({ probes: [probe('rate-limited', { status: 429, retryAfterSeconds: 30 })], ...healthyPath });
    expect(assessment).toMatchObject({ state: 'operational', rateLimited: true, retryAfterSeconds: 30 });
  });

  it('never marks a service down during a local network problem', () => {
    const page = official({ indicator: 'major', components: [{ name: 'Chat', status: 'major_outage' }] });
    expect(assessService({ probes: [probe('timeout')], official: page, localProblem: true, pathProven: false }).state).toBe('unknown');
  });
});

describe('officialLevel', () => {
  it('takes the worst of indicator, components and open incidents', () => {
    expect(
      officialLevel(official({ incidents: [{ id: 'i', name: 'Errors', status: 'investigating', impact: 'major' }] })),
    ).toBe('outage');
  });

  it('ignores resolved incidents', () => {
    expect(officialLevel(official({ incidents: [{ id: 'i', name: 'Errors', status: 'resolved', impact: 'critical' }] }))).toBe('operational');
  });
});
