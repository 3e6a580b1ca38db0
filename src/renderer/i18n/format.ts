import type { Dictionary } from './en.ts';

/** The two languages of the window. */
export type Language = 'en' | 'ko';

const tagOf = (language: Language) => (language === 'ko' ? 'ko-KR' : 'en-US');

/**
 * Formatting for the window on `Intl`. The renderer may only import core's
 * types, so this is its own small formatter rather than core's.
 */
export interface WindowFormat {
  /** "3 min ago" / "3분 전"; "just now" under a minute. */
  relative(at: number, now: number): string;
  /** "3 ms", "4.2 s", "12 min", "1 h 5 min", "3 d" / "12분", "1시간 5분". */
  duration(ms: number): string;
  /** Time of day, with the date when not today: "2:05 PM" / "오후 2:05". */
  moment(at: number, now: number): string;
  /** A full date and time: "Nov 21, 2:05 PM". */
  dateTime(at: number): string;
  /** A local calendar day "YYYY-MM-DD" as "Nov 21" / "11월 21일". */
  day(day: string): string;
  /** The local day of an instant, as "Nov 21" / "11월 21일". */
  dayOf(at: number): string;
  /** 0.9995 → "99.95%". */
  percent(ratio: number): string;
  number(value: number): string;
}

/** Builds the formatter of one language. */
export function createWindowFormat(language: Language, words: Dictionary['time']): WindowFormat {
  const tag = tagOf(language);
  const relativeFormat = new Intl.RelativeTimeFormat(tag, { numeric: 'auto', style: 'long' });
  const timeFormat = new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit' });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  const dayFormat = new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const localDayFormat = new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric' });
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  // Korean writes units right after the number ("220ms", "5분"), as the engine's own words do.
  const unit = (value: number, name: keyof Dictionary['time']['durations']) =>
    language === 'ko' ? `${value}${words.durations[name]}` : `${value} ${words.durations[name]}`;
  const sameDay = (a: number, b: number) => new Date(a).toDateString() === new Date(b).toDateString();

  return {
    relative(at, now) {
      const seconds = Math.round((at - now) / 1000);
      const abs = Math.abs(seconds);
      if (abs < 45) return words.justNow;
      if (abs < 3600) return relativeFormat.format(Math.round(seconds / 60), 'minute');
      if (abs < 86_400) return relativeFormat.format(Math.round(seconds / 3600), 'hour');
      return relativeFormat.format(Math.round(seconds / 86_400), 'day');
    },
    duration(ms) {
      const abs = Math.abs(ms);
      if (abs < 1000) return unit(Math.round(abs), 'ms');
      if (abs < 60_000) return unit(Number((abs / 1000).toFixed(abs < 10_000 ? 1 : 0)), 's');
      const minutes = Math.round(abs / 60_000);
      if (minutes < 60) return unit(minutes, 'min');
      const hours = Math.floor(minutes / 60);
      if (hours < 48) return [unit(hours, 'h'), ...(minutes % 60 > 0 ? [unit(minutes % 60, 'min')] : [])].join(' ');
      return unit(Math.round(hours / 24), 'd');
    },
    moment: (at, now) => (sameDay(at, now) ? timeFormat.format(at) : dateTimeFormat.format(at)),
    dateTime: (at) => dateTimeFormat.format(at),
    day: (day) => dayFormat.format(new Date(`${day}T00:00:00Z`)),
    dayOf: (at) => localDayFormat.format(at),
    percent: (ratio) => `${new Intl.NumberFormat(tag, { maximumFractionDigits: ratio >= 0.999 && ratio < 1 ? 2 : 1 }).format(ratio * 100)}%`,
    number: (value) => numberFormat.format(value),
  };
}
