import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..', '..', '..');
const BUILT = join(root, 'out', 'renderer', 'index.html');
const SOURCES = ['src/renderer', 'src/shared', 'electron.vite.config.ts', 'tsconfig.web.json', 'package-lock.json'];

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** True when out/renderer is missing or older than a source it is built from. */
export function rendererIsStale(): boolean {
  const built = statSync(BUILT, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

/**
 * Vitest global setup: the window's tests run against the BUILT renderer,
 * so build it when it is missing or older than its sources (`npm test`
 * builds first, so there it is already fresh). Once, before any test file,
 * so parallel files never build over each other.
 */
export async function setup(): Promise<void> {
  if (!rendererIsStale()) return;
  try {
    await promisify(execFile)('npx', ['--no-install', 'electron-vite', 'build'], { cwd: root, timeout: 120_000 });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`building the renderer for tests/renderer failed (npx electron-vite build):\n${output.stderr ?? ''}${output.stdout ?? ''}${output.message}`, { cause: error });
  }
}
