import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Status Doctor's version, from package.json: two levels up from both the
 * sources (src/cli) and the bundle (out/cli). "unknown" if it cannot be read.
 */
export function appVersion(): string {
  try {
    const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof packageJson.version === 'string' ? packageJson.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
