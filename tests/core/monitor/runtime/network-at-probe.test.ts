import { describe, expect, it } from 'vitest';
import { networkAtProbe } from '../../../../src/core/monitor/runtime/network-at-probe.ts';

const check = (startedAt: number, state: 'ok' | 'internet-down' | 'unknown', pathProven: boolean) => ({ startedAt, decision: { state, pathProven } });

describe('networkAtProbe', () => {
  it('vouches for the path only with a proof gathered since the failures began', () => {
    expect(networkAtProbe(check(100, 'ok', true), 100)).toBe('healthy');
    // An older proof cannot tell a local drop from an outage.
    expect(networkAtProbe(check(99, 'ok', true), 100)).toBe('unknown');
    expect(networkAtProbe(check(200, 'unknown', false), 100)).toBe('unknown');
    expect(networkAtProbe(undefined, 100)).toBe('unknown');
  });

  it('passes on a local problem whatever its age', () => {
    expect(networkAtProbe(check(0, 'internet-down', false), 100)).toBe('problem');
  });
});
