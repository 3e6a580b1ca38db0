import { format, words } from '../i18n/dictionary.ts';

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Recent probe rounds as a small inline line: latency as the line, a failed
 * round as a red tick on the baseline. Plain SVG (uPlot is for the detail
 * chart); its words are in its label.
 */
export function Sparkline({ values }: { readonly values: readonly (number | null)[] }) {
  const t = words.value.overview;
  const f = format.value;
  const measured = values.filter((value): value is number => value !== null);
  const last = [...values].reverse().find((value): value is number => value !== null);
  const mid = median(measured);
  const label = last === undefined || mid === undefined ? t.latencyNone : t.latency(f.duration(last), f.duration(mid));
  const max = Math.max(1, ...measured) * 1.15;
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  const x = (index: number) => PAD + index * step;
  const y = (value: number) => HEIGHT - PAD - (value / max) * (HEIGHT - 2 * PAD);

  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(index).toFixed(1)},${y(value).toFixed(1)}`);
  });
  if (current.length > 0) segments.push(current.join(' '));

  return (
    <svg class="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - 1.5} y2={HEIGHT - 1.5} class="sparkline__base" />
      {segments.map((points) =>
        points.includes(' ') ? (
          <polyline key={points} points={points} class="sparkline__line" />
        ) : (
          <circle key={points} cx={points.split(',')[0]} cy={points.split(',')[1]} r="1.6" class="sparkline__dot" />
        ),
      )}
      {values.map((value, index) =>
        value === null ? <rect key={`f${index}`} x={x(index) - 1.5} y={HEIGHT - 9} width="3" height="8" rx="1" class="sparkline__fail" /> : null,
      )}
    </svg>
  );
}
