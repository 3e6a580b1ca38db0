import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../src/core/http/retry-after.ts';

const NOW = Date.parse('2026-11-21T20:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('30', NOW)).toBe(30);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP date against the local clock', () => {
    expect(parseRetryAfter('Sat, 21 Nov 2026 20:01:30 GMT', NOW)).toBe(90);
    expect(parseRetryAfter('Sat, 21 Nov 2026 19:00:00 GMT', NOW)).toBe(0);
  });

  it("measures a date against the server's Date header, so a wrong local clock does not matter", () => {
    const localClockHoursAhead = NOW + 3 * 3600_000;
    expect(parseRetryAfter('Sat, 21 Nov 2026 20:01:00 GMT', localClockHoursAhead, 'Sat, 21 Nov 2026 20:00:00 GMT')).toBe(60);
    expect(parseRetryAfter('Sat, 21 Nov 2026 20:01:00 GMT', NOW, 'not a date')).toBe(60);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
    expect(parseRetryAfter('', NOW)).toBeUndefined();
    expect(parseRetryAfter('-5', NOW)).toBeUndefined();
    expect(parseRetryAfter('1.5', NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter('99999999999999999999', NOW)).toBeUndefined();
  });
});
