import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import type { LatencyBucket } from '../../../core/history/history-store.ts';
import { format, words } from '../../i18n/dictionary.ts';
import { colorScheme } from '../../state/color-scheme.ts';

const HEIGHT = 200;

/**
 * Latency per day, p50 and p95, drawn by uPlot. The colours come from the
 * theme's CSS variables, so the chart follows light and dark; the same
 * numbers are in a table for screen readers and keyboards.
 */
export function LatencyChart({ buckets, range }: { readonly buckets: readonly LatencyBucket[]; readonly range: readonly [from: number, to: number] }) {
  const t = words.value.service;
  const f = format.value;
  const scheme = colorScheme.value;
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element || buckets.length === 0) return;
    const css = getComputedStyle(element);
    const color = (name: string) => css.getPropertyValue(name).trim();
    const axis = { stroke: color('--text-muted'), grid: { stroke: color('--border'), width: 1 }, ticks: { stroke: color('--border'), width: 1 } };
    const plot = new uPlot(
      {
        width: Math.max(element.clientWidth, 240),
        height: HEIGHT,
        scales: { x: { time: true, range: () => [range[0] / 1000, range[1] / 1000] }, y: { range: (_u, _min, max) => [0, Math.max(max * 1.1, 10)] } },
        series: [
          { label: t.day, value: (_u, value) => (value == null ? '—' : f.dayOf(value * 1000)) },
          { label: t.p50, stroke: color('--chart-p50'), width: 2, points: { size: 7 }, value: (_u, v) => (v == null ? '—' : f.duration(v)) },
          { label: t.p95, stroke: color('--chart-p95'), width: 2, dash: [6, 4], points: { size: 7 }, value: (_u, v) => (v == null ? '—' : f.duration(v)) },
        ],
        axes: [
          { ...axis, values: (_u, splits) => splits.map((split) => f.dayOf(split * 1000)) },
          { ...axis, size: 64, values: (_u, splits) => splits.map((split) => f.duration(split)) },
        ],
        // Room on the right for the last day's label.
        padding: [12, 28, 0, 0],
        cursor: { drag: { x: false, y: false } },
        legend: { live: false },
      },
      [buckets.map((b) => b.start / 1000), buckets.map((b) => b.p50Ms), buckets.map((b) => b.p95Ms)],
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 240), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [buckets, range[0], range[1], scheme, f, t]);

  if (buckets.length === 0) return <p class="muted">{t.latencyNone}</p>;
  return (
    <figure class="latency">
      <figcaption class="muted">{t.latencyCaption}</figcaption>
      <div ref={host} class="latency__chart" aria-hidden="true" />
      <details class="latency__table">
        <summary>{t.latencyTable}</summary>
        <div class="table-scroll" role="region" aria-label={t.latency} tabIndex={0}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t.day}</th>
                <th scope="col" class="num">
                  {t.p50}
                </th>
                <th scope="col" class="num">
                  {t.p95}
                </th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket) => (
                <tr key={bucket.start}>
                  <th scope="row">{f.dayOf(bucket.start)}</th>
                  <td class="num">{f.duration(bucket.p50Ms)}</td>
                  <td class="num">{f.duration(bucket.p95Ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
