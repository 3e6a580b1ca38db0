import { describe, expect, it } from 'vitest';
import { parseIpAddrJson } from '../../../../src/core/network/route/parse-ip-addr-json.ts';
import { commandFixture } from '../system/command-fixture.ts';

describe('parseIpAddrJson', () => {
  it('reads which interfaces are up with a global address, and tunnel kinds', () => {
    const interfaces = parseIpAddrJson(commandFixture('linux/ip-addr-with-tunnels.json')) ?? [];
    expect(interfaces.map((iface) => [iface.name, iface.up, iface.hasGlobalAddress, iface.kind, iface.linkType])).toEqual([
      ['lo', true, false, undefined, 'loopback'],
      ['eth0', true, true, 'veth', 'ether'],
      ['wlan0', true, true, 'veth', 'ether'],
      ['tun0', true, true, 'tun', 'none'],
      ['wg0', true, true, 'tun', 'none'],
    ]);
    expect(interfaces[0]?.loopback).toBe(true);
  });

  it('sees an unplugged cable: the interface is up but has no carrier and no address', () => {
    const eth0 = parseIpAddrJson(commandFixture('linux/ip-addr-cable-out.json'))?.find((iface) => iface.name === 'eth0');
    expect(eth0).toMatchObject({ up: false, hasGlobalAddress: false, loopback: false });
  });

  it('refuses text that is not ip JSON', () => {
    expect(parseIpAddrJson('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536')).toBeUndefined();
  });
});
