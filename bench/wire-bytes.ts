import { DEFAULT_MONITOR_SETTINGS } from '../src/core/monitor/monitor-settings.ts';
import type { BenchFigure } from './bench-report.ts';
import { IDLE_SERVICES, type WatchBenchRun } from './watch-bench-run.ts';

/** DESIGN.md: "On the wire ≤ 100 KB per service-hour". */
const BUDGET_KB_PER_SERVICE_HOUR = 100;
const HOUR_MS = 3_600_000;
const kilobytes = (bytes: number) => bytes / 1_000;

/**
 * Bytes on the wire per service-hour in a {@link WatchBenchRun}: the bytes of
 * one probe round and of one status-page poll as measured in the window,
 * times how many of each an hour holds at the default settings (60 probe
 * rounds, 30 polls: jitter moves each one but not their mean). The raw
 * window, scaled to an hour, is printed as a cross-check. Payload bytes
 * (TLS records, HTTP); TCP/IP headers and the machine-wide network checks
 * are not counted.
 */
export function wireByteFigures(run: WatchBenchRun | undefined): BenchFigure[] {
  if (run === undefined) return [{ name: 'not measured', value: 0, unit: '', note: 'needs Linux /proc' }];
  const { probes, statusPages, polls } = run;
  const probeBytes = probes.toServer + probes.toClient;
  const pageBytes = statusPages.toServer + statusPages.toClient;
  const perRound = probes.exchanges === 0 ? Number.NaN : probeBytes / probes.exchanges;
  const perPoll = polls.total === 0 ? Number.NaN : pageBytes / polls.total;
  const probeHour = perRound * (HOUR_MS / DEFAULT_MONITOR_SETTINGS.probe.intervalMs);
  const pageHour = perPoll * (HOUR_MS / DEFAULT_MONITOR_SETTINGS.statusPage.intervalMs);
  const windowHour = ((probeBytes + pageBytes) / run.windowMs) * (HOUR_MS / IDLE_SERVICES);
  return [
    {
      name: 'one probe round (HEAD /ok over HTTPS)',
      value: perRound,
      unit: 'B',
      note:
        `${probes.exchanges} rounds in ${run.windowMs / 1000} s, ${probes.connections} new TCP+TLS connections; ` +
        `${Math.round(probes.toServer / Math.max(1, probes.exchanges))} B out, ${Math.round(probes.toClient / Math.max(1, probes.exchanges))} B in`,
    },
    {
      name: 'one status-page poll',
      value: perPoll,
      unit: 'B',
      note: `${polls.total} polls, ${polls.conditional} conditional (304); a full answer's body is ${run.statusPageBodyBytes} B`,
    },
    { name: 'probes per service-hour', value: kilobytes(probeHour), unit: 'KB', note: `${HOUR_MS / DEFAULT_MONITOR_SETTINGS.probe.intervalMs} rounds` },
    { name: 'status page per service-hour', value: kilobytes(pageHour), unit: 'KB', note: `${HOUR_MS / DEFAULT_MONITOR_SETTINGS.statusPage.intervalMs} polls, one page per service` },
    { name: 'on the wire per service-hour', value: kilobytes(probeHour + pageHour), unit: 'KB', budget: BUDGET_KB_PER_SERVICE_HOUR, note: '1 KB = 1000 B' },
    { name: 'cross-check: window scaled to an hour', value: kilobytes(windowHour), unit: 'KB', note: `${IDLE_SERVICES} services, ${run.windowMs / 1000} s` },
  ];
}
