import type { UptimeDay } from '../../../core/history/history-store.ts';
import { format, words } from '../../i18n/dictionary.ts';

const BAR = 6;
const GAP = 2;
const HEIGHT = 34;

function level(day: UptimeDay): string {
  if (day.uptime === undefined) return 'none';
  if (day.uptime >= 0.999) return 'ok';
  if (day.uptime >= 0.99) return 'minor';
  if (day.uptime >= 0.95) return 'degraded';
  return 'outage';
}

/** One bar per day, coloured by that day's uptime; the summary is in words beside it. */
export function UptimeBars({ days }: { readonly days: readonly UptimeDay[] }) {
  const t = words.value.service;
  const f = format.value;
  const up = days.reduce((sum, day) => sum + day.up, 0);
  const counted = days.reduce((sum, day) => sum + day.up + day.down, 0);
  const summary = counted === 0 ? t.uptimeNone : t.uptimeSummary(f.percent(up / counted), days.length);
  const width = days.length * (BAR + GAP) - GAP;
  return (
    <figure class="uptime">
      <figcaption class="uptime__summary">{summary}</figcaption>
      <svg class="uptime__bars" viewBox={`0 0 ${Math.max(width, 1)} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={summary}>
        {days.map((day, index) => (
          <rect key={day.day} x={index * (BAR + GAP)} y="0" width={BAR} height={HEIGHT} rx="1.5" class={`uptime__bar uptime__bar--${level(day)}`}>
            <title>{day.uptime === undefined ? t.uptimeDayEmpty(f.day(day.day)) : t.uptimeDay(f.day(day.day), f.percent(day.uptime))}</title>
          </rect>
        ))}
      </svg>
      {days.length > 0 ? (
        <div class="uptime__ends muted" aria-hidden="true">
          <span>{f.day(days[0]!.day)}</span>
          <span>{f.day(days.at(-1)!.day)}</span>
        </div>
      ) : null}
    </figure>
  );
}
