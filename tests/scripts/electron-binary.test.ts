import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateElectronBinary } from '../../scripts/electron-binary.ts';

describe('locateElectronBinary', () => {
  let root = '';
  let packageDir = '';

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'status-doctor-electron-binary-'));
    packageDir = join(root, 'node_modules', 'electron');
    await mkdir(packageDir, { recursive: true });
    await writeFile(join(packageDir, 'package.json'), '{"name":"electron","version":"45.4.1"}');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('says how to get the binary when its download was skipped (no path.txt)', () => {
    const found = locateElectronBinary(root, {});
    expect(found).toEqual({ problem: expect.stringContaining('node node_modules/electron/install.js') });
  });

  it('says so too when path.txt names a binary that is not there', async () => {
    await writeFile(join(packageDir, 'path.txt'), 'electron');
    const found = locateElectronBinary(root, {});
    expect(found).toEqual({ problem: expect.stringMatching(/dist[\\/]electron does not exist[\s\S]*install\.js/) });
  });

  it('finds the binary the electron package would start', async () => {
    await writeFile(join(packageDir, 'path.txt'), 'electron');
    await mkdir(join(packageDir, 'dist'));
    await writeFile(join(packageDir, 'dist', 'electron'), '');
    expect(locateElectronBinary(root, {})).toEqual({ path: join(packageDir, 'dist', 'electron') });
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH like the electron package does, and checks it', async () => {
    const override = join(root, 'my-electron');
    expect(locateElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({ problem: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH') });
    await mkdir(override);
    await writeFile(join(override, 'electron'), '');
    expect(locateElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({ path: join(override, 'electron') });
  });

  it('asks for npm ci when the electron package itself is missing', async () => {
    await rm(packageDir, { recursive: true });
    expect(locateElectronBinary(root, {})).toEqual({ problem: expect.stringContaining('npm ci') });
  });
});
