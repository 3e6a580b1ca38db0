import { words } from '../i18n/dictionary.ts';
import type { Dictionary } from '../i18n/en.ts';

/**
 * The outcome of something the user did ("Copied", "Saved to …"). Kept as
 * a function of the dictionary, not as text, so it follows a language
 * switch made after it was shown.
 */
export interface StatusMessage {
  readonly words: (t: Dictionary) => string;
  readonly bad?: boolean;
}

/** A polite live region with the latest outcome (empty until there is one). */
export function StatusLine({ status }: { readonly status: StatusMessage | null }) {
  return (
    <p role="status" class={status?.bad ? 'error-text' : 'status-text'}>
      {status ? status.words(words.value) : ''}
    </p>
  );
}
