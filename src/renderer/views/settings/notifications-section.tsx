import type { ServiceView } from '../../../shared/app-snapshot.ts';
import { AlertControls } from '../../components/alert-controls.tsx';
import { TextField } from '../../components/form/field.tsx';
import { words } from '../../i18n/dictionary.ts';
import type { SectionProps } from './general-section.tsx';

/** Degraded alerts and quiet hours (saved with the form), and each service's mute and "tell me when it's back" (applied at once). */
export function NotificationsSection({ draft, update, errors, services }: SectionProps & { readonly services: readonly ServiceView[] }) {
  const t = words.value.settings.notifications;
  return (
    <section class="card" aria-labelledby="settings-notifications">
      <h2 id="settings-notifications" class="card__title">
        {t.heading}
      </h2>
      <div class="check">
        <input id="field-monitor-notifications-notifyDegraded" type="checkbox" checked={draft.notifyDegraded} onChange={(event) => update({ notifyDegraded: (event.currentTarget as HTMLInputElement).checked })} />
        <label for="field-monitor-notifications-notifyDegraded">{t.notifyDegraded}</label>
      </div>
      <fieldset class="plain-fieldset">
        <legend class="card__subtitle">{t.quietHours}</legend>
        <div class="check">
          <input
            id="field-monitor-notifications-quietHours-enabled"
            type="checkbox"
            checked={draft.quietEnabled}
            onChange={(event) => update({ quietEnabled: (event.currentTarget as HTMLInputElement).checked })}
          />
          <label for="field-monitor-notifications-quietHours-enabled">{t.quietEnabled}</label>
        </div>
        <div class="grid-2 grid-2--narrow">
          <TextField path="monitor.notifications.quietHours.start" label={t.quietStart} errors={errors} value={draft.quietStart} onInput={(quietStart) => update({ quietStart })} class="input--time" inputMode="numeric" />
          <TextField path="monitor.notifications.quietHours.end" label={t.quietEnd} errors={errors} value={draft.quietEnd} onInput={(quietEnd) => update({ quietEnd })} class="input--time" inputMode="numeric" />
        </div>
      </fieldset>
      {services.length > 0 ? (
        <fieldset class="plain-fieldset">
          <legend class="card__subtitle">{t.perService}</legend>
          <ul class="per-service">
            {services.map((service) => (
              <li key={service.id}>
                <AlertControls service={service} compact />
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </section>
  );
}
