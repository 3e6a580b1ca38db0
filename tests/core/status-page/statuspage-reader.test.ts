import { describe, expect, it } from 'vitest';
import type { OfficialStatus } from '../../../src/core/status-page/official-status.ts';
import { parseStatuspageSummary } from '../../../src/core/status-page/statuspage-reader.ts';
import { fixtureJson } from './read-fixture.ts';

function read(payload: unknown, provider: 'statuspage' | 'incidentio' = 'statuspage'): OfficialStatus {
  const result = parseStatuspageSummary(payload, provider);
  if (!result.ok) throw new Error(`rejected: ${result.message}`);
  return result.value;
}

function rejection(payload: unknown): string {
  const result = parseStatuspageSummary(payload, 'statuspage');
  if (result.ok) throw new Error('accepted a payload it should refuse');
  return result.message;
}

describe('Statuspage summary (real payloads)', () => {
  it('reads GitHub during a Pull Requests outage: indicator, the broken component and the open incident', () => {
    const status = read(fixtureJson('statuspage/github-pull-requests-major-outage.json'));
    expect(status).toMatchObject({ provider: 'statuspage', indicator: 'major', description: 'Partial System Outage' });
    expect(status.components).toHaveLength(12);
    expect(status.components.find((c) => c.name === 'Pull Requests')).toEqual({ id: 'hhtssxt0f5v2', name: 'Pull Requests', status: 'major_outage' });
    expect(status.incidents).toEqual([
      {
        id: 'jxd617hfwfq8',
        name: 'Incident with Pull Requests',
        status: 'investigating',
        impact: 'critical',
        url: 'https://stspg.io/sm1tp7kfm4vj',
        startedAt: '2026-07-24T19:37:28.071Z',
        updatedAt: '2026-07-24T19:43:40.033Z',
        components: ['Pull Requests'],
      },
    ]);
    expect(status.maintenances).toEqual([]);
  });

  it('skips Cloudflare group containers but labels their members with the group name', () => {
    const status = read(fixtureJson('statuspage/cloudflare-groups-workers-outage-trimmed.json'));
    const names = status.components.map((c) => c.name);
    expect(names).not.toContain('Cloudflare Sites and Services');
    expect(names).not.toContain('Africa');
    expect(status.components.find((c) => c.name === 'Workers')).toMatchObject({ status: 'major_outage', group: 'Cloudflare Sites and Services' });
    expect(status.components.find((c) => c.name === 'Accra, Ghana - (ACC)')?.group).toBe('Africa');
    // Its group container is not in the (trimmed) payload: no group name rather than a wrong one.
    expect(status.components.find((c) => c.name === 'Amsterdam, Netherlands - (AMS)')?.group).toBeUndefined();
  });

  it('reads scheduled and in-progress maintenances with their windows', () => {
    const status = read(fixtureJson('statuspage/cloudflare-groups-workers-outage-trimmed.json'));
    expect(status.maintenances).toEqual([
      expect.objectContaining({ name: 'CDG (Paris) on 2026-07-29', status: 'scheduled', scheduledFor: '2026-07-29T23:00:00.000Z', scheduledUntil: '2026-07-30T07:00:00.000Z', components: ['Paris, France - (CDG)'] }),
      expect.objectContaining({ name: 'KHI (Karachi) on 2026-07-29', status: 'in_progress', url: 'https://stspg.io/32nyt4pdzg0b' }),
    ]);
  });

  it('keeps an impact-none notice open on an all-operational page without raising the indicator', () => {
    const status = read(fixtureJson('statuspage/bitbucket-all-operational-open-notice.json'));
    expect(status.indicator).toBe('none');
    expect(status.components.every((c) => c.status === 'operational')).toBe(true);
    expect(status.incidents).toHaveLength(1);
    expect(status.incidents[0]).toMatchObject({ status: 'monitoring', impact: 'none' });
    expect(status.components.map((c) => c.name)).toContain('Purchasing & Licensing');
  });

  it('reads the Claude page in a critical incident across four components', () => {
    const status = read(fixtureJson('statuspage/claude-elevated-errors.json'));
    expect(status.indicator).toBe('major');
    expect(status.incidents[0]?.components).toEqual(['claude.ai', 'Claude API (api.anthropic.com)', 'Claude Code', 'Claude Cowork']);
  });
});

