import { describe, expect, it } from 'vitest';
import type { ConfigError} from '../../../src/core/config/load-config.ts';
import { parseConfig } from '../../../src/core/config/load-config.ts';
import { DEFAULT_HISTORY_SETTINGS } from '../../../src/core/history/history-settings.ts';
import { DEFAULT_MONITOR_SETTINGS } from '../../../src/core/monitor/monitor-settings.ts';

function problems(input: unknown) {
  try {
    parseConfig(input, 'c.json');
  } catch (error) {
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('the monitor and history sections', () => {
  it('default to the monitoring policy of DESIGN.md, field for field', () => {
    const config = parseConfig({});
    expect(config.monitor).toEqual(DEFAULT_MONITOR_SETTINGS);
    expect(config.history).toEqual({ retentionDays: DEFAULT_HISTORY_SETTINGS.retentionDays, maxBytes: DEFAULT_HISTORY_SETTINGS.maxBytes });
  });

  it('take any one setting and keep the defaults around it', () => {
    const config = parseConfig({ monitor: { probe: { intervalMs: 30_000 }, notifications: { quietHours: { enabled: true } } } });
    expect(config.monitor.probe).toEqual({ ...DEFAULT_MONITOR_SETTINGS.probe, intervalMs: 30_000 });
    expect(config.monitor.notifications.quietHours).toEqual({ enabled: true, start: '22:00', end: '07:00' });
  });

  it('take flap damping settings, or null to turn it off', () => {
    expect(parseConfig({ monitor: { notifications: { flapping: { outagesToFlag: 4 } } } }).monitor.notifications.flapping).toEqual({
      ...DEFAULT_MONITOR_SETTINGS.notifications.flapping,
      outagesToFlag: 4,
    });
    expect(parseConfig({ monitor: { notifications: { flapping: null } } }).monitor.notifications.flapping).toBeNull();
  });

  it.each([
    [{ monitor: { notifications: { flapping: { outagesToFlag: 1 } } } }, 'monitor.notifications.flapping.outagesToFlag', /at least 2/],
    [{ monitor: { notifications: { flapping: { stableForMs: 1000 } } } }, 'monitor.notifications.flapping.stableForMs', /at least 60000 ms/],
    [{ monitor: { probe: { intervalMs: 1000 } } }, 'monitor.probe.intervalMs', /at least 5000 ms/],
    [{ monitor: { probe: { interval: 60_000 } } }, 'monitor.probe.interval', /unknown key/],
    [{ monitor: { probe: { outageIntervalMs: 60_000, outageMaxIntervalMs: 30_000 } } }, 'monitor.probe.outageMaxIntervalMs', /at least outageIntervalMs/],
    [{ monitor: { probe: { confirmationOffsetsMs: [10_000, 5_000] } } }, 'monitor.probe.confirmationOffsetsMs', /increasing order/],
    [{ monitor: { notifications: { quietHours: { start: '10pm' } } } }, 'monitor.notifications.quietHours.start', /HH:MM/],
    [{ monitor: { notifications: { notifyDegraded: 'yes' } } }, 'monitor.notifications.notifyDegraded', /true or false/],
    [{ history: { retentionDays: 0 } }, 'history.retentionDays', /at least 1/],
  ])('rejects %j, naming the field', (input, path, message) => {
    const found = problems(input).find((p) => p.path === path);
    expect(found, JSON.stringify(problems(input))).toBeDefined();
    expect(found?.message).toMatch(message);
  });
});
