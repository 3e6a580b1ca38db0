import type { MonitorSettings } from '../monitor-settings.ts';
import { DEFAULT_SCHEDULER_SETTINGS } from './scheduler-settings.ts';
import type { SchedulerSettings } from './scheduler-settings.ts';

/**
 * The scheduler's settings taken from the monitor's settings where they
 * overlap; the scheduler-only ones (stagger windows, Retry-After cap,
 * failed-probe check gap, recovery look, floors) from `overrides`, then
 * from {@link DEFAULT_SCHEDULER_SETTINGS}.
 */
export function schedulerSettingsFrom(monitor: MonitorSettings, overrides: Partial<SchedulerSettings> = {}): SchedulerSettings {
  const { probe, statusPage, network } = monitor;
  return {
    ...DEFAULT_SCHEDULER_SETTINGS,
    probeIntervalMs: probe.intervalMs,
    probeJitterRatio: probe.jitterRatio,
    confirmationOffsetsMs: probe.confirmationOffsetsMs,
    outageIntervalMs: probe.outageIntervalMs,
    outageBackoffFactor: probe.outageBackoffFactor,
    outageMaxIntervalMs: probe.outageMaxIntervalMs,
    statusPageIntervalMs: statusPage.intervalMs,
    statusPageJitterRatio: statusPage.jitterRatio,
    statusPageErrorBaseMs: statusPage.intervalMs,
    statusPageErrorFactor: statusPage.errorBackoffFactor,
    statusPageErrorMaxMs: statusPage.errorBackoffMaxMs,
    networkCheckIntervalMs: network.intervalMs,
    resumeSettleMs: network.resumeSettleMs,
    ...overrides,
  };
}
