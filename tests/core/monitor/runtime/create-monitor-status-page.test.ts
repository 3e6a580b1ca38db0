import { describe, expect, it } from 'vitest';
import type { OfficialStatus } from '../../../../src/core/status-page/official-status.ts';
import type { StatusPageReading } from '../../../../src/core/status-page/status-page-reading.ts';
import { startWorld, WORLD_START } from './monitor-world.ts';

const MINUTE = 60_000;

function reading(status: OfficialStatus, at: number): StatusPageReading {
  return {
    ok: true,
    provider: 'statuspage',
    status,
    sourceUrl: 'https://status.chat.test/api/v2/summary.json',
    notModified: false,
    cache: { provider: 'statuspage', sourceUrl: 'https://status.chat.test/api/v2/summary.json', status, validators: [], fetchedAt: new Date(WORLD_START + at).toISOString() },
  };
}

const calm: OfficialStatus = { provider: 'statuspage', indicator: 'none', description: 'All Systems Operational', components: [], incidents: [], maintenances: [] };
const burning: OfficialStatus = {
  ...calm,
  indicator: 'major',
  description: 'Major outage',
  incidents: [{ id: 'inc-1', name: 'Elevated errors', status: 'investigating', impact: 'major' }],
};

describe('createMonitor with a status page', () => {
  it('reports the incident the page posts during an outage the probes found, with the page’s lag, and folds it into the outage alert', async () => {
    const onset = 30 * MINUTE;
    const posted = onset + 12 * MINUTE;
    const end = onset + 40 * MINUTE;
    const world = startWorld({
      outcomeAt: (t) => (t >= onset && t < end ? 'http-5xx' : 'ok'),
      statusPageAt: (t) => reading(t >= posted && t < end ? burning : calm, t),
    });
    await world.clock.advanceBy(2 * 60 * MINUTE);
    await world.monitor.stop();

    const incidents = world.events.filter((event) => event.type === 'incident');
    expect(incidents.map((event) => event.change)).toEqual(['opened', 'resolved']);
    const opened = incidents[0]!;
    // Found by the probes about a minute after the onset, posted 12 minutes after it; polled every 2 minutes.
    expect(opened.statusPageLagMs).toBeGreaterThan(9 * MINUTE);
    expect(opened.statusPageLagMs).toBeLessThan(15 * MINUTE);
    const kinds = world.events.flatMap((event) => (event.type === 'notification' ? [event.notification.kind] : []));
    expect(kinds).toEqual(['outage', 'recovered']);
  });

  it('warns once when the page cannot be read, and says when it can again', async () => {
    const world = startWorld({
      outcomeAt: () => 'ok',
      statusPageAt: (t) =>
        t >= 20 * MINUTE && t < 40 * MINUTE
          ? { ok: false, sourceUrl: 'https://status.chat.test', problem: { kind: 'http-error', message: 'the status page answered HTTP 503' } }
          : reading(calm, t),
    });
    await world.clock.advanceBy(90 * MINUTE);
    await world.monitor.stop();
    const warnings = world.events.flatMap((event) => (event.type === 'warning' ? [event.code] : []));
    expect(warnings).toEqual(['status-page-unreadable', 'status-page-readable']);
  });
});
