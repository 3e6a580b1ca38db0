import type { FieldError } from '../../../shared/settings-view.ts';
import { language, words } from '../../i18n/dictionary.ts';
import { fieldMessage } from '../../i18n/field-messages.ts';
import { fieldId } from './field-errors.ts';

/** Every problem of a refused save, each a link to its field; the fields show them too. */
export function ErrorSummary({ errors, labelOf }: { readonly errors: readonly FieldError[]; readonly labelOf: (path: string) => string }) {
  const t = words.value.settings;
  if (errors.length === 0) return null;
  const focus = (path: string) => {
    const element = document.getElementById(fieldId(path));
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  };
  return (
    <div class="error-summary" role="alert" tabIndex={-1}>
      <p class="error-summary__title">{t.notSaved(errors.length)}</p>
      <ul>
        {errors.map((error) => (
          <li key={`${error.path}:${error.message}`}>
            <button type="button" class="button button--link" onClick={() => focus(error.path)}>
              {t.fieldError(labelOf(error.path), fieldMessage(error.message, language.value, error.path.endsWith('Ms') ? 'seconds' : 'text'))}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
