import type { SupportReportView } from '../../shared/status-doctor-api.ts';
import type { ProviderLag } from '../history/history-store.ts';
import type { Formatter } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { buildSupportReport } from '../support-report/build-support-report.ts';
import type { MachineFacts } from '../support-report/machine-facts.ts';
import { renderSupportReportMarkdown } from '../support-report/render-markdown.ts';
import { renderSupportReportText } from '../support-report/render-text.ts';
import type { EngineDiagnosis } from './engine-diagnosis.ts';

/** Everything the app's support report is made from. */
export interface EngineSupportReportInput {
  readonly diagnosis: EngineDiagnosis;
  readonly serviceId?: string;
  readonly locale: Locale;
  readonly format: Formatter;
  readonly timeZone: string;
  readonly machine: MachineFacts;
  /** Titles of the steps the user ticked. */
  readonly tried: readonly string[];
  /** When the current problem was first seen (ISO 8601). */
  readonly since?: string;
  readonly statusPageLag?: readonly ProviderLag[];
}

/**
 * The support report of DESIGN.md for the app (pure): the latest diagnosis,
 * the steps the user already tried, since when, and how late the status page
 * usually is; in Markdown and plain text. Local names stay hidden: the user
 * pastes it into a ticket.
 */
export function renderEngineSupportReport(input: EngineSupportReportInput): SupportReportView {
  const { diagnosis, machine } = input;
  const serviceId = input.serviceId !== undefined && diagnosis.report.services.some((s) => s.id === input.serviceId) ? input.serviceId : undefined;
  const model = buildSupportReport(
    diagnosis.report,
    {
      locale: input.locale,
      ...machine,
      revealLocal: false,
      format: input.format,
      timeZone: input.timeZone,
      ...(diagnosis.evidence ? { evidence: diagnosis.evidence } : {}),
      ...(input.since ? { since: input.since } : {}),
      ...(input.tried.length > 0 ? { tried: input.tried } : {}),
      ...(input.statusPageLag ? { statusPageLag: input.statusPageLag } : {}),
    },
    serviceId,
  );
  const about = serviceId !== undefined ? [serviceId] : diagnosis.report.verdict.serviceIds;
  return { markdown: renderSupportReportMarkdown(model), text: renderSupportReportText(model), serviceIds: [...about] };
}
