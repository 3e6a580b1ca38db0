import type { Language } from './format.ts';

/** How a field is shown: durations are typed in seconds though the settings keep milliseconds. */
export type FieldUnit = 'seconds' | 'count' | 'text';

const seconds = (ms: string) => String(Number(ms) / 1000);

type Rule = readonly [pattern: RegExp, en: ((match: RegExpMatchArray, unit: FieldUnit) => string) | null, ko: (match: RegExpMatchArray, unit: FieldUnit) => string];

// The settings schema words its problems for config-file authors, in English
// and in milliseconds; the form shows seconds, and Korean users read Korean.
const RULES: readonly Rule[] = [
  [/^must be at least (\d+) ms/, (m) => `must be at least ${seconds(m[1]!)} seconds`, (m) => `${seconds(m[1]!)}초 이상이어야 합니다`],
  [/^must be at most (\d+) ms/, (m) => `must be at most ${seconds(m[1]!)} seconds`, (m) => `${seconds(m[1]!)}초 이하여야 합니다`],
  [/^must be a whole number of milliseconds/, () => 'must be a number of seconds', () => '초 단위 숫자를 입력하세요'],
  [/^must be at least ([\d.]+)(?:,|$)/, null, (m) => `${m[1]} 이상이어야 합니다`],
  [/^must be at most ([\d.]+)(?:,|$)/, null, (m) => `${m[1]} 이하여야 합니다`],
  [/^must be a whole number/, null, () => '정수를 입력하세요'],
  [/^is required/, null, () => '반드시 입력하세요'],
  [/^must not be empty/, null, () => '비워 둘 수 없습니다'],
  [/^must be at most (\d+) characters/, null, (m) => `${m[1]}자 이하로 입력하세요`],
  [/^must be 1–40 lower-case letters/, null, () => '영문 소문자, 숫자, 대시(-)로 1~40자를 입력하세요. 첫 글자는 영문자나 숫자여야 합니다'],
  [/^must be an absolute http\(s\) URL/, null, () => 'http:// 또는 https://로 시작하는 전체 주소를 입력하세요'],
  [/^must be an absolute https URL/, null, () => 'https://로 시작하는 전체 주소를 입력하세요'],
  [/^is already used by/, null, () => '다른 서비스가 이미 쓰고 있는 ID입니다'],
  [/^must be a time of day as HH:MM/, null, () => '"22:30"처럼 24시간 형식(HH:MM)으로 입력하세요'],
  [/^must be true or false/, null, () => '켜기 또는 끄기로 지정하세요'],
  [/^must be one of/, null, () => '목록에 있는 값 중 하나를 고르세요'],
  [/^unknown key/, null, () => '알 수 없는 항목입니다'],
];

/**
 * A settings problem in the window's words: the schema's message, with
 * milliseconds turned into the seconds the form shows, and in Korean when
 * the window is. A message no rule knows is shown as it came.
 */
export function fieldMessage(message: string, language: Language, unit: FieldUnit = 'text'): string {
  for (const [pattern, en, ko] of RULES) {
    const match = message.match(pattern);
    if (!match) continue;
    if (language === 'ko') return ko(match, unit);
    if (en && unit === 'seconds') return en(match, unit);
    return message;
  }
  return message;
}
