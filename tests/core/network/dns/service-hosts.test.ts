import { describe, expect, it } from 'vitest';
import { parseResolverAddress } from '../../../../src/core/network/dns/resolver-address.ts';
import { serviceHosts } from '../../../../src/core/network/dns/service-hosts.ts';
import { serviceAt } from './dns-check-fixtures.ts';

describe('serviceHosts', () => {
  it('tests each host name once, skips IP literals and prefers an https URL for the TLS check', () => {
    const { targets, probes } = serviceHosts([
      serviceAt('a', 'http://Chat.Example.com/health', 'https://chat.example.com./app?x=1', 'https://api.example.com:8443/v1'),
      serviceAt('b', 'https://192.0.2.1/', 'https://[2001:db8::1]/', 'https://chat.example.com/'),
    ]);
    expect(targets).toEqual([
      { host: 'chat.example.com', scheme: 'https', port: 443, path: '/app?x=1' },
      { host: 'api.example.com', scheme: 'https', port: 8443, path: '/v1' },
    ]);
    expect(probes).toEqual([
      { serviceId: 'a', host: 'chat.example.com', url: 'http://Chat.Example.com/health' },
      { serviceId: 'a', host: 'api.example.com', url: 'https://api.example.com:8443/v1' },
      { serviceId: 'b', host: 'chat.example.com', url: 'https://chat.example.com/' },
    ]);
  });
});

describe('parseResolverAddress', () => {
  it('reads ip, ip:port and [ipv6]:port', () => {
    expect(parseResolverAddress('9.9.9.9')).toEqual({ ip: '9.9.9.9', port: 53, server: '9.9.9.9' });
    expect(parseResolverAddress('127.0.0.1:5353')).toEqual({ ip: '127.0.0.1', port: 5353, server: '127.0.0.1:5353' });
    expect(parseResolverAddress('2606:4700::1111')).toEqual({ ip: '2606:4700::1111', port: 53, server: '2606:4700::1111' });
    expect(parseResolverAddress('[::1]:5353')).toEqual({ ip: '::1', port: 5353, server: '[::1]:5353' });
    expect(parseResolverAddress('[::1]')).toEqual({ ip: '::1', port: 53, server: '[::1]:53' });
    for (const bad of ['', 'dns.google', '1.1.1.1:0', '1.1.1.1:65536', '300.1.1.1', '[1.1.1.1]:53x', '::1:53x']) {
      expect(parseResolverAddress(bad)).toBeUndefined();
    }
  });
});
