import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/core/status-page/feed-reader.ts';
import { htmlToText, updateLabels } from '../../../src/core/status-page/feed-html-text.ts';
import { fixtureText } from './read-fixture.ts';

/** A Statuspage-style Atom entry; synthetic, written like GitHub's history.atom. */
function atomEntry(id: string, title: string, updated: string, labels: string[]): string {
  const updates = labels.map((label) => `&lt;p&gt;&lt;small&gt;Oct 3&lt;/small&gt;&lt;br&gt;&lt;strong&gt;${label}&lt;/strong&gt; - text&lt;/p&gt;`).join('');
  return `<entry><id>${id}</id><updated>${updated}</updated><link rel="alternate" type="text/html" href="https://status.example.test/incidents/${id}"/><title>${title}</title><content type="html">${updates}</content></entry>`;
}

function atom(...entries: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>${entries.join('')}</feed>`;
}

describe('RSS / Atom history feeds', () => {
  it('sees an open incident in a real Azure feed that lists one unresolved item', () => {
    const result = parseFeed(fixtureText('feeds/azure-west-us-active.xml'), new Date('2026-07-23T17:00:00Z'));
    expect(result).toMatchObject({
      ok: true,
      value: {
        provider: 'rss',
        indicator: 'minor',
        incidents: [{ id: 'issues-connecting-to-resources-in-west-us', name: 'Issues connecting to resources in West US', status: 'unknown', impact: 'minor', updatedAt: '2026-07-23T16:29:09.000Z' }],
      },
    });
  });

  it('is all clear on a real empty Azure feed', () => {
    expect(parseFeed(fixtureText('feeds/azure-empty.xml'), new Date('2026-08-01T23:10:00Z'))).toMatchObject({ ok: true, value: { indicator: 'none', incidents: [] } });
  });

  it('treats a real GitHub history.atom whose newest updates say Resolved as all clear', () => {
    const result = parseFeed(fixtureText('feeds/github-history-trimmed.atom'), new Date('2025-10-03T04:00:00Z'));
    expect(result).toMatchObject({ ok: true, value: { indicator: 'none', incidents: [], maintenances: [] } });
  });

  it('does not call an old unresolved item open: the Azure item a day and a half later is history', () => {
    const result = parseFeed(fixtureText('feeds/azure-west-us-active.xml'), new Date('2026-07-25T04:30:00Z'));
    expect(result).toMatchObject({ ok: true, value: { indicator: 'none', incidents: [] } });
  });

  it('reads the newest label of each entry (synthetic Statuspage-style entries)', () => {
    const now = new Date('2026-10-03T12:00:00Z');
    const result = parseFeed(
      atom(
        atomEntry('a', 'Incident with Copilot', '2026-10-03T11:00:00Z', ['Identified', 'Investigating']),
        atomEntry('b', 'Old news', '2026-10-03T10:00:00Z', ['Resolved', 'Investigating']),
        atomEntry('c', 'Database upgrade', '2026-10-03T09:00:00Z', ['In progress', 'Scheduled']),
        atomEntry('d', 'Done upgrade', '2026-10-03T08:00:00Z', ['Completed', 'In progress']),
        atomEntry('e', 'Stale', '2026-09-30T08:00:00Z', ['Investigating']),
      ),
      now,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.incidents.map((i) => [i.name, i.status])).toEqual([['Incident with Copilot', 'identified']]);
    expect(result.value.incidents[0]?.url).toBe('https://status.example.test/incidents/a');
    expect(result.value.maintenances.map((m) => [m.name, m.status])).toEqual([['Database upgrade', 'in_progress']]);
    expect(result.value.indicator).toBe('minor');
  });

  it('rejects XML that is not a feed, and HTML', () => {
    expect(parseFeed('<?xml version="1.0"?><html><body/></html>', new Date()).ok).toBe(false);
    expect(parseFeed('<!DOCTYPE html><html><body>Bad gateway</body></html>', new Date())).toMatchObject({ ok: false });
  });

  it('turns entry HTML into text and finds update labels', () => {
    expect(htmlToText('<p>One &amp; two</p><p>three<br/>four</p>')).toBe('One & two\nthree\nfour');
    expect(updateLabels('<strong>Monitoring</strong> - a <strong>Investigating</strong> - b')).toEqual(['Monitoring', 'Investigating']);
    const started = performance.now();
    htmlToText('<'.repeat(500_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
