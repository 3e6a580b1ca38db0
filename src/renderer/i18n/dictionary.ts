import { computed, signal } from '@preact/signals';
import { en, type Dictionary } from './en.ts';
import { createWindowFormat, type Language, type WindowFormat } from './format.ts';
import { ko } from './ko.ts';

const DICTIONARIES: Record<Language, Dictionary> = { en, ko };

/** The window's language: the snapshot's (`snapshot.language`), English until the first one. */
export const language = signal<Language>('en');

/** The window's words in its language. */
export const words = computed<Dictionary>(() => DICTIONARIES[language.value]);

/** Numbers, times and durations in the window's language. */
export const format = computed<WindowFormat>(() => createWindowFormat(language.value, words.value.time));
