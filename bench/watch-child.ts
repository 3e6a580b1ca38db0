import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const repositoryRoot = join(import.meta.dirname, '..');
const loopbackGuardSource = join(repositoryRoot, 'tests', 'support', 'loopback-only-guard.ts');

/**
 * The guard as JavaScript: loading a .ts file makes Node load its
 * TypeScript stripper (~30 MB of RSS users never have), which would inflate
 * the memory figure this bench exists to report.
 */
function loopbackGuardAsJavaScript(): string {
  const dir = mkdtempSync(join(tmpdir(), 'status-doctor-bench-guard-'));
  const path = join(dir, 'loopback-only-guard.mjs');
  writeFileSync(path, stripTypeScriptTypes(readFileSync(loopbackGuardSource, 'utf8')));
  return path;
}
const loopbackGuard = loopbackGuardAsJavaScript();
// Node 24 itself rather than npx: npx does not pass SIGTERM on, and its own process would be measured.
const node24 = join(repositoryRoot, 'node_modules', '.bin', 'node');
const command = join(repositoryRoot, 'bin', 'status-doctor.js');

/** A `status-doctor watch` process started for a bench. */
export interface WatchChild {
  /** The watch process's own id, from its `started` line. */
  readonly pid: number;
  /** Every JSON line it printed so far, parsed. */
  readonly events: readonly { readonly type: string; readonly [key: string]: unknown }[];
  /** SIGTERM, then SIGKILL if it has not ended within a few seconds. */
  stop(): Promise<void>;
}

/** Newest modification time of any file under `dir`, in ms. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Will `watch` run the CLI bundle (newer than the sources, as bin/status-doctor.js decides) rather than the sources? */
export function cliRunsFromBundle(): boolean {
  try {
    const built = statSync(join(repositoryRoot, 'out', 'cli', 'status-doctor.mjs')).mtimeMs;
    return built >= newestMtime(join(repositoryRoot, 'src', 'core')) && built >= newestMtime(join(repositoryRoot, 'src', 'cli'));
  } catch {
    return false;
  }
}

/**
 * Starts `node bin/status-doctor.js watch --config FILE` as a user's service
 * manager would (no proxies, English, no colour) with the loopback-only
 * guard, and resolves once it has printed its `started` line.
 */
export async function startWatchChild(configPath: string, startTimeoutMs = 30_000): Promise<WatchChild> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(https?|all|no)_proxy$/i.test(name)));
  const child: ChildProcess = spawn(node24, [command, 'watch', '--config', configPath], {
    cwd: repositoryRoot,
    env: { ...env, LC_ALL: 'en_US.UTF-8', NO_COLOR: '1', NODE_OPTIONS: `--import=${loopbackGuard}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events: { type: string; [key: string]: unknown }[] = [];
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));

  const started = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`watch did not start within ${startTimeoutMs} ms; stderr:\n${stderr}`)), startTimeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const event = JSON.parse(line) as { type: string; pid?: number };
      events.push(event);
      if (event.type === 'started' && typeof event.pid === 'number') {
        clearTimeout(timer);
        resolve(event.pid);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`watch ended before it started; stderr:\n${stderr}`));
    });
  });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(killer);
  };

  try {
    const pid = await started;
    return { pid, events, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * VmRSS of an empty Node 24 process (a timer, nothing loaded), with or
 * without the loopback-only guard that every bench child carries: the guard
 * is TypeScript, and loading it brings Node's type stripper along, which a
 * user's `watch` does not have.
 */
export async function emptyNodeRssBytes(withGuard: boolean, readRss: (pid: number) => number): Promise<number> {
  const child = spawn(node24, ['-e', 'setInterval(() => {}, 1000)'], {
    env: { ...process.env, NODE_OPTIONS: withGuard ? `--import=${loopbackGuard}` : '' },
    stdio: 'ignore',
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    return readRss(child.pid!);
  } finally {
    child.kill('SIGKILL');
  }
}
