import { execFile } from 'node:child_process';

/** What running one external command produced. */
export interface CommandResult {
  /** The exit code, or null when the command never exited on its own (killed, not started). */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Stopped because its time ran out or the caller cancelled it. */
  readonly timedOut: boolean;
  /** The program is not installed (ENOENT). */
  readonly missing: boolean;
}

/** Limits for one command run. */
export interface CommandRunOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/**
 * Runs a program with fixed arguments, never through a shell. Never
 * rejects: every failure is described by the {@link CommandResult}.
 */
export type CommandRunner = (file: string, args: readonly string[], options: CommandRunOptions) => Promise<CommandResult>;

/** Output past this many bytes (per stream) is cut off; the commands used here print a few KB. */
export const MAX_COMMAND_OUTPUT_BYTES = 1024 * 1024;

interface ExecError extends Error {
  code?: string | number;
  killed?: boolean;
  signal?: NodeJS.Signals | null;
}

/**
 * The real {@link CommandRunner}, on `execFile`: no shell, output capped at
 * {@link MAX_COMMAND_OUTPUT_BYTES}, no console window on Windows, killed
 * when its time runs out or `signal` aborts. The environment (LANG, LC_ALL)
 * is left as the user has it, so parsers see the user's locale: they read
 * outputs by shape, not by translated words. Output is decoded as UTF-8;
 * on Windows a console code page other than UTF-8 turns non-ASCII text into
 * U+FFFD, which the parsers ignore for the same reason.
 */
export const execFileRunner: CommandRunner = (file, args, options) =>
  new Promise<CommandResult>((resolve) => {
    const notRun = (timedOut: boolean, stderr: string): CommandResult => ({ exitCode: null, stdout: '', stderr, timedOut, missing: false });
    if (options.signal?.aborted === true || options.timeoutMs <= 0) {
      resolve(notRun(true, ''));
      return;
    }
    try {
      execFile(
        file,
        [...args],
        {
          encoding: 'utf8',
          timeout: Math.ceil(options.timeoutMs),
          killSignal: 'SIGKILL',
          maxBuffer: MAX_COMMAND_OUTPUT_BYTES,
          windowsHide: true,
          ...(options.signal !== undefined ? { signal: options.signal } : {}),
        },
        (error, stdout, stderr) => {
          if (error === null) {
            resolve({ exitCode: 0, stdout, stderr, timedOut: false, missing: false });
            return;
          }
          const failure = error as ExecError;
          const missing = failure.code === 'ENOENT';
          const cancelled = failure.name === 'AbortError' || options.signal?.aborted === true;
          const timedOut = !missing && (cancelled || (failure.killed === true && failure.code !== 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER'));
          resolve({
            exitCode: typeof failure.code === 'number' ? failure.code : null,
            stdout: typeof stdout === 'string' ? stdout : '',
            stderr: typeof stderr === 'string' && stderr !== '' ? stderr : failure.message,
            timedOut,
            missing,
          });
        },
      );
    } catch (error) {
      // execFile throws synchronously for arguments it cannot pass (a NUL byte, say).
      resolve(notRun(false, error instanceof Error ? error.message : String(error)));
    }
  });
