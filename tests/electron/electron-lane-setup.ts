import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';
import type { TestProject } from 'vitest/node';
import { locateElectronBinary } from '../../scripts/electron-binary.ts';

const repositoryRoot = join(import.meta.dirname, '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** main-process-preload.ts (the loopback-only guard and the test profile) as one CommonJS file, for Electron's `-r`. */
    mainProcessPreload: string;
  }
}

let scratch = '';

/**
 * Global setup of the Electron lane: refuses to start without the Electron
 * binary (with the message saying how to get it), and bundles the
 * main-process preload (loopback-only guard, test profile) into CommonJS:
 * Electron's `-r` cannot load TypeScript, and Playwright drops NODE_OPTIONS.
 */
export async function setup(project: TestProject): Promise<void> {
  const found = locateElectronBinary(repositoryRoot);
  if ('problem' in found) throw new Error(found.problem);
  scratch = await mkdtemp(join(tmpdir(), 'status-doctor-electron-lane-'));
  const preload = join(scratch, 'main-process-preload.cjs');
  await build({
    input: join(import.meta.dirname, 'main-process-preload.ts'),
    platform: 'node',
    logLevel: 'warn',
    external: [/^node:/, 'electron'],
    output: { file: preload, format: 'cjs' },
  });
  project.provide('mainProcessPreload', preload);
}

/** Removes the bundled preload. */
export async function teardown(): Promise<void> {
  if (scratch !== '') await rm(scratch, { recursive: true, force: true });
}
