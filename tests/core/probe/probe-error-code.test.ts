import { describe, expect, it } from 'vitest';
import { probeErrorCode } from '../../../src/core/probe/probe-error-code.ts';

describe('probeErrorCode', () => {
  it('reads the code a failed probe’s detail starts with', () => {
    expect(probeErrorCode({ detail: 'CERT_HAS_EXPIRED: certificate has expired' })).toBe('CERT_HAS_EXPIRED');
    expect(probeErrorCode({ detail: 'ECONNRESET during TLS handshake: socket hang up' })).toBe('ECONNRESET');
    expect(probeErrorCode({ detail: 'HTTPParserError: Response does not match' })).toBe('HTTPParserError');
  });

  it('finds none in HTTP answers, deadlines or missing details', () => {
    expect(probeErrorCode({ status: 522, detail: "HTTP 522: the edge could not reach the service's origin" })).toBeUndefined();
    expect(probeErrorCode({ detail: 'no DNS answer within 500 ms' })).toBeUndefined();
    expect(probeErrorCode({})).toBeUndefined();
  });
});
