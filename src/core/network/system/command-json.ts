/** One JSON object of a command's output. */
export type JsonRecord = Record<string, unknown>;

/**
 * The objects of a command's JSON array output (`ip -j …`): undefined when
 * the text is not a JSON array (an iproute2 too old for `-j` prints text or
 * an error instead); entries that are not objects are skipped.
 */
export function jsonArrayRecords(text: string): JsonRecord[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  return parsed.filter((item): item is JsonRecord => typeof item === 'object' && item !== null && !Array.isArray(item));
}

/**
 * The objects of PowerShell's `ConvertTo-Json` output, which prints one
 * object rather than an array when there is one, nothing when there is
 * none, and may lead with a UTF-8 byte-order mark. Undefined for text that
 * is not such JSON, or when `strict` and an entry is not an object.
 */
export function powershellJsonRecords(text: string, strict = false): JsonRecord[] | undefined {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const records = items.filter((item): item is JsonRecord => typeof item === 'object' && item !== null && !Array.isArray(item));
  return strict && records.length !== items.length ? undefined : records;
}
