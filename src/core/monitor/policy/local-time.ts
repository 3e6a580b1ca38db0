import type { QuietHours } from '../monitor-settings.ts';

/**
 * Wall-clock arithmetic in an injected IANA time zone, on `Intl` alone (no
 * reliance on the machine's zone), for quiet hours and "until tomorrow".
 */

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `HH:MM` (24 h) as minutes after midnight, or `undefined` when it is not one. */
export function parseLocalTime(text: string): number | undefined {
  const match = LOCAL_TIME.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone when `Intl` knows it, else UTC: a bad setting must not stop alerts. */
export function usableTimeZone(timeZone: string): string {
  try {
    formatterFor(timeZone);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** The local wall-clock reading of an instant, as if it were a UTC timestamp. */
function wallClock(at: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wholeSecond = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wholeSecond + (((at % 1000) + 1000) % 1000);
}

/** Minutes after local midnight of an instant. */
export function localMinuteOfDay(at: number, timeZone: string): number {
  const wall = wallClock(at, usableTimeZone(timeZone));
  const dayMs = 86_400_000;
  return Math.floor((((wall % dayMs) + dayMs) % dayMs) / 60_000);
}

/**
 * True while quiet hours are on. An end earlier than the start crosses
 * midnight (22:00–07:00); an end equal to the start is an empty window, and a
 * malformed time turns quiet hours off rather than silencing everything.
 */
export function isWithinQuietHours(at: number, quietHours: QuietHours, timeZone: string): boolean {
  if (!quietHours.enabled) return false;
  const start = parseLocalTime(quietHours.start);
  const end = parseLocalTime(quietHours.end);
  if (start === undefined || end === undefined || start === end) return false;
  const minute = localMinuteOfDay(at, timeZone);
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * The first instant of the next local day. Where a daylight-saving jump
 * skips midnight, that is the moment the clocks jump (00:00 becomes 01:00).
 */
export function nextLocalMidnight(at: number, timeZone: string): number {
  const zone = usableTimeZone(timeZone);
  const today = new Date(wallClock(at, zone));
  const target = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1);
  // Usually one or two corrections of the offset land exactly on it.
  let t = target - (wallClock(at, zone) - at);
  for (let i = 0; i < 3; i += 1) {
    const wall = wallClock(t, zone);
    if (wall === target) return t;
    t += target - wall;
  }
  // Midnight does not exist that day: find the first instant at or past it.
  let low = at;
  let high = at + 2 * 86_400_000;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (wallClock(middle, zone) >= target) high = middle;
    else low = middle;
  }
  return high;
}
