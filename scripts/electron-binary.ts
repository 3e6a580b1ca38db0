// Is Electron's own binary installed? `npm run test:electron` asks first,
// because the `electron` package only holds a download script: without the
// binary (ELECTRON_SKIP_BINARY_DOWNLOAD, or no internet at install time),
// `require('electron')` from Node would try to download it on the spot.
// This check only reads files, so it never reaches the network.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the Electron binary is, or why it is not there and what to do about it. */
export type ElectronBinary = { readonly path: string } | { readonly problem: string };

const HOW_TO_GET_IT = [
  'The Electron end-to-end lane needs the real Electron binary, which is not installed here',
  '(npm ci skipped it: ELECTRON_SKIP_BINARY_DOWNLOAD was set, or the download failed).',
  'On a machine with internet access, get it with:',
  '',
  '    node node_modules/electron/install.js',
  '',
  'then run `npm run test:electron` again (on Linux without a display: `xvfb-run npm run test:electron`).',
  'Or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron of the same version.',
].join('\n');

/**
 * Finds the binary the `electron` package would start, the way its index.js
 * does (path.txt inside the package, or ELECTRON_OVERRIDE_DIST_PATH), without
 * its fallback of downloading a missing one.
 */
export function locateElectronBinary(repositoryRoot: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const packageDir = join(repositoryRoot, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) return { problem: `The electron package is not installed: run \`npm ci\` first.\n\n${HOW_TO_GET_IT}` };
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override !== undefined && override !== '') {
    const path = join(override, relative ?? 'electron');
    return existsSync(path) ? { path } : { problem: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary (${path} does not exist).\n\n${HOW_TO_GET_IT}` };
  }
  if (relative === undefined) return { problem: HOW_TO_GET_IT };
  const path = join(packageDir, 'dist', relative);
  return existsSync(path) ? { path } : { problem: `${path} does not exist.\n\n${HOW_TO_GET_IT}` };
}

if (import.meta.main) {
  const found = locateElectronBinary(join(import.meta.dirname, '..'));
  if ('problem' in found) {
    console.error(`test:electron: no Electron binary.\n\n${found.problem}`);
    process.exitCode = 1;
  } else {
    console.log(`test:electron: using ${found.path}`);
  }
}
