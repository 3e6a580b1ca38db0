import type { Locale } from '../i18n/locale.ts';
import { guidanceEn } from './messages/en.ts';
import { guidanceKo } from './messages/ko.ts';

/** The shape of a guidance dictionary; every language has exactly these keys. */
export type GuidanceMessages = typeof guidanceEn;

const DICTIONARIES: Readonly<Record<Locale, GuidanceMessages>> = { en: guidanceEn, ko: guidanceKo };

/** The guidance dictionary of a language. */
export function guidanceMessages(locale: Locale): GuidanceMessages {
  return DICTIONARIES[locale];
}
