// Bundles the status-doctor command into one file (out/cli/status-doctor.mjs)
// so it starts in about a tenth of a second instead of type-stripping and
// resolving every source file on each run. bin/status-doctor.js uses it
// whenever it is newer than every source file, and the sources otherwise.
import { build } from 'rolldown';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Builds the CLI bundle; returns its path. */
export async function buildCli(): Promise<string> {
  const file = join(root, 'out', 'cli', 'status-doctor.mjs');
  await build({
    input: join(root, 'src', 'cli', 'main.ts'),
    platform: 'node',
    logLevel: 'warn',
    external: [/^node:/],
    output: { file, format: 'esm', minify: true, sourcemap: false },
  });
  return file;
}

if (import.meta.main) {
  const started = performance.now();
  const file = await buildCli();
  console.log(`built ${file.slice(root.length + 1)} in ${Math.round(performance.now() - started)} ms`);
}
