import { describe, expect, it } from 'vitest';
import { classifyDeadline, classifyError } from '../../../src/core/probe/classify-error.ts';

const error = (code: string | undefined, message = 'boom', extra: object = {}) => Object.assign(new Error(message), code === undefined ? {} : { code }, extra);

describe('classifyError', () => {
  it.each([
    ['ENOTFOUND', 'dns-error'],
    ['EAI_AGAIN', 'dns-error'],
    ['ECONNREFUSED', 'connect-refused'],
    ['UND_ERR_CONNECT_TIMEOUT', 'connect-timeout'],
    ['ETIMEDOUT', 'connect-timeout'],
    ['ENETUNREACH', 'connect-timeout'],
    ['EHOSTUNREACH', 'connect-timeout'],
    ['ECONNRESET', 'reset'],
    ['EPIPE', 'reset'],
    ['UND_ERR_SOCKET', 'reset'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls-untrusted'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls-untrusted'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls-untrusted'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'tls-untrusted'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls-error'],
    ['CERT_HAS_EXPIRED', 'tls-error'],
    ['CERT_NOT_YET_VALID', 'tls-error'],
    ['ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', 'tls-error'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls-error'],
    ['HPE_INVALID_CONSTANT', 'invalid-response'],
    ['UND_ERR_HEADERS_OVERFLOW', 'invalid-response'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['SOMETHING_NEW', 'reset'],
  ])('%s → %s', (code, outcome) => {
    expect(classifyError(error(code), undefined)).toMatchObject({ outcome, errorCode: code });
  });

  it('puts the code first in a one-line detail', () => {
    const { detail } = classifyError(error('CERT_HAS_EXPIRED', 'certificate has expired\n  at somewhere'), 'tls');
    expect(detail).toBe('CERT_HAS_EXPIRED: certificate has expired at somewhere');
    expect(classifyError(error('ECONNRESET', 'x'.repeat(500)), 'request').detail.length).toBeLessThanOrEqual(160);
  });

  it('drops Node’s advice to developers from certificate errors', () => {
    const message = 'unable to verify the first certificate; if the root CA is installed locally, try running Node.js with --use-system-ca';
    expect(classifyError(error('UNABLE_TO_VERIFY_LEAF_SIGNATURE', message), 'tls').detail).toBe(
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE: unable to verify the first certificate',
    );
  });

  it('finds the code in the cause chain and in an AggregateError', () => {
    const wrapped = Object.assign(new Error('fetch failed'), { cause: error('CERT_HAS_EXPIRED') });
    expect(classifyError(wrapped, undefined)).toMatchObject({ outcome: 'tls-error', errorCode: 'CERT_HAS_EXPIRED' });
    const happyEyeballs = new AggregateError([error('ECONNREFUSED'), error('ECONNREFUSED')], '');
    expect(classifyError(happyEyeballs, 'connect')).toMatchObject({ outcome: 'connect-refused', errorCode: 'ECONNREFUSED' });
  });

  it("names undici's code-less parser error by its class", () => {
    const parserError = Object.assign(new Error('Response does not match the HTTP/1.1 protocol'), { name: 'HTTPParserError', code: undefined });
    expect(classifyError(parserError, 'request')).toMatchObject({ outcome: 'invalid-response', errorCode: 'HTTPParserError' });
  });

  it('lets the phase decide where the code alone cannot', () => {
    expect(classifyError(error('ECONNREFUSED'), 'dns').outcome).toBe('dns-error');
    expect(classifyError(error('UND_ERR_CONNECT_TIMEOUT'), 'tls').outcome).toBe('tls-error');
    expect(classifyError(error('ETIMEDOUT'), 'request').outcome).toBe('timeout');
    const reset = classifyError(error('ECONNRESET', 'socket disconnected'), 'tls');
    expect(reset).toMatchObject({ outcome: 'reset', detail: 'ECONNRESET during TLS handshake: socket disconnected' });
  });

  it('survives things that are not errors', () => {
    expect(classifyError('weird', undefined)).toMatchObject({ outcome: 'reset', detail: 'error: weird' });
    expect(classifyError(undefined, undefined).outcome).toBe('reset');
  });
});

describe('classifyDeadline', () => {
  it.each([
    ['dns', 'dns-error', /no DNS answer within 500 ms/],
    ['connect', 'connect-timeout', /no connection within 500 ms/],
    [undefined, 'connect-timeout', /no connection within 500 ms/],
    ['tls', 'tls-error', /TLS handshake not finished within 500 ms/],
    ['request', 'timeout', /no response headers within 500 ms/],
  ] as const)('stuck in %s → %s', (phase, outcome, detail) => {
    const result = classifyDeadline(phase, 500);
    expect(result.outcome).toBe(outcome);
    expect(result.detail).toMatch(detail);
  });
});
