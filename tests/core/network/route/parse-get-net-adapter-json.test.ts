import { describe, expect, it } from 'vitest';
import { parseGetNetAdapterJson } from '../../../../src/core/network/route/parse-get-net-adapter-json.ts';
import { commandFixture } from '../system/command-fixture.ts';

describe('parseGetNetAdapterJson', () => {
  it('reads adapters with their descriptions and whether they are up', () => {
    expect(parseGetNetAdapterJson(commandFixture('windows/get-netadapter-vpn-compressed.json'))).toEqual([
      { name: 'happ-tun', description: 'sing-tun Tunnel', up: true, interfaceIndex: 10 },
      { name: 'Ethernet', description: 'Intel(R) Ethernet Connection (7) I219-V', up: true, interfaceIndex: 2 },
      { name: 'Ethernet 2', description: 'TAP-Windows Adapter V9', up: false, interfaceIndex: 15 },
      { name: 'WLAN', description: 'Intel(R) Wi-Fi 6 AX201 160MHz', up: false, interfaceIndex: 9 },
    ]);
  });
});