describe("incident.io's Statuspage-compatible summary (real payloads)", () => {
  it('does not fail without incidents or maintenances keys, and reads every component', () => {
    const payload = fixtureJson('incidentio/openai-all-operational.json') as Record<string, unknown>;
    expect(Object.keys(payload)).not.toContain('incidents');
    expect(Object.keys(payload)).not.toContain('scheduled_maintenances');
    const status = read(payload, 'incidentio');
    expect(status).toMatchObject({ provider: 'incidentio', indicator: 'none', incidents: [], maintenances: [] });
    expect(status.components).toHaveLength(25);
  });

  it('gives incidents without a components key no component list, and a page link built from the page address', () => {
    const status = read(fixtureJson('incidentio/openai-workspace-agent-incident.json'), 'incidentio');
    expect(status.indicator).toBe('minor');
    const [incident] = status.incidents;
    expect(incident).toEqual({
      id: '01KY54SWGRK806N6TJ495MYPDD',
      name: 'Elevated errors for Workspace Agent',
      status: 'investigating',
      impact: 'minor',
      url: 'https://status.openai.com/incidents/01KY54SWGRK806N6TJ495MYPDD',
      startedAt: '2026-07-22T14:48:46.000Z',
      updatedAt: '2026-07-22T14:48:46.000Z',
    });
    expect(incident).not.toHaveProperty('components');
  });
});

describe('Statuspage summary (rejected shapes)', () => {
  it('rejects wrong types instead of producing garbage', () => {
    expect(rejection([1, 2, 3])).toMatch(/not a Statuspage summary/);
    expect(rejection({ page: {} })).toMatch(/no status/);
    expect(rejection({ status: 42 })).toMatch(/no status/);
    expect(rejection({ status: { indicator: 3 } })).toMatch(/indicator/);
    expect(rejection({ status: { indicator: 'sideways' } })).toMatch(/indicator/);
    expect(rejection({ status: { indicator: 'none' }, components: { a: 1 } })).toMatch(/components in the wrong shape/);
    expect(rejection({ status: { indicator: 'none' }, incidents: 'none' })).toMatch(/incidents in the wrong shape/);
    expect(rejection({ status: { indicator: 'none' }, components: [1, 'x', null] })).toMatch(/without names/);
  });

  it('drops resolved incidents and entries it cannot name', () => {
    const status = read({
      status: { indicator: 'minor' },
      incidents: [{ name: 'Old', status: 'resolved' }, { status: 'investigating' }, 7, { name: 'Live', status: 'identified', impact: 'weird' }],
    });
    expect(status.incidents).toEqual([{ id: 'Live', name: 'Live', status: 'identified', impact: 'minor' }]);
  });

  it('treats __proto__ keys as plain data', () => {
    const payload = JSON.parse('{"__proto__":{"indicator":"critical"},"status":{"indicator":"none","__proto__":{"description":"pwned"}},"components":[{"name":"A","status":"operational","__proto__":{"group_id":"x"}}]}') as unknown;
    const status = read(payload);
    expect(status.indicator).toBe('none');
    expect(status.description).toBe('All Systems Operational');
    expect(status.components).toEqual([{ name: 'A', status: 'operational' }]);
    expect(({} as Record<string, unknown>)['indicator']).toBeUndefined();
  });

  it('caps 100 000 components and 10 MB names', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const components = Array.from({ length: 100_000 }, (_, i) => ({ id: String(i), name: i === 0 ? huge : `C${i}`, status: 'operational' }));
    const status = read({ status: { indicator: 'none', description: huge }, components, incidents: [{ name: huge, status: 'investigating' }] });
    expect(status.components.length).toBeLessThanOrEqual(500);
    expect(status.components[0]?.name.length).toBeLessThanOrEqual(200);
    expect(status.description.length).toBeLessThanOrEqual(200);
    expect(status.incidents[0]?.name.length).toBeLessThanOrEqual(200);
  });
});
