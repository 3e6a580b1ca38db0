/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3): either a number of seconds
 * or an HTTP date.
 *
 * A date is measured against the response's own `Date` header when it has a
 * valid one, so a user whose clock is off still gets the wait the server
 * meant; otherwise against `nowMs`. Dates in the past give 0.
 *
 * @param value the header's value, if the response had one
 * @param nowMs the local time in ms since the epoch
 * @param responseDate the response's `Date` header, if any
 * @returns whole seconds to wait (rounded up), or undefined when absent or unreadable
 */
export function parseRetryAfter(value: string | undefined, nowMs: number, responseDate?: string): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds : undefined;
  }
  // Only something that looks like a date: Date.parse alone accepts "1" or "-5".
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (!Number.isFinite(at)) return undefined;
  const serverNow = responseDate === undefined ? Number.NaN : Date.parse(responseDate);
  const base = Number.isFinite(serverNow) ? serverNow : nowMs;
  return Math.max(0, Math.ceil((at - base) / 1000));
}
