import type { VerdictKind } from '../verdict/verdict-kind.ts';
import { activeMaintenance, failingProbes } from './evidence-facts.ts';
import { evidenceOf, namesOf, pathSentence, probeSentence, sentences } from './evidence-sentences.ts';
import { followStatusPageStep, involvesApi, retryWithBackoffStep, soonRange } from './shared-steps.ts';
import { type GuidanceWriter, step } from './verdict-context.ts';

// The verdicts that put the fault on the service's side: what it answered,
// what its official page says, that the user's own connection is fine, and
// what to do meanwhile (and, for programs, how to retry).

const outage: GuidanceWriter = (input) => {
  const { m, about, context } = input;
  const names = namesOf(about, input);
  const o = m.service.outage;
  const aboutIds = new Set(about.map((s) => s.report.id));
  const others = context.services.filter((s) => !aboutIds.has(s.report.id) && s.report.state === 'operational').map((s) => s.report.name);
  return {
    title: o.title(names),
    summary: sentences(evidenceOf(about, input), pathSentence(about, input), m.service.notYourSide(names.names)),
    steps: [
      step('wait-and-retry', o.waitTitle, o.waitDetail({ ...names, soon: soonRange(input) })),
      ...followStatusPageStep(about, input),
      step('keep-your-work', m.service.keepWork.title, m.service.keepWork.detail),
      ...(involvesApi(about) ? [retryWithBackoffStep(about, input)] : []),
      step('use-another-service', o.alternative.title, o.alternative.detail(others.length > 0 ? input.language.format.list(others) : undefined)),
    ],
  };
};

const degraded: GuidanceWriter = (input) => {
  const { m, about } = input;
  const names = namesOf(about, input);
  const d = m.service.degraded;
  return {
    title: d.title(names),
    summary: d.summary({ evidence: evidenceOf(about, input), names: names.names }),
    steps: [
      step('retry-later', d.retryLater.title, d.retryLater.detail(soonRange(input))),
      step('shorter-requests', d.shorter.title, d.shorter.detail),
      ...followStatusPageStep(about, input),
      ...(involvesApi(about) ? [retryWithBackoffStep(about, input)] : []),
    ],
  };
};

const maintenance: GuidanceWriter = (input) => {
  const { m, about, language } = input;
  const names = namesOf(about, input);
  const mm = m.service.maintenance;
  const owner = about.find((s) => activeMaintenance(s.report.official) !== undefined);
  const window = activeMaintenance(owner?.report.official);
  const until = window?.scheduledUntil ? language.format.dateTime(window.scheduledUntil) : undefined;
  const failures = about.flatMap((s) => failingProbes(s.report).slice(0, 1).map((p) => probeSentence(s, p, input)));
  return {
    title: mm.title(names),
    summary: sentences(
      window && owner ? mm.announced({ name: owner.report.name, window: window.name, ...(until ? { until } : {}) }) : mm.shown(names.names),
      ...failures,
      mm.meaning,
    ),
    steps: [step('wait-for-window', mm.waitTitle, mm.waitDetail(until)), ...followStatusPageStep(about, input)],
  };
};

const rateLimited: GuidanceWriter = (input) => {
  const { m, about, language } = input;
  const { format } = language;
  const names = namesOf(about, input);
  const r = m.service.rateLimited;
  const seconds = Math.max(0, ...about.map((s) => s.assessment.retryAfterSeconds ?? 0));
  const told = seconds > 0;
  // A title reads "Wait 30 seconds"; past a minute the formatter's units read better.
  const shown = told ? seconds : 60;
  const wait = shown < 60 ? m.evidence.common.seconds(shown, format.number(shown)) : format.duration(shown * 1000);
  const limited = about.flatMap((s) => failingProbes(s.report).filter((p) => p.outcome === 'rate-limited').slice(0, 1).map((p) => probeSentence(s, p, input)));
  return {
    title: r.title(names),
    summary: sentences(...limited, r.meaning),
    steps: [
      step('wait-for-retry-after', r.waitTitle({ wait, told }), r.waitDetail({ wait, told })),
      step('send-fewer-requests', r.fewer.title, involvesApi(about) ? r.fewer.apiDetail : r.fewer.detail(names.names)),
      retryWithBackoffStep(about, input),
    ],
  };
};

/** Writers for the verdicts on the service's side. */
export const SERVICE_WRITERS = {
  'service-outage': outage,
  'service-degraded': degraded,
  'service-maintenance': maintenance,
  'rate-limited': rateLimited,
} as const satisfies Partial<Record<VerdictKind, GuidanceWriter>>;
