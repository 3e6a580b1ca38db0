import { describe, expect, it } from 'vitest';
import { networkCheckDelay, shouldCheckNetworkAfterFailure } from '../../../../src/core/monitor/scheduler/network-check-timing.ts';
import { DEFAULT_SCHEDULER_SETTINGS as S } from '../../../../src/core/monitor/scheduler/scheduler-settings.ts';

describe('network check timing', () => {
  it('checks after a failed probe at most once per 30 s, never while a check runs', () => {
    expect(shouldCheckNetworkAfterFailure({ inFlight: false, lastStartedAt: undefined }, 1_000, S)).toBe(true);
    expect(shouldCheckNetworkAfterFailure({ inFlight: false, lastStartedAt: 0 }, 29_999, S)).toBe(false);
    expect(shouldCheckNetworkAfterFailure({ inFlight: false, lastStartedAt: 0 }, 30_000, S)).toBe(true);
    expect(shouldCheckNetworkAfterFailure({ inFlight: true, lastStartedAt: 0 }, 90_000, S)).toBe(false);
  });

  it('waits for the settle after a resume, 5 min for the periodic check, and nothing otherwise', () => {
    expect(networkCheckDelay('resume', S)).toBe(5_000);
    expect(networkCheckDelay('periodic', S)).toBe(300_000);
    for (const reason of ['start', 'online', 'offline', 'probe-failed'] as const) expect(networkCheckDelay(reason, S)).toBe(0);
  });
});
