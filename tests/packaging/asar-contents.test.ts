import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPackageManifestPath, productionPackagesFromLockfile } from './asar-packages.ts';
import { type FuseName, readFuses, writeFakeElectronDist } from './fake-electron-dist.ts';
import { runElectronBuilderDir } from './run-electron-builder.ts';

const repositoryRoot = join(import.meta.dirname, '..', '..');
const BUILT_APP_DIRS = ['out/main', 'out/preload', 'out/renderer'] as const;
const ENTRY_FILES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'] as const;

// Release hardening of DESIGN.md (Security), as electron-builder.yml sets it.
const RELEASE_FUSES: Partial<Record<FuseName, boolean>> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

let workDir = '';
let appOutDir = '';
let archive = '';
let entries: string[] = [];

async function filesUnder(dir: string): Promise<string[]> {
  const found = await readdir(join(repositoryRoot, dir), { recursive: true, withFileTypes: true });
  return found.filter((entry) => entry.isFile()).map((entry) => relative(repositoryRoot, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function packageDir(path: string): string | undefined {
  const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  return match?.[1];
}

describe('the packaged app.asar (electron-builder --dir, placeholder Electron)', () => {
  beforeAll(async () => {
    const missing = ENTRY_FILES.filter((file) => !existsSync(join(repositoryRoot, file)));
    if (missing.length > 0) {
      throw new Error(`the built app is missing (${missing.join(', ')}): run \`npm run build\` first (\`npm test\` does)`);
    }
    workDir = await mkdtemp(join(tmpdir(), 'status-doctor-asar-'));
    const electronVersion = (JSON.parse(await readFile(join(repositoryRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
    await writeFakeElectronDist(join(workDir, 'electron'), electronVersion);
    await runElectronBuilderDir({ electronDist: join(workDir, 'electron'), outputDir: join(workDir, 'dist') });
    appOutDir = join(workDir, 'dist', 'linux-unpacked');
    archive = join(appOutDir, 'resources', 'app.asar');
    // Paths in the archive, relative and with forward slashes.
    entries = listPackage(archive, { isPack: false }).map((path) => path.split(sep).join('/').replace(/^\//, ''));
  }, 120_000);

  afterAll(async () => {
    if (workDir !== '') await rm(workDir, { recursive: true, force: true });
  });

  it('is the only copy of the app: no loose app folder, nothing unpacked beside it', () => {
    expect(existsSync(archive)).toBe(true);
    expect(existsSync(join(appOutDir, 'resources', 'app'))).toBe(false);
    expect(existsSync(join(appOutDir, 'resources', 'app.asar.unpacked'))).toBe(false);
  });

  it('holds every file of the built main, preload and renderer, source maps aside', async () => {
    for (const entry of ENTRY_FILES) expect(entries).toContain(entry);
    const built = (await Promise.all(BUILT_APP_DIRS.map(filesUnder))).flat().filter((file) => !file.endsWith('.map'));
    expect(built.filter((file) => !entries.includes(file))).toEqual([]);
  });

  it('holds nothing of the app outside out/main, out/preload, out/renderer and package.json', () => {
    const appFiles = entries.filter((path) => !path.startsWith('node_modules/') && path !== 'node_modules');
    const stray = appFiles.filter(
      (path) => path !== 'package.json' && path !== 'out' && !BUILT_APP_DIRS.some((dir) => path === dir || path.startsWith(`${dir}/`)),
    );
    expect(stray).toEqual([]);
    expect(entries.filter((path) => /^(src|tests|scripts|bench|bin|schemas|docs|assets|out\/cli)(\/|$)/.test(path))).toEqual([]);
  });

  it('has no TypeScript sources, tests or source maps anywhere, dependencies included', () => {
    expect(entries.filter((path) => /\.(ts|mts|cts|tsx|map)$/.test(path))).toEqual([]);
    expect(entries.filter((path) => /(^|\/)(__tests__|tests?)\//.test(path))).toEqual([]);
  });

  it("starts where package.json says: its main entry is in the archive", () => {
    const manifest = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as { name: string; main: string };
    expect(manifest.name).toBe('status-doctor');
    expect(entries).toContain(manifest.main.replace(/^\.\//, ''));
  });

  it('holds exactly the production dependencies npm installed, at their installed versions', async () => {
    const packaged = new Set(
      entries.filter(isPackageManifestPath).map((path) => {
        const manifest = JSON.parse(extractFile(archive, path).toString('utf8')) as { name: string; version: string };
        return `${manifest.name}@${manifest.version}`;
      }),
    );
    const production = await productionPackagesFromLockfile(join(repositoryRoot, 'package-lock.json'), (path) => existsSync(join(repositoryRoot, path)));
    expect([...packaged].sort()).toEqual([...production].sort());
    const names = new Set([...packaged].map((id) => id.slice(0, id.lastIndexOf('@'))));
    for (const dependency of ['undici', 'zod', 'electron-store']) expect(names).toContain(dependency);
  });

  it('holds no development dependency (Electron itself, build tools, test tools, bundled UI libraries)', async () => {
    const manifest = JSON.parse(await readFile(join(repositoryRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const devDependencies = Object.keys(manifest.devDependencies);
    for (const known of ['electron', 'electron-builder', 'vitest', 'typescript', 'eslint', 'preact', 'playwright-core', '@doyensec/electronegativity']) {
      expect(devDependencies).toContain(known);
    }
    // A dev dependency that production code also needs (ajv, through
    // electron-store) belongs in the archive; the others must not be there.
    const production = await productionPackagesFromLockfile(join(repositoryRoot, 'package-lock.json'), (path) => existsSync(join(repositoryRoot, path)));
    const productionNames = new Set([...production].map((id) => id.slice(0, id.lastIndexOf('@'))));
    const packagedDirs = new Set(entries.map(packageDir).filter((dir) => dir !== undefined));
    expect(devDependencies.filter((name) => !productionNames.has(name) && packagedDirs.has(name))).toEqual([]);
  });

  it('holds every package the built main and preload import (Electron and Node built-ins aside)', async () => {
    const built = (await Promise.all(['out/main', 'out/preload'].map(filesUnder))).flat().filter((file) => /\.(c|m)?js$/.test(file));
    const imported = new Set<string>();
    for (const file of built) {
      const code = await readFile(join(repositoryRoot, file), 'utf8');
      for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/g)) {
        const specifier = match[1] ?? '';
        if (specifier.startsWith('node:') || specifier === 'electron') continue;
        imported.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier));
      }
    }
    expect(imported.size).toBeGreaterThan(0);
    const packagedDirs = new Set(entries.map(packageDir).filter((dir) => dir !== undefined));
    expect([...imported].filter((name) => !packagedDirs.has(name))).toEqual([]);
  });

  it('flips the release fuses in the packaged Electron binary', async () => {
    const fuses = await readFuses(join(appOutDir, 'status-doctor'));
    expect(fuses).toMatchObject(RELEASE_FUSES);
  });
});
