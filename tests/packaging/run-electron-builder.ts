import { execFile } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repositoryRoot = join(import.meta.dirname, '..', '..');
const loopbackGuard = join(repositoryRoot, 'tests', 'support', 'loopback-only-guard.ts');

/**
 * Runs `electron-builder --dir --linux --x64` on the repository with the
 * committed electron-builder.yml, a given Electron distribution and output
 * directory. Nothing may be downloaded: Electron's binary download is
 * switched off, and the loopback-only guard is loaded into electron-builder
 * and every Node process it starts (npm), so any attempt fails loudly.
 * Returns electron-builder's log; rejects with it when the build fails.
 */
export async function runElectronBuilderDir(options: { electronDist: string; outputDir: string }): Promise<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(https?|all|no)_proxy$/i.test(name)));
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [
        join(repositoryRoot, 'node_modules', 'electron-builder', 'cli.js'),
        '--dir',
        '--linux',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${options.electronDist}`,
        `-c.directories.output=${options.outputDir}`,
      ],
      {
        cwd: repositoryRoot,
        env: {
          ...env,
          ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
          CI: 'true',
          // The guard is TypeScript: the npm that electron-builder starts must
          // run on this Node 24, not on an older `node` further down PATH.
          PATH: [dirname(process.execPath), env['PATH'] ?? ''].join(delimiter),
          NODE_OPTIONS: `--import=${loopbackGuard}`,
        },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 120_000,
      },
    );
    return `${stdout}${stderr}`;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`electron-builder --dir failed: ${failed.message}\n${failed.stdout ?? ''}${failed.stderr ?? ''}`, { cause: error });
  }
}
