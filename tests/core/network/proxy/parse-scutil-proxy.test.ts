import { describe, expect, it } from 'vitest';
import { parseScutilProxy } from '../../../../src/core/network/proxy/parse-scutil-proxy.ts';
import { commandFixture } from '../system/command-fixture.ts';

describe('parseScutilProxy', () => {
  it('reads the enabled HTTP and HTTPS proxies, not the per-interface copies', () => {
    expect(parseScutilProxy(commandFixture('proxy/scutil-proxy-manual.txt'))).toEqual([
      { source: 'system settings', kind: 'http', scheme: 'https', url: 'http://proxy.corp.example:8443/' },
      { source: 'system settings', kind: 'http', scheme: 'http', url: 'http://proxy.corp.example:8080/' },
    ]);
  });

  it('reads no proxy when everything is disabled, and a PAC script when that is on', () => {
    expect(parseScutilProxy(commandFixture('proxy/scutil-proxy-none.txt'))).toEqual([]);
    expect(parseScutilProxy(commandFixture('proxy/scutil-proxy-pac.txt'))).toEqual([
      { source: 'automatic proxy configuration (PAC)', kind: 'pac', scheme: 'all', url: 'http://wpad.corp.example/proxy.pac' },
    ]);
  });
});
