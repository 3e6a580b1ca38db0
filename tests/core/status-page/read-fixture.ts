import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Absolute path of a status-page fixture (tests/fixtures/status-pages/…). */
export function fixturePath(relative: string): string {
  return join(import.meta.dirname, '..', '..', 'fixtures', 'status-pages', relative);
}

/** A status-page fixture as text. */
export function fixtureText(relative: string): string {
  return readFileSync(fixturePath(relative), 'utf8');
}

/** A status-page fixture parsed as JSON. */
export function fixtureJson(relative: string): unknown {
  return JSON.parse(fixtureText(relative));
}
