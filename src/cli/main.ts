import { UnknownServiceError } from '../core/catalog/select-services.ts';
import { ConfigError } from '../core/config/load-config.ts';
import { EXIT_CODES } from '../core/verdict/verdict-kind.ts';
import { runCheckCommand } from './check-command.ts';
import type { CliIo } from './cli-io.ts';
import { helpText, parseCommandLine } from './parse-command-line.ts';
import { runServicesCommand } from './services-command.ts';
import { UsageError } from './usage-error.ts';

/** The version printed by `--version`. */
export const CLI_VERSION = '0.1.0';

/**
 * Runs the `status-doctor` command and returns its exit code. Mistakes in
 * the call or the config give 64 with one line per problem on stderr and
 * nothing on stdout, so scripts never parse half a report.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const commandLine = parseCommandLine(argv);
    switch (commandLine.command) {
      case 'help':
        if (commandLine.topic !== undefined && !['check', 'services'].includes(commandLine.topic)) {
          throw new UsageError(`no help for "${commandLine.topic}"; the commands are check, services`);
        }
        io.stdout.write(helpText(commandLine.topic));
        return 0;
      case 'version':
        io.stdout.write(`status-doctor ${CLI_VERSION}\n`);
        return 0;
      case 'services':
        return await runServicesCommand(commandLine, io);
      case 'check':
        return await runCheckCommand(commandLine, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`status-doctor: ${error.message}\nRun "status-doctor --help" for usage.\n`);
      return EXIT_CODES.usage;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.problems.map((p) => `status-doctor: ${error.source}: ${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n')}\n`);
      return EXIT_CODES.usage;
    }
    if (error instanceof UnknownServiceError) {
      io.stderr.write(`status-doctor: ${error.message}\n`);
      return EXIT_CODES.usage;
    }
    throw error;
  }
}
