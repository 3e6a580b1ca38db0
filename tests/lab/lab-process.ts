import { type ChildProcess, spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { registerCleanup } from './lab-cleanup.ts';
import { LAB_COMMAND_ENV } from './lab-commands.ts';

/** A long-running process inside a lab namespace. */
export interface NamespaceProcess {
  readonly child: ChildProcess;
  /** True until it exits. */
  running(): boolean;
  /** Resolves when it has exited (SIGTERM, then SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `file args` inside a namespace via `ip netns exec` (which execs the
 * command, so the child's pid is the process itself). stderr (and stdout
 * unless `pipeStdout`) go to `logFile`. The process is killed by its pid on
 * every exit path of the test process.
 */
export function startInNamespace(
  namespace: string,
  file: string,
  args: readonly string[],
  options: { readonly logFile: string; readonly pipeStdio?: boolean; readonly cwd?: string },
): NamespaceProcess {
  const log = openSync(options.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn('ip', ['netns', 'exec', namespace, file, ...args], {
      stdio: options.pipeStdio ? ['pipe', 'pipe', log] : ['ignore', log, log],
      env: { ...LAB_COMMAND_ENV },
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
  } finally {
    closeSync(log);
  }
  let exited = child.exitCode !== null || child.signalCode !== null;
  const exitedPromise = new Promise<void>((resolve) => {
    if (exited) resolve();
    child.once('exit', () => {
      exited = true;
      resolve();
    });
    child.once('error', () => {
      exited = true;
      resolve();
    });
  });
  const kill = (signal: NodeJS.Signals) => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const unregister = registerCleanup(() => kill('SIGKILL'));
  return {
    child,
    running: () => !exited,
    async stop(graceMs = 2000) {
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), graceMs);
      await exitedPromise;
      clearTimeout(timer);
      unregister();
    },
  };
}
