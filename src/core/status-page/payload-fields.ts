/**
 * Careful field access for untrusted status-page payloads. Every value read
 * from the network goes through these: own properties only (a `__proto__`
 * key is just a key), strings trimmed and capped, lists capped, dates
 * normalised to ISO 8601 or dropped.
 */

/** Longest name, title or id kept; longer ones are cut (with an ellipsis). */
export const MAX_NAME_LENGTH = 200;

/** Most components kept from one page. */
export const MAX_COMPONENTS = 500;

/** Most incidents or maintenances kept from one page. */
export const MAX_INCIDENTS = 100;

/** Most entries of a list examined before the rest is ignored (e.g. Google's incident history). */
export const MAX_ENTRIES_EXAMINED = 5000;

/** Longest URL kept; longer ones are dropped. */
const MAX_URL_LENGTH = 2000;

/** A plain JSON object with its own keys only. */
export type JsonRecord = Readonly<Record<string, unknown>>;

/** True for a JSON object (not an array, not null). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of a record; inherited ones (`__proto__`, `constructor`…) read as absent. */
export function field(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An own property that is itself an object, or undefined. */
export function recordField(record: JsonRecord, key: string): JsonRecord | undefined {
  const value = field(record, key);
  return isRecord(value) ? value : undefined;
}

/** Collapses whitespace and caps the length, so a 10 MB name costs nothing downstream. */
export function capText(value: string, max: number = MAX_NAME_LENGTH): string {
  // Only the head is looked at: a 10 MB string is never scanned whole.
  const head = value.length > max * 4 ? value.slice(0, max * 4) : value;
  const collapsed = head.replace(/\s+/g, ' ').trim();
  return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
}

/** A non-empty string property, trimmed and capped; anything else is undefined. */
export function textField(record: JsonRecord, key: string, max: number = MAX_NAME_LENGTH): string | undefined {
  const value = field(record, key);
  if (typeof value !== 'string') return undefined;
  const text = capText(value, max);
  return text === '' ? undefined : text;
}

/** An id: a string or a finite number, as a capped string. */
export function idField(record: JsonRecord, key: string): string | undefined {
  const value = field(record, key);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return textField(record, key);
}

/** An http(s) URL property, or undefined when absent, oversized or of another scheme. */
export function urlField(record: JsonRecord, key: string, base?: string): string | undefined {
  const value = field(record, key);
  return typeof value === 'string' ? safeUrl(value, base) : undefined;
}

/** Resolves `value` (against `base` when relative) and keeps it only when it is http(s). */
export function safeUrl(value: string, base?: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_URL_LENGTH) return undefined;
  if (!URL.canParse(trimmed, base)) return undefined;
  const url = new URL(trimmed, base);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}

// Date.parse accepts almost anything ("1" is 2001); a date must at least look like one.
const DATE_SHAPES = [
  /^\d{4}-\d{2}-\d{2}/, // ISO 8601
  /\d{1,2} [A-Za-z]{3,9} \d{4}/, // RFC 822 / 1123 ("Thu, 23 Jul 2026 16:29:09 Z")
  /^[A-Za-z]{3} [A-Za-z]{3} \d{1,2} \d{4}/, // JavaScript's Date#toString, which Instatus publishes
];

/** A date-like string as ISO 8601 (UTC), or undefined when it is not a plausible date. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 100) return undefined;
  const text = value.trim();
  if (!DATE_SHAPES.some((shape) => shape.test(text))) return undefined;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return year >= 1990 && year <= 2200 ? date.toISOString() : undefined;
}

/** A date property as ISO 8601, or undefined. */
export function dateField(record: JsonRecord, key: string): string | undefined {
  return isoDate(field(record, key));
}

/**
 * The elements of a list, at most `max` of them, or undefined when the value
 * is not a list. Huge lists are never walked past `max`.
 */
export function listHead(value: unknown, max: number): readonly unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.length > max ? value.slice(0, max) : value;
}

/** Keeps the first of several items with the same key, in order. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(item);
  }
  return kept;
}
