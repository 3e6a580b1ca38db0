import { cliEn, type CliMessages } from './messages/en.ts';

/** What was wrong with the command line, as data, so it can be said in any language. */
export type UsageProblem =
  | { readonly kind: 'unknown-command'; readonly command: string; readonly commands: readonly string[] }
  | { readonly kind: 'command-expected'; readonly before: string; readonly commands: readonly string[] }
  | { readonly kind: 'unknown-option'; readonly option: string; readonly command: string }
  | { readonly kind: 'missing-value'; readonly option: string }
  /** `--config ""`, `--service ""`: given, but empty. */
  | { readonly kind: 'empty-value'; readonly option: string }
  | { readonly kind: 'unexpected-argument'; readonly argument: string; readonly command: string }
  | { readonly kind: 'no-help'; readonly topic: string; readonly commands: readonly string[] }
  | { readonly kind: 'unsupported-language'; readonly requested: string; readonly choices: readonly string[] }
  /** Anything else, already worded (in English). */
  | { readonly kind: 'other'; readonly message: string };

/** `problem` in the words of `messages`. */
export function describeUsageProblem(problem: UsageProblem, messages: CliMessages['usage']): string {
  switch (problem.kind) {
    case 'unknown-command':
      return messages.unknownCommand(problem.command, problem.commands);
    case 'command-expected':
      return messages.commandExpected(problem.before, problem.commands);
    case 'unknown-option':
      return messages.unknownOption(problem.option, problem.command);
    case 'missing-value':
      return messages.missingValue(problem.option);
    case 'empty-value':
      return problem.option === '--config' ? messages.configPathMissing : problem.option === '--service' ? messages.serviceIdMissing : messages.missingValue(problem.option);
    case 'unexpected-argument':
      return messages.unexpectedArgument(problem.argument, problem.command);
    case 'no-help':
      return messages.noHelp(problem.topic, problem.commands);
    case 'unsupported-language':
      return messages.unsupportedLanguage(problem.requested, problem.choices);
    case 'other':
      return problem.message;
  }
}

/**
 * A mistake in how the command was called: exit 64, message on stderr,
 * nothing on stdout. `message` is the English wording; the CLI says
 * {@link UsageError.problem} in the user's language.
 */
export class UsageError extends Error {
  readonly problem: UsageProblem;
  /** The command whose help to point at, when the mistake was in one. */
  readonly command: string | undefined;
  constructor(problem: UsageProblem | string, command?: string) {
    const structured: UsageProblem = typeof problem === 'string' ? { kind: 'other', message: problem } : problem;
    super(describeUsageProblem(structured, cliEn.usage));
    this.name = 'UsageError';
    this.problem = structured;
    this.command = command;
  }
}
