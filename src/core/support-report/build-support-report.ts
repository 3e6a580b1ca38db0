import { classifyOutcome } from '../assessment/service-state.ts';
import { UnknownServiceError } from '../catalog/select-services.ts';
import type { Formatter } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import type { OsFamily } from '../i18n/os-family.ts';
import type { ProviderLag } from '../history/history-store.ts';
import type { NetworkEvidence } from '../network/network-evidence.ts';
import { redact, redactionLabels, redactText, type RedactionOptions } from '../redaction/redact.ts';
import type { CheckReport, ServiceReport } from '../report/report-schema.ts';
import { checkedBlocks } from './checked-section.ts';
import { failuresBlocks } from './failures-section.ts';
import { networkTypeOf, type NetworkType } from './network-type.ts';
import { officialSectionBlocks } from './official-section.ts';
import type { ReportScope } from './report-scope.ts';
import { requestKindFor, summaryParagraph } from './summary-section.ts';
import type { Fact, SupportReport, SupportReportSection } from './support-report.ts';
import { supportReportMessages } from './support-report-messages.ts';

/** Who the report is for and about: language, machine, what to hide. */
export interface SupportReportContext {
  readonly locale: Locale;
  readonly os: OsFamily;
  /** The OS version without its name ("11 Pro (10.0.22631)"); see `describeOsVersion`. */
  readonly osVersion: string;
  readonly appVersion: string;
  /** How the computer is connected, when the caller knows; otherwise read from `evidence`'s route, or left out. */
  readonly networkType?: NetworkType;
  /** This machine's names and home folder: hidden unless `revealLocal`. */
  readonly hostName: string;
  readonly userName: string;
  readonly homeDir: string;
  /** Show local addresses and this machine's names (the user opted in). Secrets are hidden regardless. */
  readonly revealLocal: boolean;
  /** Numbers, durations and dates in the report's language and time zone. */
  readonly format: Formatter;
  /** The IANA time zone `format` uses; the system's when absent. */
  readonly timeZone?: string;
  /** The local network evidence of the same diagnosis, when the caller kept it: route, control sites, clock, proxy. */
  readonly evidence?: NetworkEvidence;
  /** When the user first saw errors (ISO 8601), when known (the monitor's history knows). */
  readonly since?: string;
  /** Troubleshooting steps the user marked as tried, already worded in `locale`. */
  readonly tried?: readonly string[];
  /** How late each status-page provider has been, as measured by the monitor's history (absent without history). */
  readonly statusPageLag?: readonly ProviderLag[];
}

/** At most this many services are named in the title and sentences; more read as "the service". */
const MAX_NAMED_SERVICES = 3;

function focusOf(report: CheckReport, serviceId: string | undefined): readonly ServiceReport[] {
  if (serviceId !== undefined) {
    const service = report.services.find((s) => s.id === serviceId);
    if (!service) throw new UnknownServiceError(serviceId, report.services.map((s) => s.id));
    return [service];
  }
  const named = report.services.filter((s) => report.verdict.serviceIds.includes(s.id));
  if (named.length > 0) return named;
  const failing = report.services.filter((s) => s.probes.some((p) => classifyOutcome(p.outcome) !== 'up'));
  return failing.length > 0 ? failing : report.services;
}

