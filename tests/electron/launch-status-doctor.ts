import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { locateElectronBinary } from '../../scripts/electron-binary.ts';
import type { LoopbackEdge } from '../support/loopback-edge.ts';
import { loopbackNetworkFor } from '../support/run-status-doctor.ts';
import { BUILTIN_SERVICES } from '../../src/core/catalog/builtin-catalog.ts';
import { HIDDEN_LAUNCH_ARG } from '../../src/core/desktop/autostart-entry.ts';
import { TEST_USER_DATA_ENV } from './test-profile-env.ts';

const repositoryRoot = join(import.meta.dirname, '..', '..');

// Where the app keeps its settings inside its user-data directory
// (src/main/settings-store.ts).
const SETTINGS_FILE = 'settings.json';

/**
 * Settings that keep the app on loopback: every built-in service switched
 * off, one service of our own served by the loopback edge, and every
 * network check pointed at it too.
 */
export function loopbackSettings(edge: LoopbackEdge): Record<string, unknown> {
  return {
    version: 1,
    language: 'en',
    launchAtLogin: false,
    disabledServiceIds: BUILTIN_SERVICES.map((service) => service.id),
    customServices: [{ id: 'loopback-chat', name: 'Loopback Chat', probes: [{ url: `${edge.httpsUrl}/ok`, method: 'HEAD' }] }],
    network: loopbackNetworkFor(edge),
    tls: { extraCaFile: edge.caFile },
  };
}

/** Writes the settings file where the app reads it, before the app starts. */
export async function writeAppSettings(userDataDir: string, settings: Record<string, unknown>): Promise<void> {
  await mkdir(userDataDir, { recursive: true });
  await writeFile(join(userDataDir, SETTINGS_FILE), JSON.stringify(settings, null, 2));
}

/**
 * What every launch shares: the main-process preload (loopback-only guard,
 * and the profile directory set as userData before the app starts; on Linux
 * the app-data root moves too, so nothing reaches the real profile), no
 * proxies, English.
 */
function launchArguments(userDataDir: string, preloadScript: string, appArgs: readonly string[]): { args: string[]; env: Record<string, string> } {
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !/^(https?|all|no)_proxy$/i.test(entry[0])));
  const args = [
    '-r',
    preloadScript,
    // Chromium refuses to run its sandbox as root; the app's own `sandbox: true` still applies to the window.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    repositoryRoot,
    ...appArgs,
  ];
  return { args, env: { ...env, [TEST_USER_DATA_ENV]: userDataDir, XDG_CONFIG_HOME: join(userDataDir, 'xdg-config'), LANG: 'en_US.UTF-8' } };
}

/**
 * Starts the built app (out/main, from package.json `main`) in Electron under
 * Playwright, the way the login item does: `--hidden`, tray only.
 */
export async function launchStatusDoctor(userDataDir: string, preloadScript: string): Promise<ElectronApplication> {
  const { args, env } = launchArguments(userDataDir, preloadScript, [HIDDEN_LAUNCH_ARG]);
  return _electron.launch({ args, env, cwd: repositoryRoot, timeout: 30_000 });
}

/**
 * Starts a second instance the way a user would (the same binary and
 * profile, no Playwright) and resolves with its exit code: the single-instance
 * lock makes it hand over to the first and quit.
 */
export function launchSecondInstance(userDataDir: string, preloadScript: string): Promise<number | null> {
  const found = locateElectronBinary(repositoryRoot);
  if ('problem' in found) throw new Error(found.problem);
  const { args, env } = launchArguments(userDataDir, preloadScript, []);
  return new Promise((resolve, reject) => {
    const child = spawn(found.path, args, { cwd: repositoryRoot, env, stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('the second instance did not quit within 20 s: is the single-instance lock taken?'));
    }, 20_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
