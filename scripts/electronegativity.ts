// Electronegativity over the app's sources, as part of `npm test`: it writes
// SARIF, this script reads it back and fails on every finding that
// electronegativity-allowlist.json does not accept with a reason, on every
// allowlist entry that matches nothing any more, and on any file the scanner
// could not parse (a file it cannot read is a file it did not check).
//
// The scanner fetches translations and Electron's release list from the
// internet on every run; the loopback-only guard, loaded first, makes those
// fetches fail at once (it prints "Could not retrieve updated translations")
// and the release-list check is switched off, so the scan is offline and
// gives the same answer everywhere.
import '../tests/support/loopback-only-guard.ts';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyAllowlist, describeVerdict, parseAllowlist } from './electronegativity/allowlist.ts';
import { findingsFromSarif } from './electronegativity/sarif-findings.ts';

const root = join(import.meta.dirname, '..');
const ALLOWLIST = join(root, 'electronegativity-allowlist.json');
const SARIF = join(root, 'test-results', 'electronegativity.sarif');

// What runs inside Electron: main, preload, renderer, the IPC contract, and
// core (bundled into the main process). The CLI never runs in Electron.
// Sources rather than the out/ bundles: findings then point at lines we
// own, and the bundles would add third-party library code we cannot change.
const SCANNED = ['src/main', 'src/preload', 'src/renderer', 'src/shared', 'src/core', 'package.json'] as const;

// The first needs the internet (Electron's release list; keeping Electron
// current is the dependency updates' job); the second only feeds it the
// version from package.json and, without it, reports that version as a note.
const EXCLUDED_CHECKS = ['AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', 'ELECTRON_VERSION_JSON_CHECK'] as const;

interface RunOptions {
  input: string;
  output: string;
  isSarif: true;
  isRelative: true;
  customScan: string[];
  excludeFromScan: string[];
  electronVersionOverride: string;
  parserPlugins: string[];
}
interface RunResult {
  errors: { file: string; message: string; tolerable: boolean }[];
}

async function scan(stage: string): Promise<RunResult> {
  const electronVersion = (JSON.parse(await readFile(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  // The scanner's messages are in the language of LANG; ours are English.
  process.env['LANG'] = 'en-US';
  const run = createRequire(import.meta.url)('@doyensec/electronegativity') as (options: RunOptions) => Promise<RunResult>;
  await mkdir(join(root, 'test-results'), { recursive: true });
  return run({
    input: stage,
    output: SARIF,
    isSarif: true,
    isRelative: true,
    customScan: [],
    // The scanner names checks by class (AvailableSecurityFixesGlobalCheck), lower-cased.
    excludeFromScan: EXCLUDED_CHECKS.map((check) => check.replaceAll('_', '').toLowerCase()),
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
}

// The scanner writes its SARIF with a callback-style fs.writeFile that it
// does not wait for, so the file may still be empty or half-written when
// its run resolves: read until it is whole JSON, for a bounded time.
async function readSarifWhenWritten(timeoutMs: number): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return JSON.parse(await readFile(SARIF, 'utf8')) as unknown;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Electronegativity wrote no readable SARIF to ${SARIF} within ${timeoutMs} ms`, { cause: error });
      await sleep(50);
    }
  }
}

async function main(): Promise<number> {
  const allowlist = parseAllowlist(JSON.parse(await readFile(ALLOWLIST, 'utf8')));
  // A copy of exactly the scanned paths, so the SARIF's relative paths are the repository's.
  const stage = await mkdtemp(join(tmpdir(), 'status-doctor-electronegativity-'));
  try {
    for (const path of SCANNED) await cp(join(root, path), join(stage, path), { recursive: true });
    // A previous run's SARIF must not pass for this one's.
    await rm(SARIF, { force: true });
    const { errors } = await scan(stage);
    const findings = findingsFromSarif(await readSarifWhenWritten(10_000));
    const verdict = applyAllowlist(findings, allowlist);
    const unparsed = errors.filter((error) => !error.tolerable);
    console.log(
      `electronegativity: ${findings.length} finding(s) in ${SCANNED.join(', ')}; ${verdict.allowed.length} allowed by electronegativity-allowlist.json; SARIF in test-results/electronegativity.sarif`,
    );
    const problems = [
      ...describeVerdict(verdict),
      ...unparsed.map((error) => `  could not parse ${error.file.replace(`${stage}/`, '')}, so it was not checked: ${error.message}`),
    ];
    if (problems.length === 0) return 0;
    console.error(`electronegativity: failed; fix these, or add a reviewed entry { check, file, reason } to electronegativity-allowlist.json:`);
    for (const line of problems) console.error(line);
    return 1;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

process.exitCode = await main();
