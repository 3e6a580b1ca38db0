import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const repositoryRoot = join(import.meta.dirname, '..', '..');
const loopbackGuard = join(import.meta.dirname, 'loopback-only-guard.ts');

/** A `status-doctor` run that keeps going: its stdout line by line, and how it ended. */
export interface RunningStatusDoctor {
  readonly child: ChildProcess;
  /** Every stdout line so far. */
  readonly lines: string[];
  /** Resolves with the first stdout line that passes `test`; rejects after `timeoutMs` or when the command ends first. */
  waitForLine(test: (line: string) => boolean, timeoutMs: number): Promise<string>;
  /** Resolves once the command has exited, with its exit code (or the signal that killed it). */
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>;
  /** Everything it wrote on stderr, npm's own warnings left out. */
  stderr(): string;
}

/**
 * Starts `npx status-doctor ARGS` from the repository root, as a user would,
 * with the same environment as `runStatusDoctor` (no proxies, English, no
 * colour, the loopback-only guard), and streams its stdout.
 */
export function spawnStatusDoctor(args: readonly string[]): RunningStatusDoctor {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(https?|all|no)_proxy$/i.test(name)));
  const child = spawn('npx', ['--no-install', 'status-doctor', ...args], {
    cwd: repositoryRoot,
    env: { ...env, LC_ALL: 'en_US.UTF-8', NO_COLOR: '1', NODE_OPTIONS: `--import=${loopbackGuard}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters = new Set<{ test: (line: string) => boolean; resolve: (line: string) => void }>();
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const waiter of waiters) {
      if (!waiter.test(line)) continue;
      waiters.delete(waiter);
      waiter.resolve(line);
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
  });

  return {
    child,
    lines,
    exited,
    stderr: () =>
      stderr
        .split('\n')
        .filter((line) => !line.startsWith('npm warn '))
        .join('\n'),
    waitForLine(test, timeoutMs) {
      const seen = lines.find(test);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { test, resolve: (line: string) => (clearTimeout(timer), resolve(line)) };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no such line within ${timeoutMs} ms; stdout so far:\n${lines.join('\n')}\nstderr:\n${stderr}`));
        }, timeoutMs);
        waiters.add(waiter);
        void exited.then(() => {
          if (!waiters.delete(waiter)) return;
          clearTimeout(timer);
          reject(new Error(`the command ended first; stdout:\n${lines.join('\n')}\nstderr:\n${stderr}`));
        });
      });
    },
  };
}
