import { describe, expect, it } from 'vitest';
import { combineInstatus, parseInstatusComponents, parseInstatusSummary } from '../../../src/core/status-page/instatus-reader.ts';
import { fixtureJson } from './read-fixture.ts';

describe('Instatus summary', () => {
  it('reads a live page status Instatus does not document (ONEMAJOROUTAGE) and the incident it reports', () => {
    const result = parseInstatusSummary(fixtureJson('instatus/perplexity-major-outage.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.indicator).toBe('critical');
    expect(result.value.incidents).toEqual([
      {
        id: 'cmrxt1rlu000f0zlcv4dzmdlr',
        name: 'Computer sandbox issues',
        status: 'monitoring',
        impact: 'critical',
        url: 'https://status.perplexity.com/cmrxt1rlu000f0zlcv4dzmdlr',
        startedAt: '2026-07-23T17:48:28.028Z',
        updatedAt: '2026-07-23T17:50:11.838Z',
      },
    ]);
    // The summary has no activeMaintenances key: none, not an error.
    expect(result.value.maintenances).toEqual([]);
  });

  it("reads the documentation example's JavaScript-style dates and the maintenance window length", () => {
    const result = parseInstatusSummary(fixtureJson('instatus/instatus-docs-example-summary.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.incidents[0]).toMatchObject({ status: 'investigating', impact: 'critical', startedAt: '2022-06-11T18:55:50.000Z' });
    expect(result.value.maintenances).toEqual([
      expect.objectContaining({ name: 'Database maintenance', status: 'scheduled', scheduledFor: '2022-06-11T18:55:54.000Z', scheduledUntil: '2022-06-11T19:55:54.000Z' }),
    ]);
  });

  it('is all clear when the page is UP', () => {
    const result = parseInstatusSummary(fixtureJson('instatus/synthetic-all-up-summary.json'));
    expect(result).toEqual({ ok: true, value: { indicator: 'none', description: 'All Systems Operational', incidents: [], maintenances: [] } });
  });

  it('says maintenance when the page is under maintenance', () => {
    const result = parseInstatusSummary({ page: { name: 'x', url: 'https://x.test', status: 'UNDERMAINTENANCE' }, activeIncidents: [], activeMaintenances: [] });
    expect(result.ok && result.value.indicator).toBe('maintenance');
  });

  it('rejects what is not an Instatus summary', () => {
    for (const payload of [null, [], { page: { status: 3 } }, { page: 'UP' }, { page: { status: 'UP' }, activeIncidents: { a: 1 } }]) {
      expect(parseInstatusSummary(payload).ok).toBe(false);
    }
  });
});

describe('Instatus components', () => {
  it('skips parent containers and labels members with their group', () => {
    const result = parseInstatusComponents(fixtureJson('instatus/synthetic-components.json'));
    expect(result).toEqual({
      ok: true,
      value: [
        { id: 'cmsynth0001', name: 'API', status: 'operational' },
        { id: 'cmsynth0002', name: 'Computer', status: 'major_outage', group: 'Apps' },
        { id: 'cmsynth0003', name: 'Web', status: 'degraded_performance', group: 'Apps' },
      ],
    });
  });

  it('accepts a bare list and parents that carry their children', () => {
    const result = parseInstatusComponents([{ name: 'Apps', isParent: true, children: [{ name: 'Web', status: 'PARTIALOUTAGE' }] }]);
    expect(result).toEqual({ ok: true, value: [{ name: 'Web', status: 'partial_outage', group: 'Apps' }] });
  });

  it('rejects a component list that is not a list', () => {
    expect(parseInstatusComponents({ components: { a: 1 } }).ok).toBe(false);
    expect(parseInstatusComponents('OPERATIONAL').ok).toBe(false);
  });

  it('combines summary and components into one status', () => {
    const summary = parseInstatusSummary(fixtureJson('instatus/perplexity-major-outage.json'));
    const components = parseInstatusComponents(fixtureJson('instatus/synthetic-components.json'));
    if (!summary.ok || !components.ok) throw new Error('fixtures must parse');
    const status = combineInstatus(summary.value, components.value);
    expect(status.provider).toBe('instatus');
    expect(status.components).toHaveLength(3);
    expect(status.incidents).toHaveLength(1);
  });
});
