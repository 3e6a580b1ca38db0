import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/parse-command-line.ts';
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

  it.each([
    [['chek'], /unknown command "chek"; the commands are check, services/],
    [['check', '--jsn'], /unknown option --jsn for "check"/],
    [['check', '--config'], /option --config needs a value/],
    [['check', '--service', ''], /--service needs a service id/],
    [['check', 'extra'], /unexpected argument extra/],
    [['--json'], /expected a command before --json/],
    [['services', '--service', 'x'], /unknown option --service for "services"/],
  ])('rejects %j with a one-line reason', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});
