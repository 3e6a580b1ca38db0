import { fieldId } from '../../components/form/field-errors.ts';
import { words } from '../../i18n/dictionary.ts';
import { CustomServiceEditor } from './custom-service-editor.tsx';
import type { SectionProps } from './general-section.tsx';
import { emptyService } from './settings-draft.ts';

/** Built-in services on and off, and the user's own services. */
export function ServicesSection({ draft, update, errors, catalog }: SectionProps & { readonly catalog: readonly { readonly id: string; readonly name: string }[] }) {
  const t = words.value.settings.services;
  const disabled = new Set(draft.disabledServiceIds);
  const toggle = (id: string, on: boolean) =>
    update({ disabledServiceIds: on ? draft.disabledServiceIds.filter((other) => other !== id) : [...draft.disabledServiceIds, id] });
  return (
    <section class="card" aria-labelledby="settings-services">
      <h2 id="settings-services" class="card__title">
        {t.heading}
      </h2>
      <fieldset class="plain-fieldset">
        <legend class="card__subtitle">{t.builtin}</legend>
        <p class="field__hint">{t.builtinHint}</p>
        <ul class="toggle-grid">
          {catalog.map((service) => (
            <li key={service.id} class="check">
              <input id={`builtin-${service.id}`} type="checkbox" checked={!disabled.has(service.id)} onChange={(event) => toggle(service.id, (event.currentTarget as HTMLInputElement).checked)} />
              <label for={`builtin-${service.id}`}>{service.name}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <h3 class="card__subtitle">{t.custom}</h3>
      <p class="field__hint">{t.customHint}</p>
      {draft.customServices.length === 0 ? <p class="muted">{t.none}</p> : null}
      {draft.customServices.map((service, index) => (
        <CustomServiceEditor
          key={service.key}
          service={service}
          index={index}
          errors={errors}
          onChange={(next) => update({ customServices: draft.customServices.map((other, i) => (i === index ? next : other)) })}
          onRemove={() => update({ customServices: draft.customServices.filter((_, i) => i !== index) })}
        />
      ))}
      <button
        type="button"
        class="button"
        onClick={() => {
          const index = draft.customServices.length;
          update({ customServices: [...draft.customServices, emptyService()] });
          // The new service's first field takes focus, so keyboard users can type right away.
          requestAnimationFrame(() => document.getElementById(fieldId(`customServices[${index}].name`))?.focus());
        }}
      >
        + {t.add}
      </button>
    </section>
  );
}
