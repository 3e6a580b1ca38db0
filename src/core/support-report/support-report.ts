import type { Locale } from '../i18n/locale.ts';

/**
 * The support report as data: already worded in the user's language and
 * already redacted, so the Markdown and plain-text renderers only lay it
 * out and can never leak what the builder hid.
 */

/** A piece of text: words, or a literal (URL, ray ID, error code) that Markdown shows as code. */
export type Inline = string | { readonly code: string };

/** A run of inline pieces. */
export type RichText = readonly Inline[];

/** One "label: value" line. */
export interface Fact {
  readonly label: string;
  readonly value: RichText;
}

/** What a section is made of, in order. */
export type SupportReportBlock =
  | { readonly kind: 'paragraph'; readonly text: RichText }
  /** A heading inside a section (a service's name). */
  | { readonly kind: 'subheading'; readonly text: string }
  /** Label/value lines, optionally under a title of their own (a probe's method and URL). */
  | { readonly kind: 'facts'; readonly title?: RichText; readonly rows: readonly Fact[] }
  | { readonly kind: 'list'; readonly title?: string; readonly items: readonly RichText[] };

/** The sections of the report, in the order they appear. */
export const SUPPORT_REPORT_SECTIONS = ['summary', 'time', 'environment', 'failures', 'checked', 'official', 'request'] as const;

/** One of {@link SUPPORT_REPORT_SECTIONS}. */
export type SupportReportSectionId = (typeof SUPPORT_REPORT_SECTIONS)[number];

/** One section: a heading and its blocks. */
export interface SupportReportSection {
  readonly id: SupportReportSectionId;
  readonly heading: string;
  readonly blocks: readonly SupportReportBlock[];
}

/** A support report ready to render. */
export interface SupportReport {
  readonly locale: Locale;
  readonly title: string;
  readonly sections: readonly SupportReportSection[];
  /** Who made the report and what was hidden from it. */
  readonly footer: string;
}
