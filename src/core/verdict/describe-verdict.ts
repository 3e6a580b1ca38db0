import { classifyOutcome } from '../assessment/service-state.ts';
import { describeOfficial, describeProbeEvidence, joinNames } from './evidence-phrases.ts';
import type { GuidanceLanguage } from '../i18n/guidance-language.ts';
import type { VerdictDecision } from './decide-verdict.ts';
import type { VerdictKind } from './verdict-kind.ts';
import { LOCAL_DESCRIBERS } from './local-guidance.ts';
import { type Describer, type ServiceContext, step, type VerdictContext, type VerdictText } from './verdict-text.ts';

export type { VerdictContext, VerdictText } from './verdict-text.ts';

const waitAndRetry = (names: string) =>
  step(
    'wait-and-retry',
    'Wait a few minutes, then try once',
    `The fault is on ${names}'s side, so nothing on your device will fix it. Refreshing again and again adds load and does not bring it back sooner; try again in 5–10 minutes.`,
  );

const watchOfficial = (about: ServiceContext[]) =>
  step(
    'follow-status-page',
    'Follow the official status page',
    about.some((s) => s.report.official)
      ? 'The provider posts updates there as it works on the problem; the incident above links to it.'
      : 'The provider posts updates there as it works on the problem. Status Doctor keeps watching and tells you when it answers again.',
  );

const keepWork = step(
  'keep-your-work',
  'Keep a copy of what you were writing',
  'Copy a long message somewhere safe before you retry, so a failed request does not cost you the text.',
);

/** Why the fault is not the user's: the service's own edge answered, or something else did. */
function pathSentence(about: readonly ServiceContext[]): string {
  const edgeAnswered = about.every((s) => s.report.probes.some((p) => classifyOutcome(p.outcome) === 'edge-answered-failure'));
  return edgeAnswered
    ? 'That error came back from its own servers, so your connection reaches them fine.'
    : 'Your own connection works: other sites answered during the same check.';
}

function names(about: readonly ServiceContext[]): string {
  return joinNames(about.map((s) => s.report.name));
}

function evidenceSentences(about: readonly ServiceContext[]): string {
  return about
    .map((s) => [describeProbeEvidence(s.report), describeOfficial(s.report, s.assessment)].filter(Boolean).join(' '))
    .join(' ');
}

const DESCRIBERS: Partial<Record<VerdictKind, Describer>> = {
  'service-outage': (about) => ({
    title: `${names(about)} ${about.length === 1 ? 'is' : 'are'} down — it's not you`,
    summary: `${evidenceSentences(about)} ${pathSentence(about)}`,
    steps: [waitAndRetry(names(about)), watchOfficial(about), keepWork],
  }),
  'service-degraded': (about) => ({
    title: `${names(about)} ${about.length === 1 ? 'is' : 'are'} having problems`,
    summary: `${evidenceSentences(about)} Some requests work and some fail; this is on the provider's side.`,
    steps: [
      step('retry-later', 'Retry in a few minutes', 'Partial failures usually pass within minutes. A retry may go through, but do not hammer refresh.'),
      step('shorter-requests', 'Keep requests short', 'Long conversations and large uploads are the first to fail while a service is strained; start a new chat or send less at once.'),
      watchOfficial(about),
    ],
  }),
  'service-maintenance': (about) => {
    const until = about
      .flatMap((s) => s.report.official?.maintenances ?? [])
      .find((m) => (m.status === 'in_progress' || m.status === 'verifying') && m.scheduledUntil)?.scheduledUntil;
    return {
      title: `${names(about)} ${about.length === 1 ? 'is' : 'are'} under planned maintenance`,
      summary: `${evidenceSentences(about)}${until ? ` The window is planned to end at ${until}.` : ''}`,
      steps: [
        step('wait-for-window', 'Wait for the maintenance window to end', until ? `The provider plans to finish by ${until}.` : 'The provider announces the end on its status page.'),
        watchOfficial(about),
      ],
    };
  },
  'rate-limited': (about) => {
    const wait = Math.max(0, ...about.map((s) => s.assessment.retryAfterSeconds ?? 0));
    return {
      title: `${names(about)} ${about.length === 1 ? 'is' : 'are'} asking you to slow down`,
      summary: `${evidenceSentences(about)} The service is up, but it refuses more requests from you for now (HTTP 429).`,
      steps: [
        step(
          'wait-for-retry-after',
          wait > 0 ? `Wait ${wait} seconds before the next request` : 'Wait a minute before the next request',
          wait > 0 ? `The service said when to come back (Retry-After: ${wait} s); requests before then are refused again and may extend the limit.` : 'Sending again straight away usually extends the limit.',
        ),
        step(
          'back-off',
          'If you call the API, back off exponentially',
          'Double the pause after each 429 (1 s, 2 s, 4 s, 8 s…), add a random jitter of up to the same amount so many clients do not retry together, and stop after about 5 tries.',
        ),
      ],
    };
  },
  inconclusive: (about, context) => ({
    title: 'Not sure yet — the evidence is incomplete',
    summary: `${about.length > 0 ? `${evidenceSentences(about)} ` : ''}${
      context.network.state === 'unknown'
        ? 'Nothing else proves your own connection works, so Status Doctor cannot say whose side the fault is on.'
        : ''
    }`.trim(),
    steps: [
      step('run-again', 'Run the check again', 'A second run often settles it; if the result stays the same, the details below show what failed and how.'),
      step('try-another-site', 'Open another website', 'If other sites also fail, the problem is your connection; if they work, the service is the likelier culprit.'),
    ],
  }),
  'local-client': () => ({
    title: 'Everything answers from here — the problem is likely in your browser or app',
    summary: 'The services and your connection look healthy, yet you see errors: a stale session, cached data or an extension is the usual cause.',
    steps: [
      step('sign-out-in', 'Sign out and sign in again', 'This replaces a stale or broken session, the most common cause of errors only you see.'),
      step('private-window', 'Try a private window', 'A private window starts without cookies, cache or extensions: if it works there, one of those is the cause.'),
      step('disable-extensions', 'Turn off browser extensions', 'Ad blockers, translators and privacy tools can break chat pages; turn them off, then back on one at a time.'),
      step('other-device', 'Try another browser or device', 'If it fails everywhere, the problem is tied to your account: send the provider a support report.'),
    ],
  }),
  'all-clear': (_about, context) => ({
    title: 'All clear',
    summary: `${joinNames(context.services.map((s) => s.report.name))} answered normally and no official incident is open.`,
    steps: [],
  }),
};

/** Turns a verdict decision into its title, summary and steps (pure). */
export function describeVerdict(decision: VerdictDecision, context: VerdictContext, _language?: GuidanceLanguage): VerdictText {
  const about = context.services.filter((s) => decision.serviceIds.includes(s.report.id));
  const describer = DESCRIBERS[decision.kind] ?? LOCAL_DESCRIBERS[decision.kind];
  if (!describer) throw new Error(`no words for verdict kind ${decision.kind}`);
  return describer(about, context);
}
