import { readFile } from 'node:fs/promises';
import { ConfigError, parseConfig } from './parse-config.ts';
import type { ConfigFile } from './config-schema.ts';

export { ConfigError, formatConfigPath, parseConfig, problemsOf, type ConfigProblem } from './parse-config.ts';

/** Largest config file read; a bigger one is a mistake, not a config. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads, parses and validates a config file. Every failure, from a missing
 * file to a bad URL, is a {@link ConfigError} with a one-line reason.
 */
export async function loadConfigFile(path: string): Promise<ConfigFile> {
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.byteLength > MAX_CONFIG_BYTES) {
      throw new ConfigError(path, [{ path: '', message: `is ${bytes.byteLength} bytes; a config file is at most ${MAX_CONFIG_BYTES}` }]);
    }
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, not a file' : String(code ?? error);
    throw new ConfigError(path, [{ path: '', message: `cannot read the config file: ${reason}` }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(path, [{ path: '', message: `is not valid JSON: ${(error as Error).message}` }]);
  }
  return parseConfig(value, path);
}
