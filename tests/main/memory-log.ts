import type { AppLog } from '../../src/main/app-log.ts';

/** An AppLog that keeps its lines in memory, for asserting what was (and was not) logged. */
export function memoryLog(): AppLog & { readonly lines: string[] } {
  const lines: string[] = [];
  const add = (level: string) => (message: string, details?: Readonly<Record<string, unknown>>) => {
    lines.push(`${level} ${message}${details ? ` ${JSON.stringify(details)}` : ''}`);
  };
  return { path: '(memory)', lines, info: add('INFO'), warn: add('WARN'), error: add('ERROR'), redactedText: () => lines.join('\n') };
}
