// A lab's reaper: a small detached process that removes the lab when the
// process owning it dies without cleaning up (SIGKILL, as test runners do
// to their workers when they are themselves stopped). It watches a pipe from
// its owner and the owner's pid; either going away ends the lab.
//   node lab-reaper.ts <owner pid> <work dir> <namespace>...
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import { basename, join } from 'node:path';
import { destroyNamespaceSync, LAB_NAMESPACE_PATTERN, listLabNamespaces, processAlive } from './lab-cleanup.ts';
import { LAB_COMMAND_ENV } from './lab-commands.ts';

/** The reaper's own upper bound: no lab (bench included) runs longer than this. */
const MAX_LIFETIME_MS = 6 * 60 * 60_000;

/**
 * Starts the reaper of a lab, detached (its own session: a Ctrl-C to the
 * terminal's process group does not reach it). Returns how to release it
 * once the lab has been removed normally.
 */
export function startLabReaper(node: string, workDir: string, namespaces: readonly string[]): { release(): void } {
  const child = spawn(node, [join(import.meta.dirname, 'lab-reaper.ts'), String(process.pid), workDir, ...namespaces], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
    env: { ...LAB_COMMAND_ENV },
  });
  child.stdin?.on('error', () => undefined);
  // Neither the process nor its pipe may keep the owner's event loop alive.
  child.unref();
  (child.stdin as Socket | null)?.unref();
  return { release: () => child.stdin?.end() };
}

function main(): void {
  const [ownerText, workDir, ...namespaces] = process.argv.slice(2);
  const owner = Number(ownerText);
  if (!Number.isInteger(owner) || owner <= 1 || !workDir || !/^sdlab-\d+-/.test(basename(workDir)) || namespaces.some((name) => !LAB_NAMESPACE_PATTERN.test(name))) {
    process.stderr.write('usage: lab-reaper.ts <owner pid> <work dir> <sdlab namespace>...\n');
    process.exit(64);
  }
  let done = false;
  const reap = () => {
    if (done) return;
    done = true;
    const existing = new Set(listLabNamespaces());
    const left = namespaces.filter((namespace) => existing.has(namespace));
    // Nothing left means the owner closed the lab itself (work directory included, unless kept on purpose).
    if (left.length === 0) process.exit(0);
    for (const namespace of left) destroyNamespaceSync(namespace);
    if (process.env.SDLAB_KEEP_WORKDIR !== '1') rmSync(workDir, { recursive: true, force: true });
    process.exit(0);
  };
  // The owner closes the pipe after a normal close (nothing left to reap) or by dying (everything left to reap).
  process.stdin.on('end', reap);
  process.stdin.on('close', reap);
  process.stdin.resume();
  const started = Date.now();
  const timer = setInterval(() => {
    if (!processAlive(owner) || Date.now() - started > MAX_LIFETIME_MS) reap();
  }, 1000);
  timer.unref();
}

if (import.meta.main) main();
