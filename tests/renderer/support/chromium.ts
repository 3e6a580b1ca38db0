import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Whether Chromium can drive the window's tests here, and if not, what to install. */
export interface ChromiumPrerequisites {
  readonly ready: boolean;
  readonly executablePath?: string;
  readonly missing: readonly string[];
  /** Things that make screenshots worse but do not stop the tests. */
  readonly notes: readonly string[];
}

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const path = join(dir, command);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // next directory
    }
  }
  return undefined;
}

function hasKoreanFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8', timeout: 5000 }).trim() !== '';
  } catch {
    return false;
  }
}

/** Finds Chromium (`CHROMIUM_PATH`, else the Debian `chromium` package on the PATH). */
export function checkChromium(): ChromiumPrerequisites {
  const executablePath = process.env.CHROMIUM_PATH || CANDIDATES.map(onPath).find((path) => path !== undefined);
  const notes = hasKoreanFont() ? [] : ['no Korean font (Debian package fonts-noto-cjk): Korean screenshots will show boxes'];
  if (!executablePath) return { ready: false, missing: ['Chromium (Debian package chromium, or set CHROMIUM_PATH)'], notes };
  return { ready: true, executablePath, missing: [], notes };
}

/**
 * Chromium's switches for the tests. Besides the usual quiet ones, every
 * name resolves to nothing and every non-loopback request goes to a dead
 * proxy, so the browser cannot reach a real host even by accident.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--proxy-server=http://127.0.0.1:9',
] as const;

/** Launches headless Chromium with {@link CHROMIUM_ARGS}. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS], timeout: 30_000 });
}

/**
 * The window's test files share this decision: without Chromium they are
 * skipped with a message saying what to install, except with `CI=true`,
 * where a missing prerequisite fails the run (like tests/lab).
 */
export function chromiumForTests(suite: string): { readonly skip: boolean; readonly executablePath: () => string } {
  const found = checkChromium();
  const required = process.env.CI === 'true';
  if (!found.ready && !required) console.log(`${suite} skipped: missing ${found.missing.join('; ')}`);
  for (const note of found.notes) console.log(`${suite}: ${note}`);
  return {
    skip: !found.ready && !required,
    executablePath: () => {
      if (!found.executablePath) throw new Error(`${suite} needs ${found.missing.join('; ')}`);
      return found.executablePath;
    },
  };
}
