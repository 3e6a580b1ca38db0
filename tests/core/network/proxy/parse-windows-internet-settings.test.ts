import { describe, expect, it } from 'vitest';
import { parseWindowsInternetSettings } from '../../../../src/core/network/proxy/parse-windows-internet-settings.ts';
import { commandFixture } from '../system/command-fixture.ts';

describe('parseWindowsInternetSettings', () => {
  it('reads an enabled ProxyServer for every scheme', () => {
    expect(parseWindowsInternetSettings(commandFixture('proxy/reg-query-internet-settings-manual.txt'))).toEqual([
      { source: 'system settings', kind: 'http', scheme: 'all', url: 'http://proxy.corp.example:8080/' },
    ]);
  });

  it('reads per-scheme proxies and an AutoConfigURL', () => {
    expect(parseWindowsInternetSettings(commandFixture('proxy/reg-query-internet-settings-per-scheme-and-pac.txt'))).toEqual([
      { source: 'system settings', kind: 'http', scheme: 'http', url: 'http://proxy.test:8080/' },
      { source: 'system settings', kind: 'http', scheme: 'https', url: 'http://[::1]:8443/' },
      { source: 'system settings', kind: 'socks', scheme: 'all', url: 'socks4://socks.test:1080' },
      { source: 'automatic proxy configuration (PAC)', kind: 'pac', scheme: 'all', url: 'http://wpad.corp.example/proxy.pac' },
    ]);
  });

  it('ignores a ProxyServer left behind with ProxyEnable 0', () => {
    expect(parseWindowsInternetSettings(commandFixture('proxy/reg-query-internet-settings-disabled.txt'))).toEqual([]);
  });
});
