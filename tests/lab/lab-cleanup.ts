import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommandSync } from './lab-commands.ts';

// Whatever a lab made (namespaces, their veths, /etc/netns entries, the
// processes inside) is removed on every way out: the normal close, a failing
// test, an exception, SIGINT/SIGTERM/SIGHUP, and the process simply exiting.
// A SIGKILLed run cannot clean up; the next lab's start sweeps what it left.

/** A synchronous cleanup step (it may run from `process.on('exit')`). */
export type CleanupAction = () => void;

/** Every lab namespace is named `sdlab-<pid of the owning process>-<random hex>-<role>`. */
export const LAB_NAMESPACE_PATTERN = /^sdlab-(\d+)-([0-9a-f]+)-([a-z]+)$/;

const NETNS_ETC = '/etc/netns';
const actions = new Map<number, CleanupAction>();
let nextId = 0;
let handlersInstalled = false;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs every registered action once, newest first, and forgets them. Never throws. */
export function runAllCleanups(): void {
  const pending = [...actions.entries()].reverse();
  actions.clear();
  for (const [, action] of pending) {
    try {
      action();
    } catch {
      // One failing step must not leave the others undone.
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  runAllCleanups();
  // When nobody else listens, end the way the signal would have without us.
  if (process.listenerCount(signal) === 1) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  }
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once('exit', runAllCleanups);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
}

/** Registers a cleanup step for every exit path; returns a function that runs it now (once) and unregisters it. */
export function registerCleanup(action: CleanupAction): () => void {
  installHandlers();
  const id = nextId++;
  actions.set(id, action);
  return () => {
    if (!actions.delete(id)) return;
    action();
  };
}

/** The pids of the processes living in a namespace. */
export function namespacePids(namespace: string): number[] {
  const result = runCommandSync('ip', ['netns', 'pids', namespace]);
  return result.stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((pid) => Number.isInteger(pid) && pid > 1);
}

/**
 * Kills the processes inside a lab namespace (by pid: every process there was
 * started by the lab), deletes the namespace (its veths go with it) and its
 * `/etc/netns` directory. Synchronous and bounded; never throws.
 */
export function destroyNamespaceSync(namespace: string): void {
  if (!LAB_NAMESPACE_PATTERN.test(namespace)) return;
  for (let round = 0; round < 20; round++) {
    const pids = namespacePids(namespace);
    if (pids.length === 0) break;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    sleepSync(50);
  }
  runCommandSync('ip', ['netns', 'delete', namespace]);
  rmSync(join(NETNS_ETC, namespace), { recursive: true, force: true });
}

/** The lab namespaces that exist now. */
export function listLabNamespaces(): string[] {
  return runCommandSync('ip', ['netns', 'list'])
    .stdout.split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((name) => LAB_NAMESPACE_PATTERN.test(name));
}

/** True while `pid` runs (a zombie, killed but not yet reaped by its parent, counts as dead). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // /proc/<pid>/stat: "pid (comm) S ..."; the state follows the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/**
 * Removes what earlier labs left behind when their owning process died
 * without cleaning up (SIGKILL, a crashed machine): namespaces, their
 * processes, `/etc/netns` entries and work directories. Anything whose
 * owner still runs is left alone: it may be another lab running right now.
 * Returns what was removed.
 */
export function sweepStaleLabs(): string[] {
  const removed: string[] = [];
  const etcEntries = existsSync(NETNS_ETC) ? readdirSync(NETNS_ETC) : [];
  const names = new Set([...listLabNamespaces(), ...etcEntries.filter((name) => LAB_NAMESPACE_PATTERN.test(name))]);
  for (const name of names) {
    const owner = Number(LAB_NAMESPACE_PATTERN.exec(name)?.[1]);
    if (owner === process.pid || processAlive(owner)) continue;
    destroyNamespaceSync(name);
    removed.push(name);
  }
  // Work directories (logs, PKI, configs) are named `sdlab-<owner pid>-<random>` in the temp directory.
  for (const entry of readdirSync(tmpdir())) {
    const owner = Number(/^sdlab-(\d+)-[A-Za-z0-9]+$/.exec(entry)?.[1]);
    if (!Number.isInteger(owner) || owner === process.pid || processAlive(owner)) continue;
    rmSync(join(tmpdir(), entry), { recursive: true, force: true });
    removed.push(join(tmpdir(), entry));
  }
  return removed;
}
