import { describe, expect, it } from 'vitest';
import { parseGoogleIncidents } from '../../../src/core/status-page/google-incidents-reader.ts';
import { fixtureJson } from './read-fixture.ts';

const CLOUD = 'https://status.cloud.google.com/incidents.json';
const WORKSPACE = 'https://www.google.com/appsstatus/dashboard/incidents.json';

describe("Google's incidents.json", () => {
  it('is all clear when every incident in the history has ended (real Google Cloud payload)', () => {
    const result = parseGoogleIncidents(fixtureJson('google/cloud-us-central1-resolved-trimmed.json'), CLOUD);
    expect(result).toEqual({
      ok: true,
      value: { provider: 'google', indicator: 'none', description: 'No ongoing incidents', components: [], incidents: [], maintenances: [] },
    });
  });

  it('reads ongoing incidents (no end, or an empty end) with impact from status_impact and products as components', () => {
    const result = parseGoogleIncidents(fixtureJson('google/synthetic-workspace-gemini-ongoing.json'), WORKSPACE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const status = result.value;
    expect(status.indicator).toBe('critical');
    expect(status.incidents.map((i) => [i.name, i.impact, i.status])).toEqual([
      ['Some users are unable to get responses from Gemini', 'critical', 'investigating'],
      ['Delayed delivery of some Gmail messages', 'major', 'monitoring'],
    ]);
    expect(status.incidents[0]?.url).toBe('https://www.google.com/appsstatus/dashboard/incidents/synthGeminiOngoing01');
    expect(status.components).toEqual([
      { name: 'Gemini', status: 'major_outage' },
      { name: 'Gmail', status: 'partial_outage' },
    ]);
  });

  it('falls back to severity when status_impact is missing or new', () => {
    const base = { begin: '2026-10-06T12:00:00+00:00', external_desc: 'x', affected_products: [] };
    const result = parseGoogleIncidents(
      [
        { ...base, id: 'a', severity: 'high' },
        { ...base, id: 'b', severity: 'low', status_impact: 'SERVICE_SOMETHING_NEW' },
        { ...base, id: 'c' },
      ],
      CLOUD,
    );
    expect(result.ok && result.value.incidents.map((i) => i.impact)).toEqual(['critical', 'minor', 'minor']);
  });

  it('rejects what is not a Google incident list', () => {
    expect(parseGoogleIncidents({ incidents: [] }, CLOUD).ok).toBe(false);
    expect(parseGoogleIncidents([{ name: 'not google' }], CLOUD).ok).toBe(false);
    expect(parseGoogleIncidents('[]', CLOUD).ok).toBe(false);
  });

  it('accepts a quiet feed: an empty list', () => {
    expect(parseGoogleIncidents([], CLOUD)).toMatchObject({ ok: true, value: { indicator: 'none', incidents: [] } });
  });
});
