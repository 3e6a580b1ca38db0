import { describe, expect, it } from 'vitest';
import { parseCommandLine, requestedLanguageIn } from '../../src/cli/parse-command-line.ts';
import { UsageError } from '../../src/cli/usage-error.ts';

describe('parseCommandLine', () => {
  it('reads check with repeated --service', () => {
    expect(parseCommandLine(['check', '--json', '--service', 'chatgpt', '--service=claude', '--config', 'c.json'])).toEqual({
      command: 'check',
      json: true,
      imSeeingErrors: false,
      serviceIds: ['chatgpt', 'claude'],
      configPath: 'c.json',
    });
  });

  it('shows help with no arguments and for a command', () => {
    expect(parseCommandLine([])).toEqual({ command: 'help' });
    expect(parseCommandLine(['check', '--help'])).toEqual({ command: 'help', topic: 'check' });
  });

  it('accepts --lang on every command, before the command, and with help', () => {
    expect(parseCommandLine(['check', '--lang', 'ko', '--json'])).toMatchObject({ command: 'check', json: true });
    expect(parseCommandLine(['services', '--lang=ko'])).toEqual({ command: 'services', json: false });
    expect(parseCommandLine(['--lang', 'ko', 'check', '--json'])).toMatchObject({ command: 'check', json: true });
    expect(parseCommandLine(['--help', '--lang', 'ko'])).toEqual({ command: 'help' });
    expect(parseCommandLine(['help', '--lang', 'ko', 'check'])).toEqual({ command: 'help', topic: 'check' });
    expect(parseCommandLine(['--lang', 'ko'])).toEqual({ command: 'help' });
  });

  it.each([
    [['chek'], /unknown command "chek"; the commands are check, report, services/],
    [['check', '--jsn'], /unknown option --jsn for "check"/],
    [['check', '--config'], /option --config needs a value/],
    [['check', '--service', ''], /--service needs a service id/],
    [['check', 'extra'], /unexpected argument extra/],
    [['--json'], /expected a command before --json/],
    [['services', '--service', 'x'], /unknown option --service for "services"/],
    [['check', '--lang'], /option --lang needs a value/],
  ])('rejects %j with a one-line reason', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });

  it('keeps what was wrong as data, to be said in the user’s language', () => {
    const problem = (argv: string[]) => {
      try {
        parseCommandLine(argv);
      } catch (error) {
        return (error as UsageError).problem;
      }
      throw new Error(`${argv.join(' ')} was accepted`);
    };
    expect(problem(['check', '--jsn'])).toEqual({ kind: 'unknown-option', option: '--jsn', command: 'check' });
    expect(problem(['check', '--config', ''])).toEqual({ kind: 'empty-value', option: '--config' });
    expect(problem(['chek'])).toMatchObject({ kind: 'unknown-command', command: 'chek' });
  });
});

describe('requestedLanguageIn', () => {
  it.each([
    [['check', '--lang', 'ko'], 'ko'],
    [['--lang=en', 'check'], 'en'],
    [['check', '--lang', 'en', '--lang', 'ko'], 'ko'],
    [['check', '--lang'], ''],
    [['check', '--lang', '--json'], ''],
    [['check', '--json'], undefined],
  ])('finds the language of %j before the rest is parsed', (argv, expected) => {
    expect(requestedLanguageIn(argv)).toBe(expected);
  });
});
