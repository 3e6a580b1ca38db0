import type { AppSnapshot } from '../../shared/app-snapshot.ts';
import { statusDoctor } from '../bridge.ts';
import { DnsTable } from '../components/evidence/dns-table.tsx';
import { IncidentList } from '../components/evidence/incident-list.tsx';
import { NetworkFacts } from '../components/evidence/network-facts.tsx';
import { ProbeList } from '../components/evidence/probe-list.tsx';
import { SeeingErrorsButton, SeeingErrorsNote } from '../components/seeing-errors.tsx';
import { StepChecklist } from '../components/step-checklist.tsx';
import { VerdictHeadline } from '../components/verdict-headline.tsx';
import { format, words } from '../i18n/dictionary.ts';
import { now } from '../state/app-state.ts';
import { navigate } from '../state/route.ts';
import { userReportVerdict } from '../state/user-report.ts';

function Evidence({ snapshot, focus }: { readonly snapshot: AppSnapshot; readonly focus: readonly string[] }) {
  const t = words.value.evidence;
  const f = format.value;
  const report = snapshot.diagnosis?.report;
  if (!report) return <p class="muted">{t.noDiagnosis}</p>;
  // The services the verdict is about come first, open; the rest fold away.
  const open = new Set([...focus, ...report.services.filter((s) => s.state !== 'operational').map((s) => s.id)]);
  const services = [...report.services].sort((a, b) => Number(open.has(b.id)) - Number(open.has(a.id)));
  return (
    <>
      <p class="muted">{t.checkedAt(f.relative(Date.parse(report.at), now.value), f.duration(report.durationMs))}</p>
      <NetworkFacts network={report.network} />
      {report.network.dns ? <DnsTable dns={report.network.dns} /> : null}
      <ProbeList services={services} open={open} />
      <IncidentList services={snapshot.services} />
    </>
  );
}

/** The verdict with its steps as a checklist, and the evidence behind it. */
export function VerdictView({ snapshot }: { readonly snapshot: AppSnapshot }) {
  const t = words.value;
  const answer = userReportVerdict.value;
  const verdict = answer && answer.key !== snapshot.verdict.key ? answer : snapshot.verdict;
  return (
    <div class="view view--verdict">
      <section class="card verdict-card" aria-labelledby="verdict-title">
        <VerdictHeadline verdict={verdict} level={1} />
        <StepChecklist verdict={verdict} />
        <div class="actions">
          <button type="button" class="button" disabled={snapshot.checking} onClick={() => void statusDoctor().checkNow()}>
            {snapshot.checking ? t.header.checking : t.verdict.runAgain}
          </button>
          <button type="button" class="button" onClick={() => navigate({ view: 'report' })}>
            {t.verdict.makeReport}
          </button>
          <SeeingErrorsButton />
        </div>
        <SeeingErrorsNote hint={verdict.kind === 'all-clear'} />
      </section>
      <section class="card evidence" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading" class="card__title">
          {t.evidence.heading}
        </h2>
        <Evidence snapshot={snapshot} focus={verdict.serviceIds} />
      </section>
    </div>
  );
}
