/** The languages Status Doctor speaks. */
export const LOCALES = ['en', 'ko'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** Asked for a language Status Doctor does not speak. */
export class UnsupportedLocaleError extends Error {
  readonly requested: string;
  constructor(requested: string) {
    super(`unsupported language ${JSON.stringify(requested)}; choose one of ${LOCALES.join(', ')}`);
    this.name = 'UnsupportedLocaleError';
    this.requested = requested;
  }
}

function fromTag(tag: string | undefined): Locale | undefined {
  if (tag === undefined) return undefined;
  // POSIX locales look like ko_KR.UTF-8; BCP 47 tags like ko-KR. C and POSIX mean "no preference".
  const language = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  if (language === undefined || language === '' || language === 'c' || language === 'posix') return undefined;
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : undefined;
}

/**
 * Chooses the language (pure): an explicit choice (`--lang`, a setting) must
 * be supported or it is an error; otherwise the system's (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX orders them, then the platform's `Intl`
 * default); English when none of those is a language we speak.
 */
export function resolveLocale(options: {
  readonly requested?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly intlLocale?: string;
}): Locale {
  if (options.requested !== undefined) {
    const chosen = fromTag(options.requested);
    if (chosen === undefined || options.requested.trim().toLowerCase().split(/[-_.@]/)[0] !== chosen) throw new UnsupportedLocaleError(options.requested);
    return chosen;
  }
  const env = options.env ?? {};
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value !== undefined && value !== '') return fromTag(value) ?? 'en';
  }
  return fromTag(options.intlLocale) ?? 'en';
}
