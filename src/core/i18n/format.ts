import { withParticle } from './korean-particles.ts';
import type { Locale } from './locale.ts';

/** Locale-aware formatting of what the messages say: numbers, durations, dates, lists. */
export interface Formatter {
  readonly locale: Locale;
  /** 1,234 / 1,234 */
  number(value: number, maximumFractionDigits?: number): string;
  /** A duration in its largest sensible units: "3 ms", "4.2 sec", "12 min", "1 hr 5 min" / "3ms", "4.2초", "12분", "1시간 5분". */
  duration(ms: number): string;
  /** A moment with its time zone: "Nov 21, 2026, 8:00 PM UTC" / "2026년 11월 22일 오전 5:00 KST". */
  dateTime(at: Date | string): string;
  /** "A, B, and C" / "A, B와 C" (the particle follows how B is read). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

/**
 * Builds a formatter on `Intl` for a locale and time zone (the system's
 * when not given; tests pass one so their output does not depend on the
 * machine).
 */
export function createFormatter(locale: Locale, timeZone?: string): Formatter {
  const tag = locale === 'ko' ? 'ko-KR' : 'en-US';
  const unit = (value: number, name: 'millisecond' | 'second' | 'minute' | 'hour' | 'day', digits = 0) =>
    new Intl.NumberFormat(tag, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
  return {
    locale,
    number: (value, maximumFractionDigits = 0) => new Intl.NumberFormat(tag, { maximumFractionDigits }).format(value),
    duration: (ms) => {
      const abs = Math.abs(ms);
      if (abs < 1000) return unit(Math.round(ms), 'millisecond');
      if (abs < 60_000) return unit(ms / 1000, 'second', abs < 10_000 ? 1 : 0);
      const minutes = Math.round(ms / 60_000);
      if (Math.abs(minutes) < 60) return unit(minutes, 'minute');
      const hours = Math.trunc(minutes / 60);
      const rest = Math.abs(minutes % 60);
      if (Math.abs(hours) < 48) return [unit(hours, 'hour'), ...(rest > 0 ? [unit(rest, 'minute')] : [])].join(' ');
      return unit(Math.round(ms / 86_400_000), 'day');
    },
    dateTime: (at) => {
      const formatter = new Intl.DateTimeFormat(tag, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
        ...(timeZone ? { timeZone } : {}),
      });
      const text = formatter.format(typeof at === 'string' ? new Date(at) : at);
      // Intl writes Korea's zone as "GMT+9"; people there say KST.
      return formatter.resolvedOptions().timeZone === 'Asia/Seoul' ? text.replace('GMT+9', 'KST') : text;
    },
    list: (items, type = 'conjunction') => {
      // Intl's Korean list says "A, B 및 C", which reads like a form; "A, B와 C" is how it is said.
      if (locale === 'ko' && type === 'conjunction' && items.length >= 2) {
        const last = items.at(-1)!;
        const beforeLast = withParticle(items.at(-2)!, '과/와');
        return [...items.slice(0, -2), `${beforeLast} ${last}`].join(', ');
      }
      return new Intl.ListFormat(tag, { style: 'long', type }).format(items);
    },
  };
}
