import { signal } from '@preact/signals';

const query = window.matchMedia('(prefers-color-scheme: dark)');

/** The system's light or dark appearance; the CSS follows it by itself, the chart reads it here. */
export const colorScheme = signal<'light' | 'dark'>(query.matches ? 'dark' : 'light');

query.addEventListener('change', (event) => {
  colorScheme.value = event.matches ? 'dark' : 'light';
});
