import type { ServiceAssessment } from '../assessment/service-state.ts';
import type { NetworkEvidence, RegionalEvidence } from '../network/network-evidence.ts';
import type { NetworkReport } from '../network/network-report.ts';
import type { ServiceReport, VerdictStep } from '../report/report-schema.ts';

/** The evidence a verdict's words are drawn from. */
export interface VerdictContext {
  readonly services: readonly { readonly report: ServiceReport; readonly assessment: ServiceAssessment }[];
  readonly network: NetworkReport;
  /** The local checks' raw evidence, for sentences that cite it. */
  readonly evidence?: NetworkEvidence;
  readonly regional?: RegionalEvidence['services'];
}

/** One service in the context. */
export type ServiceContext = VerdictContext['services'][number];

/** A verdict in plain words: what is happening, and what to do, in order. */
export interface VerdictText {
  readonly title: string;
  readonly summary: string;
  readonly steps: VerdictStep[];
}

/** Words for one verdict kind, from the services it is about and the whole context. */
export type Describer = (about: ServiceContext[], context: VerdictContext) => VerdictText;

/** Builds a step. */
export const step = (id: string, title: string, detail: string): VerdictStep => ({ id, title, detail });
