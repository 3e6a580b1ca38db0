import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/i18n/en.ts';
import { createWindowFormat } from '../../../src/renderer/i18n/format.ts';
import { ko } from '../../../src/renderer/i18n/ko.ts';

const english = createWindowFormat('en', en.time);
const korean = createWindowFormat('ko', ko.time);
const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);

describe('times and durations in the window', () => {
  it('says "just now" under a minute and counts minutes, hours and days after', () => {
    expect(english.relative(NOW - 20_000, NOW)).toBe('just now');
    expect(english.relative(NOW - 5 * 60_000, NOW)).toBe('5 minutes ago');
    expect(english.relative(NOW - 3 * 3_600_000, NOW)).toBe('3 hours ago');
    expect(korean.relative(NOW - 20_000, NOW)).toBe('방금');
    expect(korean.relative(NOW - 5 * 60_000, NOW)).toBe('5분 전');
    expect(korean.relative(NOW - 2 * 86_400_000, NOW)).toBe('그저께');
  });

  it('writes durations in their largest sensible units, Korean without a space as the engine does', () => {
    expect([420, 4_200, 42_000, 12 * 60_000, 65 * 60_000, 3 * 86_400_000].map(english.duration)).toEqual(['420 ms', '4.2 s', '42 s', '12 min', '1 h 5 min', '3 d']);
    expect([220, 4_200, 12 * 60_000, 65 * 60_000].map(korean.duration)).toEqual(['220ms', '4.2초', '12분', '1시간 5분']);
  });

  it('shows uptime with the precision that tells days apart', () => {
    expect(english.percent(1)).toBe('100%');
    expect(english.percent(0.9995)).toBe('99.95%');
    expect(english.percent(0.4)).toBe('40%');
  });

  it('names a history day as people do', () => {
    expect(english.day('2026-11-21')).toBe('Nov 21');
    expect(korean.day('2026-11-21')).toBe('11월 21일');
  });
});
