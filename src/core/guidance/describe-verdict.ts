import type { GuidanceLanguage } from '../i18n/guidance-language.ts';
import type { VerdictDecision } from '../verdict/decide-verdict.ts';
import type { VerdictKind } from '../verdict/verdict-kind.ts';
import { CLIENT_WRITERS } from './client-verdicts.ts';
import { guidanceMessages } from './guidance-messages.ts';
import { NETWORK_WRITERS } from './network-verdicts.ts';
import { SERVICE_WRITERS } from './service-verdicts.ts';
import type { GuidanceWriter, VerdictContext, VerdictGuidance } from './verdict-context.ts';

const WRITERS: Readonly<Record<VerdictKind, GuidanceWriter>> = { ...NETWORK_WRITERS, ...SERVICE_WRITERS, ...CLIENT_WRITERS };

/**
 * Turns a verdict into help a person can follow (pure): a short title, a
 * summary of what is happening and whether it is the user's fault, citing
 * this diagnosis's evidence, and ordered steps for the user's OS, in the
 * user's language. Step ids are the same in every language.
 */
export function describeVerdict(decision: VerdictDecision, context: VerdictContext, language: GuidanceLanguage): VerdictGuidance {
  const about = context.services.filter((s) => decision.serviceIds.includes(s.report.id));
  return WRITERS[decision.kind]({ about, context, language, m: guidanceMessages(language.locale) });
}
