import { Field } from '../../components/form/field.tsx';
import type { FieldErrors } from '../../components/form/field-errors.ts';
import { words } from '../../i18n/dictionary.ts';
import type { SettingsDraft } from './settings-draft.ts';

const LANGUAGES = ['system', 'en', 'ko'] as const;

/** Language and launch at login. */
export function GeneralSection({ draft, update, errors }: SectionProps) {
  const t = words.value.settings.general;
  return (
    <section class="card" aria-labelledby="settings-general">
      <h2 id="settings-general" class="card__title">
        {t.heading}
      </h2>
      <Field path="language" label={t.language} errors={errors}>
        {(input) => (
          <select {...input} class="select" value={draft.language} onChange={(event) => update({ language: (event.currentTarget as HTMLSelectElement).value as SettingsDraft['language'] })}>
            {LANGUAGES.map((choice) => (
              <option key={choice} value={choice} lang={choice === 'system' ? undefined : choice}>
                {t.languages[choice]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="check">
        <input id="field-launchAtLogin" type="checkbox" checked={draft.launchAtLogin} onChange={(event) => update({ launchAtLogin: (event.currentTarget as HTMLInputElement).checked })} />
        <label for="field-launchAtLogin">{t.launchAtLogin}</label>
      </div>
    </section>
  );
}

/** What every settings section gets: the draft, a way to change it, and the refused save's problems. */
export interface SectionProps {
  readonly draft: SettingsDraft;
  readonly update: (patch: Partial<SettingsDraft>) => void;
  readonly errors: FieldErrors;
}
