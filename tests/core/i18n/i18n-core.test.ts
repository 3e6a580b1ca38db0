import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src/core/i18n/format.ts';
import { withParticle } from '../../../src/core/i18n/korean-particles.ts';
import { resolveLocale, UnsupportedLocaleError } from '../../../src/core/i18n/locale.ts';
import { messageKeyPaths } from '../../../src/core/i18n/message-keys.ts';

describe('resolveLocale', () => {
  it('takes --lang first, then LC_ALL, LC_MESSAGES, LANG, then the platform', () => {
    expect(resolveLocale({ requested: 'ko', env: { LANG: 'en_US.UTF-8' } })).toBe('ko');
    expect(resolveLocale({ env: { LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' } })).toBe('ko');
    expect(resolveLocale({ env: { LC_MESSAGES: 'ko_KR', LANG: 'en_US' } })).toBe('ko');
    expect(resolveLocale({ env: {}, intlLocale: 'ko-KR' })).toBe('ko');
    expect(resolveLocale({ env: { LANG: 'C.UTF-8' }, intlLocale: 'ko-KR' })).toBe('en');
    expect(resolveLocale({ env: { LANG: 'de_DE.UTF-8' } })).toBe('en');
  });

  it('refuses a language it does not speak when asked for it explicitly', () => {
    expect(() => resolveLocale({ requested: 'de' })).toThrow(UnsupportedLocaleError);
    expect(() => resolveLocale({ requested: 'kor' })).toThrow(/choose one of en, ko/);
  });
});

describe('createFormatter', () => {
  it('formats durations, dates and lists for each language', () => {
    const en = createFormatter('en', 'Asia/Seoul');
    const ko = createFormatter('ko', 'Asia/Seoul');
    expect([en.duration(3), en.duration(4200), en.duration(65 * 60_000)]).toEqual(['3 ms', '4.2 sec', '1 hr 5 min']);
    expect([ko.duration(3), ko.duration(4200), ko.duration(65 * 60_000)]).toEqual(['3ms', '4.2초', '1시간 5분']);
    expect(ko.dateTime('2026-11-21T20:00:00Z')).toBe('2026년 11월 22일 오전 5:00 KST');
    expect(ko.list(['ChatGPT', 'Claude', 'Gemini'])).toBe('ChatGPT, Claude와 Gemini');
    expect(ko.list(['GitHub Copilot', 'Claude'])).toBe('GitHub Copilot과 Claude');
  });
});

describe('withParticle', () => {
  it.each([
    ['ChatGPT', '이/가', 'ChatGPT가'],
    ['GitHub Copilot', '이/가', 'GitHub Copilot이'],
    ['Mistral', '으로/로', 'Mistral로'],
    ['1.1.1.1', '으로/로', '1.1.1.1로'],
    ['공유기', '을/를', '공유기를'],
    ['인터넷', '은/는', '인터넷은'],
    ['DNS 서버', '과/와', 'DNS 서버와'],
  ] as const)('%s + %s → %s', (word, pair, expected) => {
    expect(withParticle(word, pair)).toBe(expected);
  });
});

describe('messageKeyPaths', () => {
  it('lists every leaf, so two languages can be compared key by key', () => {
    expect(messageKeyPaths({ a: { b: 'x', c: () => 'y' }, d: 'z' })).toEqual(['a.b', 'a.c', 'd']);
  });
});
