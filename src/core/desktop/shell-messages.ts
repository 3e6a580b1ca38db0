import type { Locale } from '../i18n/locale.ts';
import { shellEn, type ShellMessages } from './shell-messages/en.ts';
import { shellKo } from './shell-messages/ko.ts';

export type { ShellMessages } from './shell-messages/en.ts';

/** The app shell's dictionary (tray, notifications, dialogs) for a language. */
export function shellMessages(locale: Locale): ShellMessages {
  return locale === 'ko' ? shellKo : shellEn;
}
