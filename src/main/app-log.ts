import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { redactText, type MachineIdentity } from '../core/redaction/redact.ts';

/** The app's log: one file plus rotated ones, never holding a secret. */
export interface AppLog {
  readonly path: string;
  info(message: string, details?: Readonly<Record<string, unknown>>): void;
  warn(message: string, details?: Readonly<Record<string, unknown>>): void;
  error(message: string, details?: Readonly<Record<string, unknown>>): void;
  /** Every kept log line, oldest first, with secrets and local details (addresses, names, home folder) hidden: what "Save logs…" writes. */
  redactedText(): string;
}

/** Where and how much to keep. */
export interface AppLogOptions {
  readonly directory: string;
  /** A file is rotated before it passes this size (1 MB). */
  readonly maxBytes?: number;
  /** How many files to keep, the current one included (3). */
  readonly files?: number;
  /** Host, user and home folder to hide in the saved copy. */
  readonly identity?: MachineIdentity;
  readonly now?: () => number;
}

const FILE_NAME = 'status-doctor.log';

/**
 * A size-bounded log: at most `files` × `maxBytes` on disk. Lines are
 * redacted of secrets as they are written (a key or token never reaches the
 * disk) and of local details when saved for support. Logging never throws:
 * a full disk must not take the app down with it.
 */
export function createAppLog(options: AppLogOptions): AppLog {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const files = Math.max(1, options.files ?? 3);
  const now = options.now ?? Date.now;
  const path = join(options.directory, FILE_NAME);
  const rotated = (index: number) => (index === 0 ? path : `${path}.${index}`);

  const rotate = () => {
    rmSync(rotated(files - 1), { force: true });
    for (let index = files - 2; index >= 0; index--) if (existsSync(rotated(index))) renameSync(rotated(index), rotated(index + 1));
  };

  const write = (level: string, message: string, details?: Readonly<Record<string, unknown>>) => {
    try {
      const text = `${new Date(now()).toISOString()} ${level} ${message}${details ? ` ${JSON.stringify(details)}` : ''}`;
      const line = `${redactText(text.replace(/[\r\n]+/g, ' '), { revealLocal: true })}\n`;
      mkdirSync(options.directory, { recursive: true });
      const size = existsSync(path) ? statSync(path).size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      appendFileSync(path, line, { mode: 0o600 });
    } catch {
      // Nowhere left to report it; the app goes on without this line.
    }
  };

  return {
    path,
    info: (message, details) => write('INFO', message, details),
    warn: (message, details) => write('WARN', message, details),
    error: (message, details) => write('ERROR', message, details),
    redactedText: () => {
      const text = Array.from({ length: files }, (_, i) => files - 1 - i)
        .map((index) => (existsSync(rotated(index)) ? readFileSync(rotated(index), 'utf8') : ''))
        .join('');
      return redactText(text, { revealLocal: false, ...options.identity });
    },
  };
}
