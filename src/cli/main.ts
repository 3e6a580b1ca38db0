import { UnknownServiceError } from '../core/catalog/select-services.ts';
import { ConfigError } from '../core/config/load-config.ts';
import { EXIT_CODES } from '../core/verdict/verdict-kind.ts';
import { runCheckCommand } from './check-command.ts';
import type { CliIo } from './cli-io.ts';
import { chooseCliLocale, cliLanguage } from './cli-language.ts';
import { helpText } from './help-text.ts';
import { COMMANDS, parseCommandLine, requestedLanguageIn } from './parse-command-line.ts';
import { runReportCommand } from './report-command.ts';
import { runServicesCommand } from './services-command.ts';
import { runWatchCommand } from './watch-command.ts';
import { describeUsageProblem, UsageError } from './usage-error.ts';
import { appVersion } from './app-version.ts';


/**
 * Runs the `status-doctor` command and returns its exit code. Mistakes in
 * the call or the config give 64 with one line per problem on stderr and
 * nothing on stdout, so scripts never parse half a report. Everything is
 * said in the language of `--lang`, else of the system (English otherwise);
 * config problems name JSON fields and stay English under a translated first line.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // The system's language until --lang has been read, so that a bad --lang is explained too.
  let language = cliLanguage(chooseCliLocale(undefined, io.env));
  try {
    language = cliLanguage(chooseCliLocale(requestedLanguageIn(argv), io.env));
    const commandLine = parseCommandLine(argv);
    switch (commandLine.command) {
      case 'help':
        if (commandLine.topic !== undefined && !(COMMANDS as readonly string[]).includes(commandLine.topic)) {
          throw new UsageError({ kind: 'no-help', topic: commandLine.topic, commands: COMMANDS });
        }
        io.stdout.write(helpText(commandLine.topic, language.messages));
        return 0;
      case 'version':
        io.stdout.write(`status-doctor ${appVersion()}\n`);
        return 0;
      case 'services':
        return await runServicesCommand(commandLine, io, language);
      case 'check':
        return await runCheckCommand(commandLine, io, language);
      case 'report':
        return await runReportCommand(commandLine, io, language);
      case 'watch':
        return await runWatchCommand(commandLine, io, language);
    }
  } catch (error) {
    const { messages } = language;
    if (error instanceof UsageError) {
      io.stderr.write(`status-doctor: ${describeUsageProblem(error.problem, messages.usage)}\n${messages.usage.seeHelp(error.command)}\n`);
      return EXIT_CODES.usage;
    }
    if (error instanceof ConfigError) {
      const problems = error.problems.map((p) => `  ${error.source}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
      io.stderr.write(`status-doctor: ${messages.errors.configIntro}\n${problems.join('\n')}\n`);
      return EXIT_CODES.usage;
    }
    if (error instanceof UnknownServiceError) {
      io.stderr.write(`status-doctor: ${messages.errors.unknownService(error.id, error.known)}\n`);
      return EXIT_CODES.usage;
    }
    throw error;
  }
}
