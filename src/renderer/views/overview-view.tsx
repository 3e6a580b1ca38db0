import { useEffect } from 'preact/hooks';
import type { AppSnapshot } from '../../shared/app-snapshot.ts';
import { NetworkSummary } from '../components/network-summary.tsx';
import { Notices } from '../components/notices.tsx';
import { SeeingErrorsButton, SeeingErrorsNote } from '../components/seeing-errors.tsx';
import { ServiceRow } from '../components/service-row.tsx';
import { VerdictHeadline } from '../components/verdict-headline.tsx';
import { ViewHeading } from '../components/view-heading.tsx';
import { words } from '../i18n/dictionary.ts';
import { OVERVIEW_RENDERED_MARK } from '../perf-marks.ts';
import { navigate } from '../state/route.ts';

/** Every service at a glance, the verdict in one card, and the local network. */
export function OverviewView({ snapshot }: { readonly snapshot: AppSnapshot }) {
  const t = words.value;
  // Once, when the overview first shows real data: `npm run bench` reads it.
  useEffect(() => {
    if (performance.getEntriesByName(OVERVIEW_RENDERED_MARK).length === 0) performance.mark(OVERVIEW_RENDERED_MARK);
  }, []);
  const verdict = snapshot.verdict;
  return (
    <div class="view view--overview">
      <ViewHeading hidden>{t.overview.heading}</ViewHeading>
      <Notices notices={snapshot.notices} />
      <section class="card verdict-card" aria-labelledby="verdict-title">
        <VerdictHeadline verdict={verdict} />
        <div class="actions">
          {verdict.steps.length > 0 ? (
            <button type="button" class="button button--primary" onClick={() => navigate({ view: 'verdict' })}>
              {t.overview.verdictLink}
            </button>
          ) : null}
          <SeeingErrorsButton />
        </div>
        <SeeingErrorsNote hint={verdict.kind === 'all-clear'} />
      </section>
      <section class="card" aria-labelledby="services-heading">
        <h2 id="services-heading" class="card__title">
          {t.overview.services}
        </h2>
        {snapshot.services.length === 0 ? <p class="muted">{t.overview.noServices}</p> : null}
        <ul class="service-list">
          {snapshot.services.map((service) => (
            <ServiceRow key={service.id} service={service} />
          ))}
        </ul>
      </section>
      <NetworkSummary network={snapshot.network} />
    </div>
  );
}
