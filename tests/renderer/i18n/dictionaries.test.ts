import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/i18n/en.ts';
import { ko } from '../../../src/renderer/i18n/ko.ts';

// Korean users read Korean everywhere in the window: every word of the
// Korean dictionary is Korean, except names that stay as they are.

/** Brand names, protocol names and units that Korean UIs keep in Latin letters. */
const KEPT_AS_IS = new Set(['Status Doctor', 'DNS', 'TLS', 'TCP', 'ping', 'ID', 'p50', 'p95', 'ms', 'Atlassian Statuspage', 'incident.io', 'Instatus', 'HEAD', 'GET']);
const HANGUL = /[가-힣]/;
const SAMPLE_ARGUMENTS = ['ChatGPT', '3', 2, 1] as const;
/** A template that only joins its arguments ("{field}: {message}") has no words of its own. */
const onlyArguments = (text: string) => !/\p{L}/u.test(SAMPLE_ARGUMENTS.reduce<string>((rest, arg) => rest.replaceAll(String(arg), ''), text));

/** Every text of a dictionary with its path; functions are called with sample arguments. */
function texts(node: unknown, path: string): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') return [[path, String((node as (...args: unknown[]) => unknown)(...SAMPLE_ARGUMENTS.slice(0, node.length)))]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => texts(value, `${path}.${key}`));
  return [];
}

describe('the window’s dictionaries', () => {
  const english = new Map(texts(en, 'en').map(([path, text]) => [path.slice(3), text]));
  const korean = new Map(texts(ko, 'ko').map(([path, text]) => [path.slice(3), text]));

  it('have the same texts in both languages', () => {
    expect([...korean.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('say everything in Korean in the Korean window', () => {
    const notKorean = [...korean].filter(([, text]) => !HANGUL.test(text) && !KEPT_AS_IS.has(text) && !onlyArguments(text));
    expect(notKorean).toEqual([]);
  });

  it('never leave a text empty', () => {
    expect([...english, ...korean].filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('name Korean the same way in both language menus, so either reader finds it', () => {
    expect(en.settings.general.languages.ko).toContain('한국어');
    expect(ko.settings.general.languages.en).toContain('English');
  });
});
