import { describe, expect, it } from 'vitest';
import type { OfficialStatus } from '../../../src/core/status-page/official-status.ts';
import { selectComponents, selectComponentsWithReport } from '../../../src/core/status-page/select-components.ts';
import { parseStatuspageSummary } from '../../../src/core/status-page/statuspage-reader.ts';
import { fixtureJson } from './read-fixture.ts';

function page(path: string, provider: 'statuspage' | 'incidentio' = 'statuspage'): OfficialStatus {
  const result = parseStatuspageSummary(fixtureJson(path), provider);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('selecting the components that are one service', () => {
  it('shows Copilot as operational while another GitHub component is down (real payload)', () => {
    const github = page('statuspage/github-pull-requests-major-outage.json');
    const copilot = selectComponents(github, ['copilot']);
    expect(copilot).toEqual({
      provider: 'statuspage',
      indicator: 'none',
      description: 'Operational',
      components: [{ id: 'pjmpxvq2cmr2', name: 'Copilot', status: 'operational' }],
      incidents: [],
      maintenances: [],
    });
  });

  it('keeps the outage and its incident for the component that is down', () => {
    const github = page('statuspage/github-pull-requests-major-outage.json');
    const pulls = selectComponents(github, ['Pull Requests']);
    expect(pulls.indicator).toBe('critical');
    expect(pulls.description).toBe('Pull Requests: Major Outage');
    expect(pulls.incidents.map((i) => i.name)).toEqual(['Incident with Pull Requests']);
  });

  it('selects a whole group by its name, and keeps only the maintenances of its members', () => {
    const cloudflare = page('statuspage/cloudflare-groups-workers-outage-trimmed.json');
    const services = selectComponents(cloudflare, ['cloudflare sites and services']);
    expect(services.components.map((c) => c.name)).toEqual(['Abuse Reports', 'Access', 'Workers']);
    expect(services.indicator).toBe('critical');
    expect(services.incidents).toHaveLength(1);
    expect(services.maintenances).toEqual([]);
  });

  it('counts an incident attached to no component as page-wide', () => {
    const status: OfficialStatus = {
      provider: 'statuspage',
      indicator: 'major',
      description: 'Partial System Outage',
      components: [
        { name: 'Copilot', status: 'operational' },
        { name: 'Actions', status: 'operational' },
      ],
      incidents: [
        { id: '1', name: 'Incident With Blocked GitHub.com Traffic', status: 'investigating', impact: 'major', components: [] },
        { id: '2', name: 'Actions delays', status: 'investigating', impact: 'critical', components: ['Actions'] },
      ],
      maintenances: [],
    };
    const copilot = selectComponents(status, ['Copilot']);
    expect(copilot.incidents.map((i) => i.id)).toEqual(['1']);
    expect(copilot.indicator).toBe('major');
    expect(copilot.description).toBe('Incident With Blocked GitHub.com Traffic');
  });

  it('keeps incidents of a page that never names components for reading, without letting them raise the indicator (real incident.io payload)', () => {
    const openai = page('incidentio/openai-workspace-agent-incident.json', 'incidentio');
    const chat = selectComponents(openai, ['Conversations', 'Login']);
    // Both components named "Login" on this page are selected.
    expect(chat.components.map((c) => c.name)).toEqual(['Login', 'Login', 'Conversations']);
    expect(chat.incidents.map((i) => i.name)).toEqual(['Elevated errors for Workspace Agent']);
    expect(chat.indicator).toBe('none');
  });

  it('warns when a configured name is not on the page, and keeps the whole page when nothing matches', () => {
    const github = page('statuspage/github-pull-requests-major-outage.json');
    const renamed = selectComponentsWithReport(github, ['GitHub Copilot']);
    expect(renamed.unmatched).toEqual(['GitHub Copilot']);
    expect(renamed.warning).toBe('the status page lists no component named "GitHub Copilot"; showing the whole page instead');
    expect(renamed.status).toBe(github);

    const partly = selectComponentsWithReport(github, ['Copilot', 'Copilot Chat']);
    expect(partly.matched).toEqual(['Copilot']);
    expect(partly.unmatched).toEqual(['Copilot Chat']);
    expect(partly.warning).toBe('the status page lists no component named "Copilot Chat"');
    expect(partly.status.components.map((c) => c.name)).toEqual(['Copilot']);
  });

  it('leaves the page alone when no names are given', () => {
    const github = page('statuspage/github-pull-requests-major-outage.json');
    expect(selectComponentsWithReport(github, [' ', ''])).toEqual({ status: github, matched: [], unmatched: [] });
  });

  it('reports maintenance for a selected component under an in-progress window', () => {
    const status: OfficialStatus = {
      provider: 'statuspage',
      indicator: 'maintenance',
      description: 'Under Maintenance',
      components: [{ name: 'API', status: 'under_maintenance' }],
      incidents: [],
      maintenances: [{ id: 'm', name: 'Upgrade', status: 'in_progress', components: ['API'] }],
    };
    expect(selectComponents(status, ['api'])).toMatchObject({ indicator: 'maintenance', description: 'API: Under Maintenance' });
  });
});
