import { describe, expect, it } from 'vitest';
import { parseIpNeighJson } from '../../../../src/core/network/gateway/parse-ip-neigh-json.ts';
import { commandFixture } from '../system/command-fixture.ts';

describe('parseIpNeighJson', () => {
  it('counts only REACHABLE entries with a MAC as alive, not STALE, FAILED or INCOMPLETE', () => {
    const entries = parseIpNeighJson(commandFixture('linux/ip-neigh.json')) ?? [];
    expect(Object.fromEntries(entries.map((entry) => [entry.address, [entry.interfaceName, entry.alive]]))).toEqual({
      '198.51.100.9': ['eth0', false],
      '203.0.113.1': ['wlan0', false],
      '203.0.113.8': ['wlan0', false],
      '198.51.100.1': ['eth0', true],
      'fe80::1': ['eth0', true],
    });
    expect(entries.find((entry) => entry.address === '198.51.100.1')?.mac).toBe('02:00:5e:10:00:01');
  });

  it('counts neither DELAY nor PROBE (unconfirmed) nor a static PERMANENT entry as alive', () => {
    // Composed: DELAY lasts seconds and PERMANENT is set by hand, so the recording has neither.
    // A router that died a minute ago still sits in the table as STALE or DELAY.
    const entry = (state: string) => parseIpNeighJson(`[{"dst":"192.0.2.1","dev":"eth0","lladdr":"02:00:00:00:00:01","state":["${state}"]}]`)?.[0]?.alive;
    expect(entry('DELAY')).toBe(false);
    expect(entry('REACHABLE')).toBe(true);
    expect(entry('PROBE')).toBe(false);
    expect(entry('PERMANENT')).toBe(false);
  });

  it('refuses text that is not ip JSON', () => {
    expect(parseIpNeighJson('192.168.1.1 dev eth0 lladdr 00:11:22:33:44:55 REACHABLE')).toBeUndefined();
  });
});
