import { execFile, execFileSync } from 'node:child_process';

/** How a command ended. */
export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A small, fixed environment for every lab command: nothing of the caller's proxies or NODE_OPTIONS leaks in. */
export const LAB_COMMAND_ENV: Readonly<Record<string, string>> = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  HOME: '/root',
};

/**
 * Runs a command (no shell) with a bounded time; resolves with its exit code
 * instead of rejecting on a non-zero one. Rejects only when it could not run
 * or ran out of time.
 */
export function runCommand(
  file: string,
  args: readonly string[],
  options: { readonly timeoutMs?: number; readonly input?: string; readonly env?: Readonly<Record<string, string>>; readonly cwd?: string } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      [...args],
      {
        timeout: options.timeoutMs ?? 10_000,
        killSignal: 'SIGKILL',
        maxBuffer: 16 * 1024 * 1024,
        env: { ...(options.env ?? LAB_COMMAND_ENV) },
        ...(options.cwd ? { cwd: options.cwd } : {}),
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`${file} ${args.join(' ')} did not finish: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Runs a command and rejects with its stderr unless it exits 0. */
export async function mustRun(file: string, args: readonly string[], options: Parameters<typeof runCommand>[2] = {}): Promise<string> {
  const result = await runCommand(file, args, options);
  if (result.code !== 0) throw new Error(`${file} ${args.join(' ')} exited ${result.code}: ${result.stderr.trim()}`);
  return result.stdout;
}

/**
 * The synchronous form, for cleanup from `process.on('exit')` where nothing
 * asynchronous runs any more. Never throws: cleanup goes on past a failed step.
 */
export function runCommandSync(file: string, args: readonly string[], timeoutMs = 5000): CommandResult {
  try {
    const stdout = execFileSync(file, [...args], {
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      env: { ...LAB_COMMAND_ENV },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status?: number | null; stdout?: string; stderr?: string };
    return { code: failed.status ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(error) };
  }
}
