import type { OsFamily } from '../i18n/os-family.ts';
import type { VerdictStep } from '../report/report-schema.ts';
import { isApiService } from './evidence-facts.ts';
import { sentences } from './evidence-sentences.ts';
import type { BrowserName } from './messages/message-params.ts';
import { backoffDelaysMs, jitteredRangeMs, RETRY_POLICY } from './retry-schedule.ts';
import { type GuidanceInput, type ServiceContext, step } from './verdict-context.ts';

// Steps more than one verdict uses, and the per-OS choices behind them.

/** The browsers a user of this OS has: Safari only on macOS, where it comes first. */
export function browsersFor(os: OsFamily): BrowserName[] {
  return os === 'macos' ? ['safari', 'chrome', 'edge', 'firefox'] : ['chrome', 'edge', 'firefox'];
}

/** The modifier key of browser shortcuts. */
export function modifierKey(os: OsFamily): string {
  return os === 'macos' ? '⌘' : 'Ctrl';
}

const ROUTER_POWER_OFF_MS = 30_000;
const ROUTER_BOOT_MS = 2 * 60_000;

/** Restart the router: how long to leave it off and how long it takes to come back. */
export function restartRouterStep(input: GuidanceInput, title?: string): VerdictStep {
  const { format } = input.language;
  const m = input.m.network.restartRouter;
  return step('restart-router', title ?? m.title, m.detail({ wait: format.duration(ROUTER_POWER_OFF_MS), ready: format.duration(ROUTER_BOOT_MS) }));
}

/** The wait for a service that is down or struggling: "5–10 min". */
export function soonRange(input: GuidanceInput): string {
  const { format } = input.language;
  return input.m.evidence.common.range(format.number(5), format.duration(10 * 60_000));
}

/** Where the provider posts updates, as a list of one step: none when no official page was read for these services. */
export function followStatusPageStep(about: readonly ServiceContext[], input: GuidanceInput): VerdictStep[] {
  const official = about.find((s) => s.report.official)?.report.official;
  if (!official) return [];
  const m = input.m.service.followStatusPage;
  return [step('follow-status-page', m.title, m.detail(official.url || undefined))];
}

/** True when any of the services is an API that programs call. */
export function involvesApi(about: readonly ServiceContext[]): boolean {
  return about.some(isApiService);
}

/**
 * Retries for programs: the wait the service asked for, then exponential
 * backoff with jitter, never below `Retry-After`, at most RETRY_POLICY.maxTries.
 */
export function retryWithBackoffStep(about: readonly ServiceContext[], input: GuidanceInput): VerdictStep {
  const { format } = input.language;
  const m = input.m.service.retry;
  const retryAfterSeconds = Math.max(0, ...about.map((s) => s.assessment.retryAfterSeconds ?? 0));
  const delays = backoffDelaysMs();
  const example = delays[2] ?? delays.at(-1) ?? RETRY_POLICY.firstDelayMs;
  const range = jitteredRangeMs(example);
  return step(
    'retry-with-backoff',
    involvesApi(about) ? m.titleApi : m.titleOther,
    m.detail({
      ...(retryAfterSeconds > 0 ? { retryAfter: format.duration(retryAfterSeconds * 1000) } : {}),
      delays: delays.map((ms) => format.duration(ms)),
      jitter: `${input.m.evidence.common.range(format.number(0), format.number(RETRY_POLICY.jitterPercent))}%`,
      example: format.duration(example),
      exampleFrom: format.duration(range.fromMs),
      exampleTo: format.duration(range.toMs),
      tries: format.number(RETRY_POLICY.maxTries),
    }),
  );
}

/** The OS's way to change DNS, after the sentence that says why. */
export function switchDnsDetail(input: GuidanceInput, why: string | undefined, dns: { primary: string; secondary?: string }): string {
  return sentences(why, input.m.howTo.changeDns[input.language.os](dns));
}

/** Clear the DNS cache, the OS's way. */
export function flushDnsStep(input: GuidanceInput): VerdictStep {
  const m = input.m;
  const how = sentences(m.howTo.flushDns[input.language.os], m.howTo.browserCache);
  return step('flush-dns', m.network.dnsFailure.flushDns.title, m.network.dnsFailure.flushDns.detail(how));
}

/** Turn on secure DNS in the user's browsers, then the same for the whole system. */
export function secureDnsSteps(input: GuidanceInput, dohAddress: string): VerdictStep[] {
  const { os } = input.language;
  const m = input.m;
  const browsers = browsersFor(os).map((b) => m.howTo.browser.secureDns[b]);
  return [
    step('secure-dns', m.network.dnsBlocked.secureDns.title, sentences(m.network.dnsBlocked.secureDns.lead, ...browsers)),
    step('secure-dns-system', m.network.dnsBlocked.secureDnsSystem, m.howTo.secureDnsSystem[os](dohAddress)),
  ];
}
