import type { Locale } from '../i18n/locale.ts';
import { desktopNoticesEn, type DesktopNotices } from './notice-messages/en.ts';
import { desktopNoticesKo } from './notice-messages/ko.ts';

/** The desktop engine's notices in `locale`. */
export function desktopNotices(locale: Locale): DesktopNotices {
  return locale === 'ko' ? desktopNoticesKo : desktopNoticesEn;
}
