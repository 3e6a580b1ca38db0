import { describe, expect, it } from 'vitest';
import { classifyResponse } from '../../../src/core/probe/classify-response.ts';

const NOW = Date.parse('2026-11-21T20:00:00Z');
const classify = (status: number, headers: Record<string, string> = {}) => classifyResponse({ status, headers }, NOW);

describe('classifyResponse', () => {
  it.each([
    [200, 'ok'],
    [204, 'ok'],
    [301, 'ok'],
    [304, 'ok'],
    [400, 'ok'],
    [404, 'ok'],
    [405, 'ok'],
    [410, 'ok'],
    [401, 'auth-required'],
    [403, 'auth-required'],
    [407, 'invalid-response'],
    [429, 'rate-limited'],
    [500, 'http-5xx'],
    [502, 'http-5xx'],
    [503, 'http-5xx'],
    [504, 'http-5xx'],
    [511, 'http-5xx'],
    [530, 'http-5xx'],
    [599, 'http-5xx'],
    [520, 'edge-origin-error'],
    [521, 'edge-origin-error'],
    [522, 'edge-origin-error'],
    [523, 'edge-origin-error'],
    [524, 'edge-origin-error'],
    [525, 'edge-origin-error'],
    [526, 'edge-origin-error'],
    [527, 'edge-origin-error'],
    [100, 'invalid-response'],
    [600, 'invalid-response'],
    [999, 'invalid-response'],
  ])('HTTP %i → %s', (status, outcome) => {
    expect(classify(status).outcome).toBe(outcome);
  });

  it('calls a Cloudflare bot check a challenge whatever its status: the service is up', () => {
    expect(classify(403, { 'cf-mitigated': 'challenge' }).outcome).toBe('challenge');
    expect(classify(503, { 'cf-mitigated': 'challenge' }).outcome).toBe('challenge');
    expect(classify(200, { 'cf-mitigated': 'Challenge' }).outcome).toBe('challenge');
    expect(classify(405, { 'x-amzn-waf-action': 'captcha' }).outcome).toBe('challenge');
    expect(classify(403, { 'cf-mitigated': 'block' }).outcome).toBe('auth-required');
  });

  it('records the edge that answered', () => {
    expect(classify(522, { 'cf-ray': '8f1c2a3b4c5d6e7f-LAX', server: 'cloudflare' })).toMatchObject({
      outcome: 'edge-origin-error',
      edge: { cfRay: '8f1c2a3b4c5d6e7f-LAX', server: 'cloudflare' },
    });
    expect(classify(200, { server: 'nginx' }).edge).toEqual({ server: 'nginx' });
    expect(classify(200).edge).toBeUndefined();
  });

  it("calls Cloudflare's 530 an edge-origin error only when Cloudflare sent it", () => {
    expect(classify(530, { 'cf-ray': 'abc-LAX' }).outcome).toBe('edge-origin-error');
    expect(classify(530).outcome).toBe('http-5xx');
  });

  it('reads Retry-After on 429 and 503, in seconds or as a date', () => {
    expect(classify(429, { 'retry-after': '30' }).retryAfterSeconds).toBe(30);
    expect(classify(429, { 'retry-after': 'Sat, 21 Nov 2026 20:02:00 GMT' }).retryAfterSeconds).toBe(120);
    expect(classify(503, { 'retry-after': '5' })).toMatchObject({ outcome: 'http-5xx', retryAfterSeconds: 5 });
    expect(classify(429).retryAfterSeconds).toBeUndefined();
    expect(classify(500, { 'retry-after': '5' }).retryAfterSeconds).toBeUndefined();
  });

  it('flags a 511 as a likely captive portal', () => {
    expect(classify(511).detail).toMatch(/captive portal/);
  });
});
