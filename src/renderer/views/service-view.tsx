import { useEffect, useState } from 'preact/hooks';
import type { AppSnapshot } from '../../shared/app-snapshot.ts';
import type { HistoryRange, ServiceHistoryView } from '../../shared/history-view.ts';
import { statusDoctor } from '../bridge.ts';
import { AlertControls } from '../components/alert-controls.tsx';
import { LatencyChart } from '../components/history/latency-chart.tsx';
import { OutageTimeline } from '../components/history/outage-timeline.tsx';
import { UptimeBars } from '../components/history/uptime-bars.tsx';
import { OfficialStatus } from '../components/official-status.tsx';
import { SeeingErrorsButton, SeeingErrorsNote } from '../components/seeing-errors.tsx';
import { serviceIcon, StateIcon } from '../components/state-icon.tsx';
import { ViewHeading } from '../components/view-heading.tsx';
import { format, words } from '../i18n/dictionary.ts';
import { now } from '../state/app-state.ts';
import { navigate } from '../state/route.ts';

const RANGES: readonly HistoryRange[] = [30, 90];
const DAY_MS = 86_400_000;

/** The chart spans the whole period asked for, so one day of data sits at its right place in it. */
function chartRange(history: ServiceHistoryView): readonly [number, number] {
  const first = history.uptime[0]?.dayStart;
  const last = history.uptime.at(-1)?.dayStart;
  if (first === undefined || last === undefined) return [Date.now() - history.days * DAY_MS, Date.now()];
  return [first, last + DAY_MS];
}

/** One service: its state, alerts, uptime bars, latency chart and outage timeline. */
export function ServiceDetailView({ snapshot, serviceId }: { readonly snapshot: AppSnapshot; readonly serviceId: string }) {
  const t = words.value;
  const f = format.value;
  const service = snapshot.services.find((candidate) => candidate.id === serviceId);
  const [days, setDays] = useState<HistoryRange>(30);
  const [history, setHistory] = useState<ServiceHistoryView | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Asked again when the range or the service's state changes, never on a timer.
  useEffect(() => {
    let current = true;
    statusDoctor()
      .getHistory({ serviceId, days })
      .then(
        (result) => current && (setHistory(result), setError(null)),
        (failure: unknown) => current && setError(failure instanceof Error ? failure.message : String(failure)),
      );
    return () => {
      current = false;
    };
  }, [serviceId, days, service?.state]);

  const back = (
    <button type="button" class="button button--quiet back" onClick={() => navigate({ view: 'overview' })} aria-label={t.nav.back}>
      ← {t.service.back}
    </button>
  );
  if (!service) {
    return (
      <div class="view">
        {back}
        <ViewHeading>{t.service.notFound}</ViewHeading>
      </div>
    );
  }
  const shown = history && history.days === days ? history : null;
  return (
    <div class="view view--service">
      {back}
      <section class="card">
        <div class="service-head">
          <StateIcon kind={serviceIcon(service.state)} size={32} />
          <div>
            <ViewHeading>{service.name}</ViewHeading>
            <p class="service-head__state">
              <span class={`state-text state-text--${service.state}`}>{t.states[service.state]}</span> · {t.reasons[service.reason]} ·{' '}
              <span class="muted">{t.overview.changed(f.relative(service.since, now.value))}</span>
            </p>
            <p>
              <OfficialStatus service={service} />
            </p>
          </div>
        </div>
        <div class="actions">
          {service.hasStatusPage ? (
            <button type="button" class="button" onClick={() => void statusDoctor().openStatusPage({ serviceId: service.id })}>
              {t.official.openPage}
            </button>
          ) : null}
          <SeeingErrorsButton serviceId={service.id} />
        </div>
        <SeeingErrorsNote hint={false} />
        <h2 class="card__subtitle">{t.service.alerts}</h2>
        <AlertControls service={service} />
      </section>
      <section class="card" aria-labelledby="history-heading">
        <div class="history-head">
          <h2 id="history-heading" class="card__title">
            {t.service.uptime}
          </h2>
          <fieldset class="segmented">
            <legend class="visually-hidden">{t.service.range}</legend>
            {RANGES.map((range) => (
              <label key={range} class={`segmented__option ${days === range ? 'segmented__option--on' : ''}`}>
                <input type="radio" name="range" value={range} checked={days === range} onChange={() => setDays(range)} />
                {t.service.days(range)}
              </label>
            ))}
          </fieldset>
        </div>
        {error ? <p class="error-text">{t.app.error(error)}</p> : null}
        {!shown && !error ? <p class="muted">{t.service.loading}</p> : null}
        {shown ? <UptimeBars days={shown.uptime} /> : null}
        <h2 class="card__title">{t.service.latency}</h2>
        {shown ? <LatencyChart buckets={shown.latency} range={chartRange(shown)} /> : null}
        <h2 class="card__title">{t.service.outages}</h2>
        {shown?.providerLag ? (
          <p class="muted">{t.service.providerLag(t.settings.services.providers[shown.providerLag.provider] ?? shown.providerLag.provider, f.duration(shown.providerLag.medianLagMs), shown.providerLag.outages)}</p>
        ) : null}
        {shown ? <OutageTimeline outages={shown.outages} /> : null}
      </section>
    </div>
  );
}
