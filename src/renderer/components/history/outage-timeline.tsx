import type { OutageView } from '../../../shared/history-view.ts';
import { format, words } from '../../i18n/dictionary.ts';
import type { Dictionary } from '../../i18n/en.ts';
import { now } from '../../state/app-state.ts';

function lagText(outage: OutageView, t: Dictionary['service'], duration: (ms: number) => string): string {
  if (outage.statusPageLagMs === undefined) return t.lagNone;
  return outage.statusPageLagMs >= 0 ? t.lagLate(duration(outage.statusPageLagMs)) : t.lagEarly(duration(-outage.statusPageLagMs));
}

/** The service's outages, newest first, each with how late the official status page was. */
export function OutageTimeline({ outages }: { readonly outages: readonly OutageView[] }) {
  const t = words.value.service;
  const f = format.value;
  if (outages.length === 0) return <p class="muted">{t.noOutages}</p>;
  return (
    <ol class="timeline">
      {outages.map((outage) => {
        const ongoing = outage.end === undefined;
        return (
          <li key={outage.id} class={`timeline__item ${ongoing ? 'timeline__item--ongoing' : ''}`}>
            <p class="timeline__when">
              <time dateTime={new Date(outage.start).toISOString()}>{f.dateTime(outage.start)}</time>
              {ongoing ? <span class="pill pill--outage">{t.ongoing}</span> : null}
            </p>
            <p>
              {ongoing ? t.lastingFor(f.duration(now.value - outage.start)) : t.lasted(f.duration(outage.durationMs))} · {t.causes[outage.cause]}
            </p>
            {outage.officialIncidentName ? <p class="muted">{outage.officialIncidentName}</p> : null}
            <p class={outage.statusPageLagMs !== undefined && outage.statusPageLagMs > 0 ? 'timeline__lag timeline__lag--late' : 'timeline__lag'}>
              {lagText(outage, t, f.duration)}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
