import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../src/cli/display-width.ts';
import { cliEn } from '../../../src/cli/messages/en.ts';
import { cliKo } from '../../../src/cli/messages/ko.ts';
import { messageKeyPaths } from '../../../src/core/i18n/message-keys.ts';

const HANGUL = /[\uac00-\ud7a3]/;

describe('the CLI dictionaries', () => {
  it('have the same keys in English and Korean', () => {
    const english = messageKeyPaths(cliEn);
    expect(english.length).toBeGreaterThan(50);
    expect(messageKeyPaths(cliKo)).toEqual(english);
  });

  it('translate every sentence and heading, not only the keys', () => {
    const pending = [
      ...Object.values(cliKo.help),
      ...Object.values(cliKo.check.headings),
      ...Object.values(cliKo.check.states),
      ...Object.values(cliKo.check.outcomes),
      ...Object.values(cliKo.check.connection).filter((leaf): leaf is string => typeof leaf === 'string'),
      cliKo.errors.configIntro,
      cliKo.usage.configPathMissing,
      cliKo.usage.serviceIdMissing,
      cliKo.usage.unknownOption('--x', 'check'),
      cliKo.usage.unsupportedLanguage('de', ['en', 'ko']),
      cliKo.check.warning('status-page-unavailable', 'Gemini', 'the status page answered HTTP 502'),
      ...cliKo.check.footer('2026년 11월 22일 오전 5:00 GMT+9', '1.4초'),
    ].filter((text) => !HANGUL.test(text));
    expect(pending).toEqual([]);
  });

  it.each(Object.keys(cliEn.help) as (keyof typeof cliEn.help)[])('lay out the %s help in the same columns in both languages', (topic) => {
    // Where each command's and option's description starts, and that no line but the usage line passes 80 columns.
    const columns = (text: string) =>
      text
        .split('\n')
        .filter((line) => /^ {2}[-a-z]/.test(line))
        .map((line) => displayWidth(/^ {2}\S+(?: \S+)? {2,}/.exec(line)?.[0] ?? ''));
    expect(columns(cliKo.help[topic])).toEqual(columns(cliEn.help[topic]));
    for (const text of [cliEn.help[topic], cliKo.help[topic]]) {
      for (const line of text.split('\n').filter((l) => !/^(Usage|사용법):/.test(l))) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
  });
});
