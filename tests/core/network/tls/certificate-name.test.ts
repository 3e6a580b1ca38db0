import { describe, expect, it } from 'vitest';
import { certificateName } from '../../../../src/core/network/tls/certificate-name.ts';

describe('certificateName', () => {
  it('prefers the common name, then the organisation, then the unit', () => {
    expect(certificateName({ CN: 'Contoso Web Filter Root', O: 'Contoso' })).toBe('Contoso Web Filter Root');
    expect(certificateName({ O: 'Contoso', OU: 'Filtering' })).toBe('Contoso');
    expect(certificateName({ OU: 'Filtering', C: 'US' })).toBe('Filtering');
  });

  it('joins a repeated attribute', () => {
    expect(certificateName({ CN: ['Proxy CA', 'Layer 2'] })).toBe('Proxy CA, Layer 2');
  });

  it('removes control characters and caps the length of what a stranger wrote', () => {
    expect(certificateName({ CN: 'Evil\r\nInjected: yes\u0007' })).toBe('Evil Injected: yes');
    const long = certificateName({ CN: 'x'.repeat(500) }) ?? '';
    expect(long.length).toBe(200);
    expect(long.endsWith('…')).toBe(true);
  });

  it('has no name for an empty or missing certificate name', () => {
    expect(certificateName(undefined)).toBeUndefined();
    expect(certificateName({})).toBeUndefined();
    expect(certificateName({ CN: '  ' })).toBeUndefined();
  });
});
