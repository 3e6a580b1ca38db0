import { createFormatter, type Formatter } from './format.ts';
import type { Locale } from './locale.ts';
import { osFamilyOf, type OsFamily } from './os-family.ts';

/** Who the words are for: their language, their OS (steps differ), and how to format numbers and dates for them. */
export interface GuidanceLanguage {
  readonly locale: Locale;
  readonly os: OsFamily;
  readonly format: Formatter;
}

/** A {@link GuidanceLanguage} for a locale, OS and time zone (the system's when absent). */
export function guidanceLanguage(locale: Locale, os: OsFamily = osFamilyOf(process.platform), timeZone?: string): GuidanceLanguage {
  return { locale, os, format: createFormatter(locale, timeZone) };
}

/** English, for this machine's OS. */
export function defaultGuidanceLanguage(): GuidanceLanguage {
  return guidanceLanguage('en');
}
