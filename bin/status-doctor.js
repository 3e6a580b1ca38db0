#!/usr/bin/env node
// The status-doctor command. It runs the bundle that `npm run build` (and
// `npm ci`) makes, or the TypeScript sources when they are newer than the
// bundle, which needs Node's built-in type stripping (Node 24 or later;
// `npx status-doctor` from the repository uses the Node 24 `npm ci` installs).
import { readdirSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  process.stderr.write(
    `status-doctor: needs Node.js 24 or later, this is ${process.version}.\n` +
      'Run it with "npx status-doctor" from the repository after "npm ci", which brings Node 24.\n',
  );
  process.exit(64);
}

// glibc's resolver waits 5 s per server and try by default, and a lookup in
// flight holds a libuv thread that Node joins before it can exit: a dead DNS
// server kept the command alive for 10 s after its answer. Shorter tries
// (this process only; RES_OPTIONS set by the user wins) end every lookup
// within the diagnosis deadline. macOS and Windows do not read it.
process.env.RES_OPTIONS ??= 'timeout:1 attempts:2';

// V8 keeps the compiled bundle on disk (in the temp directory), which
// roughly halves the time to load it on every later run.
enableCompileCache?.();

const root = join(import.meta.dirname, '..');
const bundle = join(root, 'out', 'cli', 'status-doctor.mjs');

/** Newest modification time under `dir`, in ms. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsCurrent() {
  try {
    const built = statSync(bundle).mtimeMs;
    return built >= newestMtime(join(root, 'src', 'core')) && built >= newestMtime(join(root, 'src', 'cli'));
  } catch {
    return false;
  }
}

const { runCli } = await import(bundleIsCurrent() ? bundle : '../src/cli/main.ts');
const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
// Exit as soon as the output is out, rather than wait for connections or
// lookups still winding down.
await new Promise((resolve) => process.stdout.write('', resolve));
await new Promise((resolve) => process.stderr.write('', resolve));
process.exit(code);
