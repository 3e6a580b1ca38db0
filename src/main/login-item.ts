import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';
import { AUTOSTART_FILE_NAME, autostartDesktopEntry, autostartDirectory, autostartProgram, HIDDEN_LAUNCH_ARG } from '../core/desktop/autostart-entry.ts';

/** Where the OS facts come from (tests pass their own). */
export interface LoginItemContext {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly home: string;
  readonly execPath: string;
}

const systemContext = (): LoginItemContext => ({ platform: process.platform, env: process.env, home: homedir(), execPath: process.execPath });

/**
 * Turns launch at login on or off. macOS and Windows register the app with
 * the OS through Electron (Windows gets `--hidden`, so it starts in the
 * tray); Linux gets an XDG autostart entry, which also works for an
 * AppImage because it starts the AppImage file itself.
 */
export async function setLaunchAtLogin(enabled: boolean, context: LoginItemContext = systemContext()): Promise<void> {
  if (context.platform === 'darwin' || context.platform === 'win32') {
    app.setLoginItemSettings({ openAtLogin: enabled, ...(context.platform === 'win32' ? { args: [HIDDEN_LAUNCH_ARG] } : {}) });
    return;
  }
  const file = join(autostartDirectory(context.env, context.home), AUTOSTART_FILE_NAME);
  if (!enabled) {
    await rm(file, { force: true });
    return;
  }
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, autostartDesktopEntry(autostartProgram(context.env, context.execPath)), { mode: 0o644 });
}

/** The app was started by a login (so it stays in the tray instead of opening its window). */
export function launchedAtLogin(argv: readonly string[], platform: NodeJS.Platform = process.platform): boolean {
  if (argv.includes(HIDDEN_LAUNCH_ARG)) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true;
}
