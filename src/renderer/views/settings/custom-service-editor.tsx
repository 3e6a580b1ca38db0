import { Field, TextField } from '../../components/form/field.tsx';
import type { FieldErrors } from '../../components/form/field-errors.ts';
import { words } from '../../i18n/dictionary.ts';
import type { ServiceDraft } from './settings-draft.ts';

const PROVIDERS = ['auto', 'statuspage', 'incidentio', 'instatus', 'google', 'rss'] as const;

/** One of the user's own services: id, name, the address to probe and an optional status page. */
export function CustomServiceEditor({ service, index, errors, onChange, onRemove }: {
  readonly service: ServiceDraft;
  readonly index: number;
  readonly errors: FieldErrors;
  readonly onChange: (next: ServiceDraft) => void;
  readonly onRemove: () => void;
}) {
  const t = words.value.settings.services;
  const base = `customServices[${index}]`;
  const set = (patch: Partial<ServiceDraft>) => onChange({ ...service, ...patch });
  const title = service.name.trim() || t.untitled;
  return (
    <fieldset class="custom-service">
      <legend class="custom-service__legend">{title}</legend>
      <div class="grid-2">
        <TextField path={`${base}.name`} label={t.name} errors={errors} value={service.name} onInput={(name) => set({ name })} />
        <TextField path={`${base}.id`} label={t.id} hint={t.idHint} errors={errors} value={service.id} onInput={(id) => set({ id })} class="mono" />
      </div>
      <div class="grid-url">
        <TextField path={`${base}.probes[0].url`} label={t.probeUrl} errors={errors} value={service.url} inputMode="url" class="mono" onInput={(url) => set({ url })} />
        <Field path={`${base}.probes[0].method`} label={t.method} errors={errors}>
          {(input) => (
            <select {...input} class="select" value={service.method} onChange={(event) => set({ method: (event.currentTarget as HTMLSelectElement).value === 'GET' ? 'GET' : 'HEAD' })}>
              <option value="HEAD">HEAD</option>
              <option value="GET">GET</option>
            </select>
          )}
        </Field>
      </div>
      <div class="grid-url">
        <TextField
          path={`${base}.statusPage.url`}
          label={t.statusPageUrl}
          errors={errors}
          value={service.statusPageUrl}
         
          inputMode="url"
          class="mono"
          onInput={(statusPageUrl) => set({ statusPageUrl })}
        />
        <Field path={`${base}.statusPage.provider`} label={t.provider} errors={errors}>
          {(input) => (
            <select {...input} class="select" value={service.provider} onChange={(event) => set({ provider: (event.currentTarget as HTMLSelectElement).value })}>
              {PROVIDERS.map((provider) => (
                <option key={provider} value={provider}>
                  {t.providers[provider]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button type="button" class="button button--danger" onClick={onRemove}>
        {t.remove(title)}
      </button>
    </fieldset>
  );
}
