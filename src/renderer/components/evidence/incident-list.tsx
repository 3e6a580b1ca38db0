import type { ServiceView } from '../../../shared/app-snapshot.ts';
import { statusDoctor } from '../../bridge.ts';
import { format, words } from '../../i18n/dictionary.ts';
import { now } from '../../state/app-state.ts';

/**
 * The official incidents of every watched service, each with a button that
 * asks main to open the service's status page: the address comes from the
 * catalog in main, never from the window.
 */
export function IncidentList({ services }: { readonly services: readonly ServiceView[] }) {
  const t = words.value;
  const f = format.value;
  const withIncidents = services.filter((service) => (service.official?.incidents.length ?? 0) > 0);
  return (
    <div class="evidence-block">
      <h3 class="evidence-block__title">{t.evidence.incidents}</h3>
      {withIncidents.length === 0 ? <p class="muted">{t.evidence.noIncidents}</p> : null}
      <ul class="incidents">
        {withIncidents.flatMap((service) =>
          (service.official?.incidents ?? []).map((incident) => {
            const started = incident.startedAt ? Date.parse(incident.startedAt) : Number.NaN;
            return (
              <li key={`${service.id}-${incident.id}`} class={`incident incident--${incident.impact}`}>
                <p class="incident__name">
                  <span class="incident__service">{service.name}</span> {incident.name}
                </p>
                <p class="muted">
                  {t.official.incidentStatus[incident.status]} · {t.evidence.incidentImpact(t.official.impact[incident.impact])}
                  {Number.isFinite(started) ? ` · ${t.evidence.started(f.relative(started, now.value))}` : ''}
                </p>
                {service.hasStatusPage ? (
                  <button type="button" class="button button--link" onClick={() => void statusDoctor().openStatusPage({ serviceId: service.id })}>
                    {t.official.openPageOf(service.name)}
                  </button>
                ) : null}
              </li>
            );
          }),
        )}
      </ul>
    </div>
  );
}
