import { describe, expect, it } from 'vitest';
import { fieldMessage } from '../../../src/renderer/i18n/field-messages.ts';

// The settings schema's messages are written for config files (English,
// milliseconds); the form speaks seconds and the user's language.

describe('settings problems in the form’s words', () => {
  it('turns millisecond bounds into the seconds the form shows', () => {
    expect(fieldMessage('must be at least 5000 ms', 'en', 'seconds')).toBe('must be at least 5 seconds');
    expect(fieldMessage('must be at most 3600000 ms', 'en', 'seconds')).toBe('must be at most 3600 seconds');
    expect(fieldMessage('must be at least 5000 ms', 'ko', 'seconds')).toBe('5초 이상이어야 합니다');
    expect(fieldMessage('must be a whole number of milliseconds, got a string ("abc")', 'en', 'seconds')).toBe('must be a number of seconds');
  });

  it('says the common problems in Korean', () => {
    expect(fieldMessage('must be an absolute http(s) URL starting with http:// or https://, got "ftp://x"', 'ko')).toBe('http:// 또는 https://로 시작하는 전체 주소를 입력하세요');
    expect(fieldMessage('must be 1–40 lower-case letters, digits or dashes, starting with a letter or digit', 'ko')).toMatch(/^영문 소문자/);
    expect(fieldMessage('must be a time of day as HH:MM (24-hour), like "22:30"', 'ko')).toMatch(/HH:MM/);
    expect(fieldMessage('is already used by customServices[0]', 'ko')).toBe('다른 서비스가 이미 쓰고 있는 ID입니다');
  });

  it('keeps English messages as the schema wrote them, and shows unknown ones unchanged', () => {
    const url = 'must be an absolute http(s) URL starting with http:// or https://, got "ftp://x"';
    expect(fieldMessage(url, 'en')).toBe(url);
    expect(fieldMessage('something new the schema says', 'ko')).toBe('something new the schema says');
  });
});
