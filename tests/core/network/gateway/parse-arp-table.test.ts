import { describe, expect, it } from 'vitest';
import { parseMacosArp, parseWindowsArp } from '../../../../src/core/network/gateway/parse-arp-table.ts';
import { commandFixture } from '../system/command-fixture.ts';

describe('parseMacosArp', () => {
  it('counts resolved entries, not incomplete, broadcast or permanent ones', () => {
    const entries = parseMacosArp(commandFixture('macos/arp-an.txt'));
    const alive = entries.filter((entry) => entry.alive).map((entry) => entry.address);
    expect(alive).toEqual(['192.168.1.1', '192.168.1.133', '192.168.1.139']);
    expect(entries.find((entry) => entry.address === '192.168.1.34')).toEqual({ address: '192.168.1.34', interfaceName: 'en0', alive: false });
  });

  it('pads the short MACs macOS prints, and skips the Mac itself', () => {
    const entries = parseMacosArp(commandFixture('macos/arp-an-hotspot.txt'));
    expect(entries.find((entry) => entry.address === '172.20.10.1')).toMatchObject({ mac: '3a:e1:3d:5a:1a:64', alive: true });
    expect(entries.find((entry) => entry.address === '172.20.10.8')?.alive).toBe(false);
    expect(parseMacosArp('? (192.168.1.1) at 0:1b:2c:3d:4e:5f on en0 ifscope [ethernet]')[0]?.mac).toBe('00:1b:2c:3d:4e:5f');
  });
});

describe('parseWindowsArp', () => {
  it('reads a German table by its shape and counts resolved unicast entries', () => {
    const entries = parseWindowsArp(commandFixture('windows/arp-a-de.txt'));
    expect(entries.filter((entry) => entry.alive).map((entry) => entry.address)).toEqual(['192.168.50.20', '192.168.50.66']);
    expect(entries).toHaveLength(4);
  });

  it('does not count an unresolved (all-zero) entry', () => {
    const router = parseWindowsArp(commandFixture('windows/arp-a-en.txt')).find((entry) => entry.address === '192.168.1.1');
    expect(router).toEqual({ address: '192.168.1.1', alive: false });
  });
});
