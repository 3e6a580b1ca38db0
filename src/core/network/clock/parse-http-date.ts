const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 9110 §5.6.7: the preferred IMF-fixdate and the two obsolete forms
// recipients must still accept. Day names are not checked against the date:
// a server that gets the weekday wrong still tells us the time.
const IMF_FIXDATE = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
const RFC_850 = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
const ASCTIME = /^[a-z]{3} ([a-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;

/**
 * Parses an HTTP `Date` header (RFC 9110 §5.6.7: IMF-fixdate,
 * `Sunday, 06-Nov-94 08:49:37 GMT` or asctime) to ms since the epoch.
 *
 * Stricter than `Date.parse` on purpose: that accepts almost anything
 * (`"1"` is the year 2001), and a header from an unknown box on the path is
 * untrusted input. Impossible dates (30 February, 25:00) are rejected.
 * Two-digit RFC 850 years below 70 are read as 20xx, the others as 19xx.
 *
 * @returns ms since the epoch, or undefined when the value is not an HTTP date
 */
export function parseHttpDate(value: string): number | undefined {
  const text = value.trim();
  if (text.length > 64) return undefined;
  let match = IMF_FIXDATE.exec(text);
  if (match) return fromParts(match[3], match[2], match[1], match[4], match[5], match[6]);
  match = RFC_850.exec(text);
  if (match) {
    const shortYear = Number(match[3]);
    const year = String(shortYear < 70 ? 2000 + shortYear : 1900 + shortYear);
    return fromParts(year, match[2], match[1], match[4], match[5], match[6]);
  }
  match = ASCTIME.exec(text);
  if (match) return fromParts(match[6], match[1], match[2], match[3], match[4], match[5]);
  return undefined;
}

function fromParts(
  yearText: string | undefined,
  monthText: string | undefined,
  dayText: string | undefined,
  hourText: string | undefined,
  minuteText: string | undefined,
  secondText: string | undefined,
): number | undefined {
  const month = MONTHS.indexOf((monthText ?? '').toLowerCase());
  const [year, day, hour, minute, second] = [yearText, dayText, hourText, minuteText, secondText].map((part) => Number((part ?? '').trim()));
  if (month < 0 || year === undefined || day === undefined || hour === undefined || minute === undefined || second === undefined) return undefined;
  // A leap second (:60) is legal in the grammar; it counts as the next minute's first.
  if (hour > 23 || minute > 59 || second > 60 || day < 1) return undefined;
  const midnight = Date.UTC(year, month, day);
  // Date.UTC rolls 31 April over into May; a date that rolled over was never valid.
  if (new Date(midnight).getUTCDate() !== day) return undefined;
  return midnight + ((hour * 60 + minute) * 60 + second) * 1000;
}
