import { describe, expect, it } from 'vitest';
import { canonicalIp, ipFamily, isLinkLocalV6, isUnspecifiedIp } from '../../../../src/core/network/system/ip-literal.ts';

describe('ip literals', () => {
  it('gives one spelling for each address, without zone', () => {
    expect(canonicalIp('FE80:0:0::0001%eth0')).toBe('fe80::1');
    expect(canonicalIp('2001:DB8::1')).toBe('2001:db8::1');
    expect(canonicalIp('[::1]')).toBe('::1');
    expect(canonicalIp('192.168.1.1')).toBe('192.168.1.1');
    expect(canonicalIp('router.local')).toBeUndefined();
    expect(canonicalIp('999.1.1.1')).toBeUndefined();
  });

  it('tells families, link-local and unspecified addresses', () => {
    expect(ipFamily('fe80::1%12')).toBe(6);
    expect(ipFamily('10.0.0.1')).toBe(4);
    expect(ipFamily('link#12')).toBe(0);
    expect(isLinkLocalV6('fe80::1%en0')).toBe(true);
    expect(isLinkLocalV6('2001:db8::1')).toBe(false);
    expect(isUnspecifiedIp('0.0.0.0')).toBe(true);
    expect(isUnspecifiedIp('::')).toBe(true);
    expect(isUnspecifiedIp('192.168.0.1')).toBe(false);
  });
});
