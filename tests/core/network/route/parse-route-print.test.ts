import { describe, expect, it } from 'vitest';
import { parseRoutePrint } from '../../../../src/core/network/route/parse-route-print.ts';
import { commandFixture } from '../system/command-fixture.ts';

const defaults = (text: string) => parseRoutePrint(text).ipv4.filter((row) => row.destination === '0.0.0.0' && row.netmask === '0.0.0.0');

describe('parseRoutePrint', () => {
  it('reads the English tables: interfaces, the IPv4 default, on-link rows, the IPv6 default', () => {
    const table = parseRoutePrint(commandFixture('windows/route-print-en.txt'));
    expect([...table.interfaces]).toEqual([
      [11, 'Microsoft Hyper-V Network Adapter'],
      [23, 'TAP-Windows Adapter V9'],
      [1, 'Software Loopback Interface 1'],
    ]);
    expect(table.ipv4[0]).toEqual({ destination: '0.0.0.0', netmask: '0.0.0.0', gateway: '10.1.0.1', interfaceAddress: '10.1.0.108', metric: 11 });
    expect(table.ipv4[1]).toEqual({ destination: '10.1.0.0', netmask: '255.255.240.0', interfaceAddress: '10.1.0.108', metric: 266 });
    expect(table.ipv6.find((row) => row.destination === '::/0')).toEqual({ interfaceIndex: 11, metric: 266, destination: '::/0', gateway: 'fe80::1' });
  });

  it('skips the persistent route that is not in force', () => {
    expect(defaults(commandFixture('windows/route-print-en.txt')).map((row) => row.gateway)).toEqual(['10.1.0.1']);
  });

  it('reads German and Japanese tables by their shape, whatever "on-link" is called', () => {
    expect(defaults(commandFixture('windows/route-print-de.txt'))).toEqual([
      { destination: '0.0.0.0', netmask: '0.0.0.0', gateway: '192.168.178.1', interfaceAddress: '192.168.178.24', metric: 30 },
      { destination: '0.0.0.0', netmask: '0.0.0.0', gateway: '192.168.178.1', interfaceAddress: '192.168.178.50', metric: 45 },
    ]);
    const japanese = parseRoutePrint(commandFixture('windows/route-print-ja-openvpn.txt'));
    expect(japanese.ipv4.filter((row) => row.netmask === '128.0.0.0').map((row) => row.destination)).toEqual(['0.0.0.0', '128.0.0.0']);
    expect(japanese.ipv4.find((row) => row.destination === '10.8.0.0')?.gateway).toBeUndefined();
    expect(japanese.interfaces.get(19)).toBe('TAP-Windows Adapter V9');
  });
});
