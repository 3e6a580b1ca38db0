import { parseArgs } from 'node:util';
import type { ReportOptions } from './report-command.ts';
import { UsageError, type UsageProblem } from './usage-error.ts';

/** `status-doctor check` options. */
export interface CheckOptions {
  readonly command: 'check';
  readonly configPath?: string;
  readonly serviceIds: readonly string[];
  readonly json: boolean;
  readonly imSeeingErrors: boolean;
}

/** `status-doctor services` options. */
export interface ServicesOptions {
  readonly command: 'services';
  readonly configPath?: string;
  readonly json: boolean;
}

/** `status-doctor watch` options. */
export interface WatchOptions {
  readonly command: 'watch';
  readonly configPath?: string;
  /** Where history is kept; created when missing. */
  readonly dataDir?: string;
}

/** What the command line asked for. */
export type CommandLine =
  | CheckOptions
  | WatchOptions
  | ReportOptions
  | ServicesOptions
  | { readonly command: 'help'; readonly topic?: string }
  | { readonly command: 'version' };

/** The commands, in the order the help lists them. */
export const COMMANDS = ['check', 'report', 'services', 'watch'] as const;

const OPTION_SPECS = {
  check: {
    config: { type: 'string' },
    service: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    'im-seeing-errors': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  report: {
    config: { type: 'string' },
    service: { type: 'string', multiple: true },
    text: { type: 'boolean' },
    'reveal-local': { type: 'boolean' },
    'data-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  services: {
    config: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  watch: {
    config: { type: 'string' },
    'data-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
} as const;

/** Options every command takes: the language to write in. */
const SHARED_OPTIONS = {
  lang: { type: 'string' },
} as const;

function describeParseError(error: unknown, command: string): UsageProblem {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  const option = /'(-[^'\s]+)/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return option ? { kind: 'unknown-option', option, command } : { kind: 'other', message };
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option ? { kind: 'missing-value', option: option.split(/[\s,]/)[0] ?? option } : { kind: 'other', message };
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return { kind: 'unexpected-argument', argument: /'([^']*)'/.exec(message)?.[1] ?? '', command };
    default:
      return { kind: 'other', message };
  }
}

function isLanguageOption(arg: string): boolean {
  return arg === '--lang' || arg.startsWith('--lang=');
}

/** `args` without `--lang X` / `--lang=X`, which help and a leading position also accept. */
function withoutLanguageOption(args: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') return [...kept, ...args.slice(i)];
    if (isLanguageOption(arg)) {
      if (arg === '--lang') i++;
      continue;
    }
    kept.push(arg);
  }
  return kept;
}

/**
 * The `--lang` value of `argv` (the last one given), read before the rest
 * is parsed, so that even a mistake elsewhere on the line is explained in
 * the language asked for. Undefined when there is none; "" when it has no value.
 */
export function requestedLanguageIn(argv: readonly string[]): string | undefined {
  let requested: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--lang') {
      const value = argv[i + 1];
      requested = value === undefined || value.startsWith('-') ? '' : value;
      i++;
    } else if (arg.startsWith('--lang=')) {
      requested = arg.slice('--lang='.length);
    }
  }
  return requested;
}

/**
 * Parses `argv` (without node and the script). Throws {@link UsageError}
 * with a one-line reason for anything it does not understand.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  // `status-doctor --lang ko check …`: the language may also come first.
  if (first !== undefined && isLanguageOption(first)) return parseCommandLine(withoutLanguageOption(argv));
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    const [topic] = withoutLanguageOption(rest);
    return topic ? { command: 'help', topic } : { command: 'help' };
  }
  if (first === '--version' || first === '-v' || first === 'version') return { command: 'version' };
  if (first.startsWith('-')) throw new UsageError({ kind: 'command-expected', before: first, commands: COMMANDS });
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw new UsageError({ kind: 'unknown-command', command: first, commands: COMMANDS });
  }
  const command = first as (typeof COMMANDS)[number];

  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: { ...OPTION_SPECS[command], ...SHARED_OPTIONS }, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(describeParseError(error, command), command);
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  if (values.help) return { command: 'help', topic: command };
  const configPath = values.config as string | undefined;
  if (configPath === '') throw new UsageError({ kind: 'empty-value', option: '--config' }, command);

  const dataDir = values['data-dir'] as string | undefined;
  if (dataDir === '') throw new UsageError({ kind: 'empty-value', option: '--data-dir' }, command);
  if (command === 'watch') {
    return { command, ...(configPath !== undefined ? { configPath } : {}), ...(dataDir !== undefined ? { dataDir } : {}) };
  }
  if (command === 'services') {
    return { command, json: values.json === true, ...(configPath !== undefined ? { configPath } : {}) };
  }
  const serviceIds = (values.service as string[] | undefined) ?? [];
  if (serviceIds.some((id) => id.trim() === '')) throw new UsageError({ kind: 'empty-value', option: '--service' }, command);
  if (command === 'report') {
    return {
      command,
      serviceIds,
      text: values.text === true,
      revealLocal: values['reveal-local'] === true,
      ...(configPath !== undefined ? { configPath } : {}),
      ...(dataDir !== undefined ? { dataDir } : {}),
    };
  }
  return {
    command,
    serviceIds,
    json: values.json === true,
    imSeeingErrors: values['im-seeing-errors'] === true,
    ...(configPath !== undefined ? { configPath } : {}),
  };
}
