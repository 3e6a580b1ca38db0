import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';
import type { TestProject } from 'vitest/node';
import { locateElectronBinary } from '../../scripts/electron-binary.ts';

const repositoryRoot = join(import.meta.dirname, '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The loopback-only guard as one CommonJS file, for Electron's `-r` (it cannot load TypeScript). */
    loopbackGuardScript: string;
  }
}

let scratch = '';

/**
 * Global setup of the Electron lane: refuses to start without the Electron
 * binary (with the message saying how to get it), and bundles the
 * loopback-only guard so the app's main process runs with it too.
 */
export async function setup(project: TestProject): Promise<void> {
  const found = locateElectronBinary(repositoryRoot);
  if ('problem' in found) throw new Error(found.problem);
  scratch = await mkdtemp(join(tmpdir(), 'status-doctor-electron-lane-'));
  const guard = join(scratch, 'loopback-only-guard.cjs');
  await build({
    input: join(repositoryRoot, 'tests', 'support', 'loopback-only-guard.ts'),
    platform: 'node',
    logLevel: 'warn',
    external: [/^node:/],
    output: { file: guard, format: 'cjs' },
  });
  project.provide('loopbackGuardScript', guard);
}

/** Removes the bundled guard. */
export async function teardown(): Promise<void> {
  if (scratch !== '') await rm(scratch, { recursive: true, force: true });
}
