import type { ServiceView } from '../../shared/app-snapshot.ts';
import { format, words } from '../i18n/dictionary.ts';
import { now } from '../state/app-state.ts';
import { navigate } from '../state/route.ts';
import { OfficialStatus } from './official-status.tsx';
import { Sparkline } from './sparkline.tsx';
import { serviceIcon, StateIcon } from './state-icon.tsx';

/** One service in the overview: state in icon and words, latency, official status, time of its last change. */
export function ServiceRow({ service }: { readonly service: ServiceView }) {
  const t = words.value;
  const f = format.value;
  const clock = now.value;
  return (
    <li class={`service-row service-row--${service.state}`}>
      <button type="button" class="service-row__open" onClick={() => navigate({ view: 'service', serviceId: service.id })}>
        <span class="service-row__state">
          <StateIcon kind={serviceIcon(service.state)} />
          <span class="service-row__name">{service.name}</span>
          <span class={`state-text state-text--${service.state}`}>{t.states[service.state]}</span>
        </span>
        <span class="service-row__reason">{t.reasons[service.reason]}</span>
        <span class="service-row__meta">
          <OfficialStatus service={service} />
          <span class="service-row__since">{t.overview.changed(f.relative(service.since, clock))}</span>
        </span>
        {service.mutedUntil !== undefined && service.mutedUntil > clock ? (
          <span class="service-row__flag">{t.overview.muted(f.moment(service.mutedUntil, clock))}</span>
        ) : null}
        {service.notifyWhenBack ? <span class="service-row__flag">{t.overview.notifyArmed}</span> : null}
      </button>
      <span class="service-row__spark">
        <Sparkline values={service.recentLatencyMs} />
      </span>
    </li>
  );
}
