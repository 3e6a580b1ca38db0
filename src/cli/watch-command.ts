import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BUILTIN_SERVICES } from '../core/catalog/builtin-catalog.ts';
import { servicesOf } from '../core/catalog/select-services.ts';
import { loadConfigFile, parseConfig } from '../core/config/load-config.ts';
import type { HistoryStore, HistoryWarning } from '../core/history/history-store.ts';
import { openHistoryStore } from '../core/history/sqlite-history-store.ts';
import { createRealClock } from '../core/monitor/clock/real-clock.ts';
import { systemRandom } from '../core/monitor/clock/seeded-random.ts';
import { createMonitor } from '../core/monitor/create-monitor.ts';
import { createHistoryRecorder } from '../core/monitor/runtime/history-recorder.ts';
import { createLiveMonitorConnections } from '../core/monitor/runtime/live-monitor-dependencies.ts';
import { EXIT_CODES } from '../core/verdict/verdict-kind.ts';
import type { CliIo } from './cli-io.ts';
import type { CliLanguage } from './cli-language.ts';
import type { WatchOptions } from './parse-command-line.ts';

/** How long shutdown waits for running probes and checks, then for connections to close. */
const STOP_GRACE_MS = 2_000;

/** Resolves with the name of the signal that asks the watch to end. */
export type StopSignal = () => Promise<string>;

/** Waits for SIGINT or SIGTERM. */
export const processStopSignal: StopSignal = () =>
  new Promise((done) => {
    const handler = (signal: NodeJS.Signals) => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
      done(signal);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });

const withinGrace = (work: Promise<unknown>) =>
  Promise.race([work.catch(() => undefined), new Promise((done) => setTimeout(done, STOP_GRACE_MS).unref())]);

/** Makes `dir` usable as the data directory (created when missing); the reason it is not, otherwise. */
async function prepareDataDir(dir: string): Promise<string | undefined> {
  try {
    await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory()) return 'not a directory';
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}

/** The history file inside the data directory. */
export const HISTORY_FILE = 'history.db';

/**
 * `status-doctor watch`: the monitor, headless, on the real clock. Writes one
 * JSON object per line on stdout: `{"type":"started"}` first (with the
 * process id, to signal it even when started through `npx`), then every
 * monitor event, and `{"type":"stopped"}` when SIGINT or SIGTERM ends it;
 * it then stops the monitor, closes its connections and returns 0.
 *
 * With `--data-dir DIR` the history goes to `DIR/history.db` (samples,
 * outages, network events, official incidents) and its recent latency is the
 * "degraded because slow" baseline; a file that could not be used is moved
 * aside and recreated, said as a `{"type":"warning"}` line. Without it no
 * history is kept.
 */
export async function runWatchCommand(
  options: WatchOptions,
  io: CliIo,
  language: CliLanguage,
  untilStopped: StopSignal = processStopSignal,
): Promise<number> {
  const source = options.configPath ?? 'built-in defaults';
  const config = options.configPath ? await loadConfigFile(options.configPath) : parseConfig({}, source);
  const services = servicesOf(config, BUILTIN_SERVICES);
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  if (dataDir !== undefined) {
    const problem = await prepareDataDir(dataDir);
    if (problem !== undefined) {
      io.stderr.write(`status-doctor: ${language.messages.errors.dataDirUnusable(dataDir, problem)}\n`);
      return EXIT_CODES.usage;
    }
  }
  // Signals that arrive while starting must not be lost.
  const stopRequested = untilStopped();
  const connections = await createLiveMonitorConnections(config, source);
  const clock = createRealClock();
  const line = (event: object) => io.stdout.write(`${JSON.stringify(event)}\n`);
  const warn = (warning: HistoryWarning) => line({ type: 'warning', code: warning.code, at: clock.now(), message: warning.message });
  let store: HistoryStore | undefined;
  const pendingWarnings: HistoryWarning[] = [];
  if (dataDir !== undefined) {
    // Warnings from opening wait for the `started` line, which comes first.
    const opened = openHistoryStore({ path: join(dataDir, HISTORY_FILE), settings: config.history, onWarning: warn });
    store = opened.store;
    pendingWarnings.push(...opened.warnings);
  }
  const history = store;
  const monitor = createMonitor({
    services,
    config,
    settings: config.monitor,
    deps: {
      ...connections,
      clock,
      random: systemRandom,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      ...(history === undefined
        ? {}
        : { recorder: createHistoryRecorder(history, { services }), latencyBaseline: (id: string) => history.recentBaseline(id) }),
    },
    onEvent: line,
  });
  line({ type: 'started', at: clock.now(), pid: process.pid, serviceIds: services.map((service) => service.id), ...(dataDir === undefined ? {} : { dataDir }) });
  for (const warning of pendingWarnings) warn(warning);
  monitor.start();
  const signal = await stopRequested;
  await withinGrace(monitor.stop());
  // Everything probed up to the signal is committed before the process ends.
  history?.close();
  await withinGrace(connections.close());
  line({ type: 'stopped', at: clock.now(), signal });
  return 0;
}
