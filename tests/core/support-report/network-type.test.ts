import { describe, expect, it } from 'vitest';
import type { RouteEvidence } from '../../../src/core/network/network-evidence.ts';
import { networkTypeOf } from '../../../src/core/support-report/network-type.ts';

const route = (interfaceName: string | undefined, routesThroughTunnel = false): RouteEvidence => ({
  completed: true,
  interfaceUp: true,
  ...(interfaceName !== undefined ? { defaultRoute: { family: 4, interfaceName } } : {}),
  tunnelInterfaces: routesThroughTunnel && interfaceName ? [interfaceName] : [],
  routesThroughTunnel,
});

describe('networkTypeOf', () => {
  it.each([
    ['wlan0', 'wifi'],
    ['wlp0s20f3', 'wifi'],
    ['Wi-Fi', 'wifi'],
    ['WLAN', 'wifi'],
    ['무선 네트워크 연결', 'wifi'],
    ['eth0', 'ethernet'],
    ['enp3s0', 'ethernet'],
    ['Ethernet 2', 'ethernet'],
    ['이더넷', 'ethernet'],
    ['wwan0', 'cellular'],
    ['Cellular', 'cellular'],
  ] as const)('reads %s as %s', (name, type) => {
    expect(networkTypeOf(route(name))).toBe(type);
  });

  it('says VPN when the default route goes through a tunnel', () => {
    expect(networkTypeOf(route('wg0', true))).toBe('vpn');
  });

  it('does not guess when the name does not say (macOS en0, no route, unfinished check)', () => {
    expect(networkTypeOf(route('en0'))).toBeUndefined();
    expect(networkTypeOf(route(undefined))).toBeUndefined();
    expect(networkTypeOf({ ...route('wlan0'), completed: false })).toBeUndefined();
    expect(networkTypeOf(undefined)).toBeUndefined();
  });
});
