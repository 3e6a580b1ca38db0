import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITOR_SETTINGS } from '../../../../src/core/monitor/monitor-settings.ts';
import { DEFAULT_SCHEDULER_SETTINGS } from '../../../../src/core/monitor/scheduler/scheduler-settings.ts';
import { schedulerSettingsFrom } from '../../../../src/core/monitor/scheduler/scheduler-settings-from-monitor.ts';

describe('schedulerSettingsFrom', () => {
  it("gives the scheduler's own defaults for the monitor's defaults: one set of DESIGN.md numbers, not two", () => {
    expect(schedulerSettingsFrom(DEFAULT_MONITOR_SETTINGS)).toEqual(DEFAULT_SCHEDULER_SETTINGS);
  });

  it('follows a user who changes the monitor settings, and lets scheduler-only settings be overridden', () => {
    const monitor = {
      ...DEFAULT_MONITOR_SETTINGS,
      probe: { ...DEFAULT_MONITOR_SETTINGS.probe, intervalMs: 30_000, outageBackoffFactor: 2 },
      statusPage: { ...DEFAULT_MONITOR_SETTINGS.statusPage, intervalMs: 300_000 },
      network: { ...DEFAULT_MONITOR_SETTINGS.network, resumeSettleMs: 8_000 },
    };
    expect(schedulerSettingsFrom(monitor, { resumeStaggerMs: 1_000 })).toMatchObject({
      probeIntervalMs: 30_000,
      outageBackoffFactor: 2,
      statusPageIntervalMs: 300_000,
      statusPageErrorBaseMs: 300_000,
      resumeSettleMs: 8_000,
      resumeStaggerMs: 1_000,
    });
  });
});
