import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.ts';

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

/** What the command line asked for. */
export type CommandLine = CheckOptions | ServicesOptions | { readonly command: 'help'; readonly topic?: string } | { readonly command: 'version' };

/** The commands, in the order the help lists them. */
export const COMMANDS = ['check', 'services'] as const;

const OPTION_SPECS = {
  check: {
    config: { type: 'string' },
    service: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    'im-seeing-errors': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  services: {
    config: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
} as const;

function describeParseError(error: unknown, command: string): string {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  const option = /'(-[^'\s]+)/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? ''} for "${command}"`.replace('  ', ' ');
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option ? `option ${option.split(/[\s,]/)[0]} needs a value` : message;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''} for "${command}"`;
    default:
      return message;
  }
}

/**
 * Parses `argv` (without node and the script). Throws {@link UsageError}
 * with a one-line reason for anything it does not understand.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    return rest[0] ? { command: 'help', topic: rest[0] } : { command: 'help' };
  }
  if (first === '--version' || first === '-v' || first === 'version') return { command: 'version' };
  if (first.startsWith('-')) throw new UsageError(`expected a command before ${first}`);
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw new UsageError(`unknown command "${first}"; the commands are ${COMMANDS.join(', ')}`);
  }
  const command = first as (typeof COMMANDS)[number];

  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTION_SPECS[command], strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(describeParseError(error, command));
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  if (values.help) return { command: 'help', topic: command };
  const configPath = values.config as string | undefined;
  if (configPath === '') throw new UsageError('option --config needs a file path');

  if (command === 'services') {
    return { command, json: values.json === true, ...(configPath !== undefined ? { configPath } : {}) };
  }
  const serviceIds = (values.service as string[] | undefined) ?? [];
  if (serviceIds.some((id) => id.trim() === '')) throw new UsageError('option --service needs a service id');
  return {
    command,
    serviceIds,
    json: values.json === true,
    imSeeingErrors: values['im-seeing-errors'] === true,
    ...(configPath !== undefined ? { configPath } : {}),
  };
}

/** The help text for the whole CLI or for one command. */
export function helpText(topic?: string): string {
  if (topic === 'check') {
    return `Usage: status-doctor check [--config FILE] [--service ID]... [--json] [--im-seeing-errors]

Runs one full diagnosis: every service's probes and official status page, in
parallel, within the config's deadline (5 s by default), and says whose side
the problem is on and what to do.

Options:
  --config FILE        use this config file instead of the built-in catalog
  --service ID         check only this service (repeatable; see "services")
  --json               print the report as JSON (schemas/report.schema.json)
  --im-seeing-errors   you see errors although everything may look healthy
  -h, --help           show this help

Exit status:
  0  all clear          1  a problem on the service's side
  2  a local problem    3  inconclusive
  64 usage or config error (message on stderr, nothing on stdout)
`;
  }
  if (topic === 'services') {
    return `Usage: status-doctor services [--config FILE] [--json]

Lists the services Status Doctor watches: the built-in catalog, or the
services of the config file given.

Options:
  --config FILE   list the services of this config file
  --json          print the list as JSON
  -h, --help      show this help
`;
  }
  return `Status Doctor: is it them or is it me?

Usage: status-doctor <command> [options]

Commands:
  check      diagnose now: the services, their status pages, and the verdict
  services   list the services that are watched

Run "status-doctor <command> --help" for a command's options.
`;
}
