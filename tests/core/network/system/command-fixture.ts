import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandResult, CommandRunner } from '../../../../src/core/network/system/command-runner.ts';

/** The folder of recorded command outputs (see its README.md for where each came from). */
export const COMMAND_FIXTURES_DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'commands');

/** The text of one recorded output, e.g. `commandFixture('linux/ip-neigh.json')`. */
export function commandFixture(path: string): string {
  return readFileSync(join(COMMAND_FIXTURES_DIR, path), 'utf8');
}

/** A successful run printing `stdout`. */
export const ran = (stdout: string, exitCode: number | null = 0, stderr = ''): CommandResult => ({ exitCode, stdout, stderr, timedOut: false, missing: false });

/** The program is not installed. */
export const MISSING: CommandResult = { exitCode: null, stdout: '', stderr: 'spawn ENOENT', timedOut: false, missing: true };

/** One command line the fake runner was asked to run. */
export interface RecordedCall {
  readonly file: string;
  readonly args: readonly string[];
  readonly timeoutMs: number;
}

/**
 * A fake {@link CommandRunner} answering from a table keyed by the command
 * line (`file arg arg…`); a command not in the table is "not installed".
 * An answer of `'hang'` never ends until the run's signal aborts, then
 * reports a timeout, like the real runner.
 */
export function fakeRunner(answers: Readonly<Record<string, CommandResult | 'hang'>>): CommandRunner & { readonly calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const runner: CommandRunner = async (file, args, options) => {
    calls.push({ file, args, timeoutMs: options.timeoutMs });
    const answer = answers[[file, ...args].join(' ')];
    if (answer === undefined) return MISSING;
    if (answer !== 'hang') return answer;
    return new Promise<CommandResult>((resolve) => {
      const timedOut = (): void => resolve({ exitCode: null, stdout: '', stderr: '', timedOut: true, missing: false });
      if (options.signal?.aborted === true) timedOut();
      else options.signal?.addEventListener('abort', timedOut, { once: true });
    });
  };
  return Object.assign(runner, { calls });
}
