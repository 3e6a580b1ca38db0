import { describe, expect, it } from 'vitest';
import { envProxies, noProxyCovers } from '../../../../src/core/network/proxy/env-proxies.ts';
import { describeProxy } from '../../../../src/core/network/proxy/proxy-setting.ts';

describe('envProxies', () => {
  it('finds HTTPS_PROXY, HTTP_PROXY and ALL_PROXY in any letter case', () => {
    expect(envProxies({ https_proxy: 'http://proxy.corp.example:3128', HTTP_PROXY: 'proxy.corp.example:8080', All_Proxy: 'socks5://127.0.0.1:1080', PATH: '/usr/bin' })).toEqual([
      { source: 'HTTPS_PROXY', kind: 'http', scheme: 'https', url: 'http://proxy.corp.example:3128/' },
      { source: 'HTTP_PROXY', kind: 'http', scheme: 'http', url: 'http://proxy.corp.example:8080/' },
      { source: 'ALL_PROXY', kind: 'socks', scheme: 'all', url: 'socks5://127.0.0.1:1080' },
    ]);
  });

  it('reports a set but unusable value, and ignores empty ones', () => {
    expect(envProxies({ HTTPS_PROXY: 'not a proxy', HTTP_PROXY: '  ' })).toEqual([{ source: 'HTTPS_PROXY', kind: 'http', scheme: 'https' }]);
    expect(envProxies({})).toEqual([]);
  });

  it('applies NO_PROXY to exact hosts and domain suffixes', () => {
    const env = { no_proxy: 'localhost,.internal.example, example.com:443' };
    expect(noProxyCovers(env, 'www.example.com')).toBe(true);
    expect(noProxyCovers(env, 'example.com')).toBe(true);
    expect(noProxyCovers(env, 'a.internal.example')).toBe(true);
    expect(noProxyCovers(env, 'www.google.com')).toBe(false);
    expect(noProxyCovers({ NO_PROXY: '*' }, 'anything')).toBe(true);
    expect(noProxyCovers({}, 'anything')).toBe(false);
  });

  it('never shows credentials when describing a proxy', () => {
    expect(describeProxy('http://alice:s3cret@proxy.corp.example:3128/')).toBe('proxy.corp.example:3128');
  });
});
