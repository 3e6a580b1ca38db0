import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repositoryRoot = join(import.meta.dirname, '..', '..');
const loopbackGuard = join(import.meta.dirname, 'loopback-only-guard.ts');

/** This process's environment less any proxy settings: a test that wants a proxy sets one itself. */
function environmentWithoutProxies(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(https?|all|no)_proxy$/i.test(name)));
}

/** What one run of the command printed and how it ended. */
export interface CommandRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `npx status-doctor ARGS` from the repository root exactly as the
 * README tells a user to, with a bounded time.
 */
export function runStatusDoctor(args: readonly string[], options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    execFile(
      'npx',
      ['--no-install', 'status-doctor', ...args],
      {
        cwd: repositoryRoot,
        timeout: options.timeoutMs ?? 30_000,
        maxBuffer: 16 * 1024 * 1024,
        // English unless a test asks for another language: the machine's own locale must not change what tests read.
        env: { ...environmentWithoutProxies(), LC_ALL: 'en_US.UTF-8', NO_COLOR: '1', NODE_OPTIONS: `--import=${loopbackGuard}`, ...options.env },
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`status-doctor ${args.join(' ')} did not finish: ${error.message}\n${stderr}`));
          return;
        }
        // npm itself may warn about the machine's own npmrc; that is not ours to assert on.
        const ownStderr = stderr
          .split('\n')
          .filter((line) => !line.startsWith('npm warn '))
          .join('\n');
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr: ownStderr });
      },
    );
  });
}

/** Writes a config file into a fresh temporary directory and returns its path. */
export function writeTempConfig(config: unknown, name = 'config.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'status-doctor-test-'));
  const path = join(dir, name);
  writeFileSync(path, typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return path;
}

/**
 * A network section whose every check is served by the loopback edge, so the
 * local diagnosis sees a healthy connection: the control site and the
 * connectivity check answer, and the router (127.0.0.1) refuses TCP, which
 * proves it is there.
 */
export function loopbackNetworkFor(edge: { httpUrl: string; httpsUrl: string }) {
  return {
    publicResolvers: ['127.0.0.1:9'],
    dohResolvers: [`${edge.httpsUrl}/dns-query`],
    connectivityChecks: [{ url: `${edge.httpUrl}/status/204`, expectStatus: 204 }],
    controlUrls: [`${edge.httpsUrl}/ok`],
    gateway: '127.0.0.1',
  };
}

/**
 * A network section that points only at loopback and at TEST-NET addresses
 * nothing routes to, so no test can reach a real resolver or portal even if
 * a check were to start using them.
 */
export const LOOPBACK_ONLY_NETWORK = {
  publicResolvers: ['127.0.0.1'],
  dohResolvers: ['https://127.0.0.1:9/dns-query'],
  connectivityChecks: [{ url: 'http://127.0.0.1:9/generate_204', expectStatus: 204 }],
  controlUrls: ['https://127.0.0.1:9/'],
  gateway: '127.0.0.1',
} as const;
