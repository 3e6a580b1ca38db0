import type { ServiceAssessment } from '../assessment/service-state.ts';
import type { GuidanceLanguage } from '../i18n/guidance-language.ts';
import type { NetworkEvidence, RegionalEvidence } from '../network/network-evidence.ts';
import type { NetworkReport } from '../network/network-report.ts';
import type { ServiceReport, VerdictStep } from '../report/report-schema.ts';
import type { GuidanceMessages } from './guidance-messages.ts';

/** The evidence a verdict's words are drawn from: what this diagnosis saw. */
export interface VerdictContext {
  readonly services: readonly { readonly report: ServiceReport; readonly assessment: ServiceAssessment }[];
  readonly network: NetworkReport;
  /** The local checks' raw evidence, for sentences that cite it. */
  readonly evidence?: NetworkEvidence;
  readonly regional?: RegionalEvidence['services'];
}

/** One service in the context. */
export type ServiceContext = VerdictContext['services'][number];

/** A verdict in plain words: what is happening, whose fault it is, and what to do, in order. */
export interface VerdictGuidance {
  readonly title: string;
  readonly summary: string;
  /** Ordered; each id is stable English kebab-case whatever the language, so the UI can tick steps by id. */
  readonly steps: VerdictStep[];
}

/** Everything one verdict's writer works from. */
export interface GuidanceInput {
  /** The services the verdict is about (the decision's `serviceIds`), in context order. */
  readonly about: readonly ServiceContext[];
  readonly context: VerdictContext;
  readonly language: GuidanceLanguage;
  /** The dictionary of `language.locale`. */
  readonly m: GuidanceMessages;
}

/** Writes one verdict kind's guidance. */
export type GuidanceWriter = (input: GuidanceInput) => VerdictGuidance;

/** Builds a step. */
export const step = (id: string, title: string, detail: string): VerdictStep => ({ id, title, detail });
