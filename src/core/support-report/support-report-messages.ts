import type { Locale } from '../i18n/locale.ts';
import { supportReportEn, type SupportReportMessages } from './messages/en.ts';
import { supportReportKo } from './messages/ko.ts';

/** The support report's words for a language. */
export function supportReportMessages(locale: Locale): SupportReportMessages {
  return locale === 'ko' ? supportReportKo : supportReportEn;
}
