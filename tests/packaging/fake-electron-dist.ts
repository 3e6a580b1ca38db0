import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// The marker @electron/fuses looks for in an Electron binary; the fuse wire
// follows it: one version byte, one length byte, then one byte per fuse.
// https://github.com/electron/fuses (src/constants.ts)
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;

/** Fuse names in wire order (FuseV1Options of @electron/fuses). */
export const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

/** One fuse's name. */
export type FuseName = (typeof FUSE_NAMES)[number];

// What a fresh Electron ships with ('1' enabled, '0' disabled), so the test
// sees each fuse the config sets actually flip.
const ELECTRON_DEFAULT_FUSES: Record<FuseName, boolean> = {
  runAsNode: true,
  enableCookieEncryption: false,
  enableNodeOptionsEnvironmentVariable: true,
  enableNodeCliInspectArguments: true,
  enableEmbeddedAsarIntegrityValidation: false,
  onlyLoadAppFromAsar: false,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: true,
};

/**
 * Writes a stand-in for an unpacked Linux Electron distribution into `dir`:
 * what electron-builder copies and renames (the `electron` executable, its
 * licence files, `version`, `resources/`). The executable is a shell script
 * that carries a fuse wire with Electron's defaults, so electron-builder's
 * fuse flipping has something real to patch and the test can read it back.
 */
export async function writeFakeElectronDist(dir: string, electronVersion: string): Promise<void> {
  await mkdir(join(dir, 'resources'), { recursive: true });
  const wire = FUSE_NAMES.map((name) => (ELECTRON_DEFAULT_FUSES[name] ? '1' : '0')).join('');
  const executable = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "placeholder Electron for packaging tests" >&2\nexit 1\n# '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([FUSE_WIRE_VERSION, FUSE_NAMES.length]),
    Buffer.from(wire),
    Buffer.from('\n'),
  ]);
  await writeFile(join(dir, 'electron'), executable);
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'LICENSE'), 'placeholder\n');
  await writeFile(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>placeholder</title>\n');
  await writeFile(join(dir, 'version'), `${electronVersion}\n`);
}

/** The fuse states written in an Electron binary ('r' marks a fuse Electron removed); throws when it carries no fuse wire. */
export async function readFuses(executablePath: string): Promise<Record<FuseName, boolean | 'removed'>> {
  const binary = await readFile(executablePath);
  const at = binary.indexOf(FUSE_SENTINEL);
  if (at === -1) throw new Error(`${executablePath} carries no fuse wire`);
  const wireStart = at + FUSE_SENTINEL.length;
  if (binary[wireStart] !== FUSE_WIRE_VERSION) throw new Error(`unexpected fuse wire version ${binary[wireStart]}`);
  const states = FUSE_NAMES.map((name, index) => {
    const byte = String.fromCharCode(binary[wireStart + 2 + index] ?? 0);
    if (byte !== '0' && byte !== '1' && byte !== 'r') throw new Error(`fuse ${name} has an unknown state ${JSON.stringify(byte)}`);
    return [name, byte === 'r' ? 'removed' : byte === '1'] as const;
  });
  return Object.fromEntries(states) as Record<FuseName, boolean | 'removed'>;
}
