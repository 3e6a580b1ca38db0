import type { ComponentChildren } from 'preact';
import { language } from '../../i18n/dictionary.ts';
import { fieldMessage, type FieldUnit } from '../../i18n/field-messages.ts';
import { fieldId, type FieldErrors } from './field-errors.ts';

interface FieldProps {
  /** The settings path this input edits; its error, if any, is shown under it. */
  readonly path: string;
  readonly label: string;
  readonly errors: FieldErrors;
  readonly hint?: string;
  readonly unit?: FieldUnit;
  /** Text after the input, like "seconds". */
  readonly suffix?: string;
}

/** The label, hint and error wiring of one form field; the input itself is the child's to render with `inputProps`. */
export function Field({ path, label, errors, hint, unit = 'text', suffix, children }: FieldProps & { readonly children: (inputProps: InputProps) => ComponentChildren }) {
  const id = fieldId(path);
  const error = errors.get(path);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field ${error ? 'field--invalid' : ''}`}>
      <label for={id} class="field__label">
        {label}
      </label>
      <div class="field__control">
        {children({ id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': described || undefined })}
        {suffix ? <span class="field__suffix">{suffix}</span> : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="field__error">
          {fieldMessage(error, language.value, unit)}
        </p>
      ) : null}
    </div>
  );
}

/** What a field's input must carry so its label, hint and error belong to it. */
export interface InputProps {
  readonly id: string;
  readonly 'aria-invalid': 'true' | undefined;
  readonly 'aria-describedby': string | undefined;
}

/** A text input bound to a string. */
export function TextField(props: FieldProps & { readonly value: string; readonly onInput: (value: string) => void; readonly inputMode?: 'numeric' | 'decimal' | 'url' | 'text'; readonly class?: string }) {
  const { value, onInput, inputMode } = props;
  return (
    <Field {...props}>
      {(input) => (
        <input
          {...input}
          class={`input ${props.class ?? ''}`}
          type="text"
          inputMode={inputMode}
          value={value}
          spellcheck={false}
          autoComplete="off"
          onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}
