import type { CliIo } from './cli-io.ts';

/** Text styling that is a no-op when colour would be noise. */
export interface TerminalStyle {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  blue(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

/**
 * Colour only on a terminal, and never when NO_COLOR is set (no-color.org)
 * or TERM is dumb; FORCE_COLOR turns it on for pipes.
 */
export function terminalStyleFor(io: CliIo): TerminalStyle {
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  const enabled = forced || (io.stdout.isTTY === true && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb');
  if (!enabled) {
    const plain = (text: string) => text;
    return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, blue: plain };
  }
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), blue: wrap(34, 39) };
}
