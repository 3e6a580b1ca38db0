import type { z } from 'zod';
import { configFileSchema, type ConfigFile } from './config-schema.ts';

/** One thing wrong with a config: where (`services[0].probes[1].url`) and why. */
export interface ConfigProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * A config that cannot be used. Nothing of it is applied: the caller keeps
 * whatever it had before.
 */
export class ConfigError extends Error {
  readonly source: string;
  readonly problems: readonly ConfigProblem[];
  constructor(source: string, problems: readonly ConfigProblem[]) {
    super(problems.map((problem) => `${source}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`).join('\n'));
    this.name = 'ConfigError';
    this.source = source;
    this.problems = problems;
  }
}

/** Formats a path as a person reads it: `services[0].probes[1].url`. */
export function formatConfigPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

function lookup(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function problemsFromIssue(issue: z.core.$ZodIssue, input: unknown): ConfigProblem[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatConfigPath([...issue.path, key]),
        message: 'unknown key (check its spelling; unknown keys are not ignored)',
      }));
    case 'invalid_type': {
      const value = lookup(input, issue.path);
      if (value === undefined) return [{ path: formatConfigPath(issue.path), message: 'is required' }];
      const requirement = issue.message.startsWith('must ') ? issue.message : `must be ${EXPECTED_NAMES[issue.expected] ?? issue.expected}`;
      return [{ path: formatConfigPath(issue.path), message: `${requirement}, got ${describeType(value)}` }];
    }
    case 'invalid_value':
      return [
        {
          path: formatConfigPath(issue.path),
          message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeType(lookup(input, issue.path))}`,
        },
      ];
    case 'too_small':
    case 'too_big': {
      const custom = issue.message.startsWith('must ');
      if (custom) return [{ path: formatConfigPath(issue.path), message: issue.message }];
      const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
      const unit = issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : '';
      return [{ path: formatConfigPath(issue.path), message: `must be ${bound}${unit}, got ${describeType(lookup(input, issue.path))}` }];
    }
    default:
      return [{ path: formatConfigPath(issue.path), message: issue.message }];
  }
}

/**
 * Validates an already-parsed config value. Throws {@link ConfigError} naming
 * every bad field; never returns a partly valid config.
 */
export function parseConfig(input: unknown, source = 'config'): ConfigFile {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ConfigError(source, [{ path: '', message: `must be a JSON object, got ${describeType(input)}` }]);
  }
  const result = configFileSchema.safeParse(input);
  if (result.success) return result.data;
  throw new ConfigError(source, problemsOf(result.error, input));
}

/** Every problem of a failed parse, one line each, with the path of the bad field. */
export function problemsOf(error: z.ZodError, input: unknown): ConfigProblem[] {
  return error.issues.flatMap((issue) => problemsFromIssue(issue, input));
}
