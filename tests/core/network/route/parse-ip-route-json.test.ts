import { describe, expect, it } from 'vitest';
import { isDefaultDestination, parseIpRouteJson } from '../../../../src/core/network/route/parse-ip-route-json.ts';
import { commandFixture } from '../system/command-fixture.ts';

describe('parseIpRouteJson', () => {
  it('reads both default routes with their metrics', () => {
    const routes = parseIpRouteJson(commandFixture('linux/ip-route-two-defaults.json'), 4) ?? [];
    const defaults = routes.filter((route) => isDefaultDestination(route.dst));
    expect(defaults).toEqual([
      { dst: 'default', family: 4, gateway: '198.51.100.1', dev: 'eth0', metric: 100, type: 'unicast', linkDown: false },
      { dst: 'default', family: 4, gateway: '203.0.113.1', dev: 'wlan0', metric: 600, type: 'unicast', linkDown: false },
    ]);
    expect(routes).toHaveLength(4);
  });

  it('gives a link-local IPv6 router its interface, without which it cannot be reached', () => {
    const routes = parseIpRouteJson(commandFixture('linux/ip-6-route-link-local-gateway.json'), 6) ?? [];
    expect(routes.find((route) => route.dst === 'default')).toMatchObject({ gateway: 'fe80::1%eth0', dev: 'eth0', metric: 1024, family: 6 });
  });

  it('keeps the table of a policy-routing default (WireGuard) and marks local-table routes', () => {
    const routes = parseIpRouteJson(commandFixture('linux/ip-route-table-all-wireguard.json'), 4) ?? [];
    expect(routes.find((route) => route.dev === 'wg0' && route.dst === 'default')).toMatchObject({ table: '51820' });
    expect(routes.filter((route) => route.dst === 'default' && route.table === undefined).map((route) => route.dev)).toEqual(['eth0', 'wlan0']);
    expect(routes.find((route) => route.dst === '127.0.0.1')).toMatchObject({ table: 'local', type: 'local' });
  });

  it('reads `ip route get` answers the same way', () => {
    expect(parseIpRouteJson(commandFixture('linux/ip-route-get-wireguard.json'), 4)).toEqual([
      { dst: '198.18.200.7', family: 4, dev: 'wg0', metric: 0, table: '51820', type: 'unicast', linkDown: false },
    ]);
    expect(parseIpRouteJson(commandFixture('linux/ip-route-get-openvpn.json'), 4)?.[0]).toMatchObject({ gateway: '198.18.0.1', dev: 'tun0' });
  });

  it('marks a route whose cable is out as linkdown', () => {
    const routes = parseIpRouteJson(commandFixture('linux/ip-route-static-cable-out.json'), 4) ?? [];
    expect(routes[0]).toMatchObject({ dst: 'default', gateway: '198.51.100.1', linkDown: true });
  });

  it('takes the first hop of a multipath route and the host of an RFC 5549 `via`', () => {
    // Composed from ip-route(8)'s JSON field names (nexthops, via.host): no recording had them.
    const text = JSON.stringify([
      { dst: 'default', protocol: 'dhcp', metric: 100, flags: [], nexthops: [{ gateway: '198.51.100.1', dev: 'eth0', weight: 1, flags: [] }, { gateway: '203.0.113.1', dev: 'wlan0', weight: 1, flags: [] }] },
      { dst: 'default', via: { family: 'inet6', host: 'fe80::f0c8:c6ff:fe66:5eed' }, dev: 'veth2', flags: [] },
    ]);
    const routes = parseIpRouteJson(text, 4) ?? [];
    expect(routes[0]).toMatchObject({ gateway: '198.51.100.1', dev: 'eth0' });
    expect(routes[1]).toMatchObject({ gateway: 'fe80::f0c8:c6ff:fe66:5eed%veth2', dev: 'veth2' });
  });

  it('refuses what an iproute2 too old for JSON prints', () => {
    expect(parseIpRouteJson('Option "-j" is unknown, try "ip -help".', 4)).toBeUndefined();
    expect(parseIpRouteJson('default via 192.168.1.1 dev eth0 proto dhcp metric 100', 4)).toBeUndefined();
    expect(parseIpRouteJson('{"dst":"default"}', 4)).toBeUndefined();
    expect(parseIpRouteJson(commandFixture('linux/ip-route-empty.json'), 4)).toEqual([]);
  });
});
