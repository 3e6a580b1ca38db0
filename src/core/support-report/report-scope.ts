import type { Formatter } from '../i18n/format.ts';
import type { ProviderLag } from '../history/history-store.ts';
import type { NetworkEvidence } from '../network/network-evidence.ts';
import type { CheckReport, ServiceReport } from '../report/report-schema.ts';
import type { SupportReportMessages } from './messages/en.ts';

/**
 * What every section of the support report is built from. The report and
 * evidence are the raw ones (their enums drive the wording); any text taken
 * from them or from the machine goes through `safe` before it is shown.
 */
export interface ReportScope {
  readonly report: CheckReport;
  /** The services the report is about, in the report's order. */
  readonly focus: readonly ServiceReport[];
  readonly evidence?: NetworkEvidence;
  /** The monitor's measured status-page lag per provider, when history was available. */
  readonly statusPageLag?: readonly ProviderLag[];
  readonly messages: SupportReportMessages;
  readonly format: Formatter;
  /** Redacts one piece of text taken from the diagnosis or the machine. */
  readonly safe: (text: string) => string;
  /** A duration as the report shows timings: "12 ms" / "12ms" below a second, the formatter's above. */
  readonly duration: (ms: number) => string;
  /** The focused services' names, redacted and joined ("ChatGPT", "ChatGPT and Claude"), or "the service". */
  readonly names: string;
}
