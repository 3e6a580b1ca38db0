import { describe, expect, it } from 'vitest';
import { parseMacosRouteGet } from '../../../../src/core/network/route/parse-macos-route-get.ts';
import { commandFixture } from '../system/command-fixture.ts';

describe('parseMacosRouteGet', () => {
  it('reads the router and interface of the default route', () => {
    expect(parseMacosRouteGet(commandFixture('macos/route-get-default-wifi.txt'))).toEqual({ kind: 'route', gateway: '192.168.1.1', interfaceName: 'en0' });
    expect(parseMacosRouteGet(commandFixture('macos/route-get-inet6-default.txt'))).toEqual({ kind: 'route', gateway: 'fe80::1%en0', interfaceName: 'en0' });
  });

  it('reads a VPN default route that has no router', () => {
    expect(parseMacosRouteGet(commandFixture('macos/route-get-default-vpn-utun.txt'))).toEqual({ kind: 'route', interfaceName: 'utun5' });
  });

  it('tells "no default route" apart from output it cannot read', () => {
    expect(parseMacosRouteGet(commandFixture('macos/route-get-default-not-in-table.txt'))).toEqual({ kind: 'no-route' });
    expect(parseMacosRouteGet('')).toEqual({ kind: 'unreadable' });
    expect(parseMacosRouteGet('route: illegal option -- x')).toEqual({ kind: 'unreadable' });
  });
});