function timeZoneName(locale: Locale, timeZone: string, at: string): string {
  const parts = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-US', { timeZone, timeZoneName: 'long' }).formatToParts(new Date(at));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

function timeFacts(report: CheckReport, context: SupportReportContext, scope: ReportScope): Fact[] {
  const { messages: m, format } = scope;
  const timeZone = context.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const rows: Fact[] = [
    { label: m.time.checkedAt, value: [format.dateTime(report.at)] },
    { label: m.time.timeZone, value: [m.time.zone({ name: timeZoneName(context.locale, timeZone, report.at), id: timeZone })] },
    { label: m.time.utc, value: [{ code: report.at }] },
  ];
  if (context.since) rows.push({ label: m.time.firstSeen, value: [format.dateTime(context.since)] });
  return rows;
}

function environmentFacts(context: SupportReportContext, scope: ReportScope): Fact[] {
  const { messages: m, safe } = scope;
  const rows: Fact[] = [
    { label: m.environment.os, value: [`${m.osNames[context.os]} ${safe(context.osVersion)}`.trim()] },
    { label: m.environment.app, value: [safe(context.appVersion)] },
  ];
  const networkType = context.networkType ?? networkTypeOf(context.evidence?.route);
  if (networkType) rows.push({ label: m.environment.network, value: [m.networkTypes[networkType]] });
  return rows;
}

/**
 * Builds the support report for one diagnosis (pure): a summary, when it
 * happened (local time with its zone, and UTC), the user's setup, what
 * failed and how, what the diagnosis already ruled out, the official status
 * at that moment, and what the user asks for. `serviceId` narrows it to one
 * service (an unknown id throws {@link UnknownServiceError}); otherwise it is
 * about the services the verdict names, or those that failed.
 *
 * Every piece of text taken from the diagnosis or the machine is redacted
 * before it is worded (secrets always; local addresses and names unless
 * `revealLocal`), and the finished report is checked for secrets once more.
 */
export function buildSupportReport(report: CheckReport, context: SupportReportContext, serviceId?: string): SupportReport {
  const messages = supportReportMessages(context.locale);
  const labels = redactionLabels(context.locale);
  const redaction: RedactionOptions = {
    revealLocal: context.revealLocal,
    hostName: context.hostName,
    userName: context.userName,
    homeDir: context.homeDir,
    labels,
  };
  const safe = (text: string) => redactText(text, redaction);
  const focus = focusOf(report, serviceId);
  const names = focus.length > 0 && focus.length <= MAX_NAMED_SERVICES ? context.format.list(focus.map((s) => safe(s.name))) : messages.theService;
  const scope: ReportScope = {
    report,
    focus,
    messages,
    format: context.format,
    safe,
    names,
    duration: (ms) => (Math.abs(ms) < 999.5 ? messages.milliseconds(context.format.number(Math.round(ms))) : context.format.duration(ms)),
    ...(context.evidence ? { evidence: context.evidence } : {}),
    ...(context.statusPageLag ? { statusPageLag: context.statusPageLag } : {}),
  };
  const since = context.since ? context.format.dateTime(context.since) : undefined;

  const sections: SupportReportSection[] = [
    { id: 'summary', heading: messages.headings.summary, blocks: [{ kind: 'paragraph', text: [summaryParagraph(scope, since)] }] },
    { id: 'time', heading: messages.headings.time, blocks: [{ kind: 'facts', rows: timeFacts(report, context, scope) }] },
    { id: 'environment', heading: messages.headings.environment, blocks: [{ kind: 'facts', rows: environmentFacts(context, scope) }] },
    { id: 'failures', heading: messages.headings.failures, blocks: failuresBlocks(scope) },
    { id: 'checked', heading: messages.headings.checked, blocks: checkedBlocks(scope, context.tried ?? []) },
    { id: 'official', heading: messages.headings.official, blocks: officialSectionBlocks(scope) },
    { id: 'request', heading: messages.headings.request, blocks: [{ kind: 'paragraph', text: [messages.request[requestKindFor(report.verdict.kind)]] }] },
  ];
  const titled = serviceId !== undefined || (report.verdict.serviceIds.length > 0 && focus.length <= MAX_NAMED_SERVICES);
  const model: SupportReport = {
    locale: context.locale,
    title: titled ? messages.title.about(names) : messages.title.general,
    sections,
    footer: messages.footer({ version: safe(context.appVersion), localHidden: !context.revealLocal }),
  };
  // A last pass for secrets only: the wording itself never holds one, so this changes nothing unless a value slipped through.
  return redact(model, { revealLocal: true, labels });
}
