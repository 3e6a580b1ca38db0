import { describe, expect, it } from 'vitest';
import { parseGetNetRouteJson } from '../../../../src/core/network/route/parse-get-net-route-json.ts';
import { commandFixture } from '../system/command-fixture.ts';

describe('parseGetNetRouteJson', () => {
  it('sums RouteMetric and InterfaceMetric of every default route', () => {
    expect(parseGetNetRouteJson(commandFixture('windows/get-netroute-two-defaults.json'))).toEqual([
      { family: 4, nextHop: '192.168.1.1', metric: 50, interfaceAlias: 'Wi-Fi', interfaceIndex: 12 },
      { family: 4, nextHop: '192.168.178.1', metric: 25, interfaceAlias: 'Ethernet', interfaceIndex: 7 },
      { family: 6, nextHop: 'fe80::1', metric: 281, interfaceAlias: 'Ethernet', interfaceIndex: 7 },
    ]);
  });

  it('reads the single object ConvertTo-Json prints for one route, after a byte-order mark', () => {
    expect(parseGetNetRouteJson(commandFixture('windows/get-netroute-single.json'))).toEqual([
      { family: 4, nextHop: '192.168.8.1', metric: 35, interfaceAlias: 'WLAN', interfaceIndex: 8 },
    ]);
  });

  it('reads empty output as "no default route" and an on-link next hop as no router', () => {
    expect(parseGetNetRouteJson('')).toEqual([]);
    expect(parseGetNetRouteJson('{"DestinationPrefix":"0.0.0.0/0","NextHop":"0.0.0.0","RouteMetric":0,"InterfaceMetric":5,"InterfaceAlias":"WireGuard","ifIndex":30}')).toEqual([
      { family: 4, metric: 5, interfaceAlias: 'WireGuard', interfaceIndex: 30 },
    ]);
  });

  it('refuses what is not its JSON', () => {
    expect(parseGetNetRouteJson("Get-NetRoute : The term 'Get-NetRoute' is not recognized")).toBeUndefined();
    expect(parseGetNetRouteJson('[1, 2]')).toBeUndefined();
  });
});
