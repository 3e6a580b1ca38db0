import { createFormatter, type Formatter } from '../core/i18n/format.ts';
import type { GuidanceLanguage } from '../core/i18n/guidance-language.ts';
import { LOCALES, resolveLocale, UnsupportedLocaleError, type Locale } from '../core/i18n/locale.ts';
import type { OsFamily } from '../core/i18n/os-family.ts';
import { cliEn, type CliMessages } from './messages/en.ts';
import { cliKo } from './messages/ko.ts';
import { UsageError } from './usage-error.ts';

/** The CLI's words and number formats for one language. */
export interface CliLanguage {
  readonly locale: Locale;
  readonly messages: CliMessages;
  /** The core formatter ("48 ms" / "48ms", dates with their time zone). */
  readonly format: Formatter;
  /** Same as `format.duration`. */
  duration(ms: number): string;
}

const DICTIONARIES: Record<Locale, CliMessages> = { en: cliEn, ko: cliKo };

/** The CLI's language for `locale`; dates in `timeZone` (the system's when absent). */
export function cliLanguage(locale: Locale, timeZone?: string): CliLanguage {
  const format = createFormatter(locale, timeZone);
  return { locale, messages: DICTIONARIES[locale], format, duration: format.duration };
}

/** The language the verdict is written in for the CLI: the user's language and OS, with the CLI's formatter. */
export function cliGuidanceLanguage(language: CliLanguage, os: OsFamily): GuidanceLanguage {
  return { locale: language.locale, os, format: language.format };
}

/**
 * The language the CLI speaks: `--lang` when given (an unsupported one is a
 * {@link UsageError} naming it and the choices), else the system's locale
 * (LC_ALL, LC_MESSAGES, LANG, then the platform's default), else English.
 */
export function chooseCliLocale(requested: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  if (requested === '') throw new UsageError({ kind: 'missing-value', option: '--lang' });
  try {
    return resolveLocale({ ...(requested !== undefined ? { requested } : {}), env, intlLocale: Intl.DateTimeFormat().resolvedOptions().locale });
  } catch (error) {
    if (error instanceof UnsupportedLocaleError) throw new UsageError({ kind: 'unsupported-language', requested: error.requested, choices: LOCALES });
    throw error;
  }
}
