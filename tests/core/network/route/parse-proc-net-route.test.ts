import { describe, expect, it } from 'vitest';
import { parseProcNetRoute } from '../../../../src/core/network/route/parse-proc-net-route.ts';
import { commandFixture } from '../system/command-fixture.ts';

describe('parseProcNetRoute', () => {
  it('decodes the little-endian hex of /proc/net/route', () => {
    expect(parseProcNetRoute(commandFixture('linux/proc-net-route-two-defaults.txt'))).toEqual([
      { interfaceName: 'eth0', destination: '0.0.0.0', gateway: '198.51.100.1', mask: '0.0.0.0', metric: 100, up: true },
      { interfaceName: 'wlan0', destination: '0.0.0.0', gateway: '203.0.113.1', mask: '0.0.0.0', metric: 600, up: true },
      { interfaceName: 'eth0', destination: '198.51.100.0', mask: '255.255.255.0', metric: 0, up: true },
      { interfaceName: 'wlan0', destination: '203.0.113.0', mask: '255.255.255.0', metric: 0, up: true },
    ]);
  });

  it('reads a table with nothing in it (the header only)', () => {
    expect(parseProcNetRoute(commandFixture('linux/proc-net-route-no-default.txt'))).toEqual([]);
    expect(parseProcNetRoute('')).toEqual([]);
  });
});
