import { describe, expect, it } from 'vitest';
import { parseHttpDate } from '../../../../src/core/network/clock/parse-http-date.ts';

const NOV_6_1994 = Date.UTC(1994, 10, 6, 8, 49, 37);

describe('parseHttpDate', () => {
  it('reads the three forms RFC 9110 allows', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(NOV_6_1994);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(NOV_6_1994);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(NOV_6_1994);
  });

  it('reads two-digit RFC 850 years below 70 as this century', () => {
    expect(parseHttpDate('Saturday, 21-Nov-26 20:00:00 GMT')).toBe(Date.UTC(2026, 10, 21, 20, 0, 0));
  });

  it('accepts any letter case and surrounding blanks', () => {
    expect(parseHttpDate('  sun, 06 nov 1994 08:49:37 gmt ')).toBe(NOV_6_1994);
  });

  it('counts a leap second as the next minute', () => {
    expect(parseHttpDate('Sat, 31 Dec 2016 23:59:60 GMT')).toBe(Date.UTC(2017, 0, 1, 0, 0, 0));
  });

  it.each([
    ['a bare number Date.parse would take for a year', '1'],
    ['an ISO timestamp', '2026-11-21T20:00:00Z'],
    ['a time zone other than GMT', 'Sun, 06 Nov 1994 08:49:37 PST'],
    ['an impossible day', 'Mon, 31 Apr 2023 10:00:00 GMT'],
    ['29 February of a common year', 'Tue, 29 Feb 2022 10:00:00 GMT'],
    ['an impossible hour', 'Sun, 06 Nov 1994 24:49:37 GMT'],
    ['an unknown month', 'Sun, 06 Foo 1994 08:49:37 GMT'],
    ['an empty value', ''],
    ['a very long value', `Sun, 06 Nov 1994 08:49:37 GMT${' '.repeat(100)}x`],
  ])('rejects %s', (_case, value) => {
    expect(parseHttpDate(value)).toBeUndefined();
  });
});
