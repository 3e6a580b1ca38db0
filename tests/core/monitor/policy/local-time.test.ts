import { describe, expect, it } from 'vitest';
import { isWithinQuietHours, nextLocalMidnight, parseLocalTime } from '../../../../src/core/monitor/policy/local-time.ts';

const at = (iso: string) => Date.parse(iso);
const night = { enabled: true, start: '22:00', end: '07:00' };

describe('parseLocalTime', () => {
  it('reads HH:MM and rejects anything else', () => {
    expect(parseLocalTime('07:30')).toBe(450);
    expect(parseLocalTime('23:59')).toBe(1439);
    expect(parseLocalTime('24:00')).toBeUndefined();
    expect(parseLocalTime('7:30')).toBeUndefined();
  });
});

describe('isWithinQuietHours', () => {
  it('covers a window across midnight in the given zone', () => {
    // 22:00–07:00 in Seoul (UTC+9) is 13:00–22:00 UTC.
    expect(isWithinQuietHours(at('2026-11-21T12:59:00Z'), night, 'Asia/Seoul')).toBe(false);
    expect(isWithinQuietHours(at('2026-11-21T13:00:00Z'), night, 'Asia/Seoul')).toBe(true);
    expect(isWithinQuietHours(at('2026-11-21T15:30:00Z'), night, 'Asia/Seoul')).toBe(true);
    expect(isWithinQuietHours(at('2026-11-21T21:59:00Z'), night, 'Asia/Seoul')).toBe(true);
    expect(isWithinQuietHours(at('2026-11-21T22:00:00Z'), night, 'Asia/Seoul')).toBe(false);
    // The same instant is daytime in New York.
    expect(isWithinQuietHours(at('2026-11-21T15:30:00Z'), night, 'America/New_York')).toBe(false);
  });

  it('covers a window within one day', () => {
    const lunch = { enabled: true, start: '12:00', end: '13:00' };
    expect(isWithinQuietHours(at('2026-11-21T12:30:00Z'), lunch, 'UTC')).toBe(true);
    expect(isWithinQuietHours(at('2026-11-21T13:00:00Z'), lunch, 'UTC')).toBe(false);
    expect(isWithinQuietHours(at('2026-11-21T23:30:00Z'), lunch, 'UTC')).toBe(false);
  });

  it('is off when disabled, empty, or malformed', () => {
    const t = at('2026-11-21T23:00:00Z');
    expect(isWithinQuietHours(t, { ...night, enabled: false }, 'UTC')).toBe(false);
    expect(isWithinQuietHours(t, { enabled: true, start: '23:00', end: '23:00' }, 'UTC')).toBe(false);
    expect(isWithinQuietHours(t, { enabled: true, start: '11pm', end: '07:00' }, 'UTC')).toBe(false);
  });
});

describe('nextLocalMidnight', () => {
  it('is the next midnight of the given zone, not of the machine', () => {
    const t = at('2026-11-21T20:00:00Z');
    expect(new Date(nextLocalMidnight(t, 'Asia/Seoul')).toISOString()).toBe('2026-11-22T15:00:00.000Z');
    expect(new Date(nextLocalMidnight(t, 'America/New_York')).toISOString()).toBe('2026-11-22T05:00:00.000Z');
    expect(new Date(nextLocalMidnight(t, 'Asia/Kathmandu')).toISOString()).toBe('2026-11-22T18:15:00.000Z');
  });

  it('moves to the following day at midnight itself', () => {
    expect(new Date(nextLocalMidnight(at('2026-11-21T15:00:00Z'), 'Asia/Seoul')).toISOString()).toBe('2026-11-22T15:00:00.000Z');
  });

  it('follows daylight-saving changes', () => {
    // London's clocks go back at 02:00 BST on 25 Oct 2026: that midnight is still BST.
    expect(new Date(nextLocalMidnight(at('2026-10-24T22:00:00Z'), 'Europe/London')).toISOString()).toBe('2026-10-24T23:00:00.000Z');
    // São Paulo skipped midnight on 4 Nov 2018 (00:00 became 01:00): the day began at 03:00 UTC.
    expect(new Date(nextLocalMidnight(at('2018-11-03T22:00:00Z'), 'America/Sao_Paulo')).toISOString()).toBe('2018-11-04T03:00:00.000Z');
  });

  it('falls back to UTC for a zone Intl does not know', () => {
    expect(new Date(nextLocalMidnight(at('2026-11-21T20:00:00Z'), 'Mars/Olympus')).toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });
});
