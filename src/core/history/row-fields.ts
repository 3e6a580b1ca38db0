/** A numeric column of a SQLite row, or undefined when it is NULL (or not a number). */
export function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** A text column of a SQLite row, or undefined when it is NULL (or not text). */
export function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
