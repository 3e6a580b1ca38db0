import { describe, expect, it } from 'vitest';
import { classifyDocument, looksLikeIncidentIo } from '../../../src/core/status-page/detect-provider.ts';
import {
  feedUrl,
  googleIncidentsUrl,
  instatusComponentsUrl,
  instatusSummaryUrl,
  statuspageSummaryUrl,
} from '../../../src/core/status-page/status-page-endpoints.ts';
import { fixtureJson, fixtureText } from './read-fixture.ts';

const SUMMARY = 'https://status.example.test/api/v2/summary.json';

describe('telling providers apart by the document', () => {
  it('tells real Statuspage summaries from real incident.io ones', () => {
    for (const path of ['statuspage/github-pull-requests-major-outage.json', 'statuspage/cloudflare-groups-workers-outage-trimmed.json', 'statuspage/bitbucket-all-operational-open-notice.json']) {
      expect(classifyDocument(fixtureText(path), SUMMARY).kind).toBe('statuspage');
    }
    for (const path of ['incidentio/openai-workspace-agent-incident.json', 'incidentio/openai-all-operational.json']) {
      expect(classifyDocument(fixtureText(path), SUMMARY).kind).toBe('incidentio');
    }
  });

  it('recognises incident.io without a page id by its missing maintenances and group flags', () => {
    expect(looksLikeIncidentIo({ status: { indicator: 'none' }, components: [{ name: 'A', status: 'operational' }] })).toBe(true);
    expect(looksLikeIncidentIo({ status: { indicator: 'none' }, components: [{ name: 'A', group: false }], scheduled_maintenances: [] })).toBe(false);
  });

  it('recognises Instatus summaries, Google incident lists and feeds', () => {
    expect(classifyDocument(fixtureText('instatus/perplexity-major-outage.json'), 'https://status.perplexity.com/summary.json').kind).toBe('instatus');
    expect(classifyDocument(fixtureText('google/cloud-us-central1-resolved-trimmed.json'), 'https://status.cloud.google.com/incidents.json').kind).toBe('google');
    expect(classifyDocument('[]', 'https://status.cloud.google.com/incidents.json').kind).toBe('google');
    expect(classifyDocument('[]', 'https://x.test/other.json').kind).toBe('unknown-json');
    expect(classifyDocument(fixtureText('feeds/github-history-trimmed.atom'), 'https://x.test/history.atom').kind).toBe('feed');
  });

  it('recognises HTML error pages, broken JSON and other text', () => {
    expect(classifyDocument('<!DOCTYPE html><html><body>502</body></html>', SUMMARY).kind).toBe('html');
    expect(classifyDocument('<h1>Oops</h1>', SUMMARY, 'text/html; charset=utf-8').kind).toBe('html');
    expect(classifyDocument('{"page": {"id": "x", "na', SUMMARY).kind).toBe('broken-json');
    expect(classifyDocument('OK', SUMMARY).kind).toBe('unknown');
    expect(classifyDocument(JSON.stringify(fixtureJson('instatus/synthetic-components.json')), SUMMARY).kind).toBe('unknown-json');
  });
});

describe('where each provider publishes', () => {
  it('builds document addresses from page addresses, and keeps addresses that already name a document', () => {
    expect(statuspageSummaryUrl('https://www.githubstatus.com')).toBe('https://www.githubstatus.com/api/v2/summary.json');
    expect(statuspageSummaryUrl('https://example.test/status/?x=1#top')).toBe('https://example.test/status/api/v2/summary.json');
    expect(statuspageSummaryUrl(SUMMARY)).toBe(SUMMARY);
    expect(instatusSummaryUrl('https://status.perplexity.com')).toBe('https://status.perplexity.com/summary.json');
    expect(instatusComponentsUrl('https://status.perplexity.com/summary.json')).toBe('https://status.perplexity.com/v2/components.json');
    expect(googleIncidentsUrl('https://status.cloud.google.com')).toBe('https://status.cloud.google.com/incidents.json');
    expect(googleIncidentsUrl('https://www.google.com/appsstatus/dashboard')).toBe('https://www.google.com/appsstatus/dashboard/incidents.json');
    expect(feedUrl('https://www.githubstatus.com')).toBe('https://www.githubstatus.com/history.rss');
    expect(feedUrl('https://www.githubstatus.com/history.atom')).toBe('https://www.githubstatus.com/history.atom');
  });
});
