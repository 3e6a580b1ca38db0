import type { FieldError } from '../../../shared/settings-view.ts';

/** The settings problems by field path (`customServices[0].probes[0].url`). */
export type FieldErrors = ReadonlyMap<string, string>;

/** Indexes `updateSettings`'s errors by path (the first message of a path wins). */
export function indexErrors(errors: readonly FieldError[]): FieldErrors {
  const map = new Map<string, string>();
  for (const error of errors) if (!map.has(error.path)) map.set(error.path, error.message);
  return map;
}

/** The DOM id of the input for a settings path, so the error summary can move focus to it. */
export const fieldId = (path: string): string => `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
