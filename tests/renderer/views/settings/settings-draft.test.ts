import { describe, expect, it } from 'vitest';
import { parseAppSettings } from '../../../../src/core/desktop/app-settings.ts';
import { draftOf, emptyService, settingsOf } from '../../../../src/renderer/views/settings/settings-draft.ts';

const saved = parseAppSettings({
  customServices: [
    {
      id: 'my-api',
      name: 'My API',
      probes: [{ url: 'https://api.example.test/health' }, { url: 'https://api.example.test/v2', method: 'GET' }],
      statusPage: { provider: 'statuspage', url: 'https://status.example.test', components: ['API'] },
    },
  ],
  monitor: { probe: { intervalMs: 45_000 } },
});

describe('the settings form’s draft', () => {
  it('gives back exactly the saved settings when nothing was edited', () => {
    expect(parseAppSettings(settingsOf(draftOf(saved), saved))).toEqual(saved);
  });

  it('shows durations in seconds and saves them in milliseconds', () => {
    const draft = draftOf(saved);
    expect(draft.probeIntervalS).toBe('45');
    const next = parseAppSettings(settingsOf({ ...draft, probeIntervalS: '7.5', deadlineS: '4' }, saved));
    expect(next.monitor.probe.intervalMs).toBe(7500);
    expect(next.deadlineMs).toBe(4000);
  });

  it('keeps what the form does not edit: further probes and status-page components', () => {
    const draft = draftOf(saved);
    const [service] = draft.customServices;
    const next = parseAppSettings(settingsOf({ ...draft, customServices: [{ ...service!, name: 'Renamed' }] }, saved));
    expect(next.customServices[0]).toEqual({ ...saved.customServices[0], name: 'Renamed' });
  });

  it('sends what the user typed when it is not a number, so the schema can name the field', () => {
    const input = settingsOf({ ...draftOf(saved), probeIntervalS: 'soon', failuresToConfirm: 'three' }, saved) as { monitor: { probe: Record<string, unknown> } };
    expect(input.monitor.probe.intervalMs).toBe('soon');
    expect(input.monitor.probe.failuresToConfirm).toBe('three');
    expect(() => parseAppSettings(input)).toThrow(/monitor\.probe\.intervalMs/);
  });

  it('adds a new service with no status page unless one is given', () => {
    const draft = draftOf(saved);
    const added = { ...emptyService(), id: 'new-one', name: 'New one', url: 'https://new.example.test/' };
    const next = parseAppSettings(settingsOf({ ...draft, customServices: [...draft.customServices, added] }, saved));
    expect(next.customServices[1]).toEqual({ id: 'new-one', name: 'New one', probes: [{ url: 'https://new.example.test/', method: 'HEAD' }] });
  });
});
