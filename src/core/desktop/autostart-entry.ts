import { PRODUCT_NAME } from '../../shared/app-info.ts';

/** The argument a launch at login passes, so the app starts in the tray without opening its window. */
export const HIDDEN_LAUNCH_ARG = '--hidden';

/** The autostart entry's file name (one per app, so turning it off removes exactly ours). */
export const AUTOSTART_FILE_NAME = 'status-doctor.desktop';

/**
 * Where the XDG autostart entry goes: `$XDG_CONFIG_HOME/autostart`, or
 * `~/.config/autostart` when it is unset or not absolute (the spec says to
 * ignore a relative one).
 */
export function autostartDirectory(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const configHome = env.XDG_CONFIG_HOME;
  const base = configHome !== undefined && configHome.startsWith('/') ? configHome.replace(/\/+$/, '') : `${home.replace(/\/+$/, '')}/.config`;
  return `${base}/autostart`;
}

/**
 * The program a login should start: the AppImage file itself when running
 * from one (`$APPIMAGE`; the executable inside it lives on a mount that is
 * gone after a reboot), otherwise the installed executable.
 */
export function autostartProgram(env: Readonly<Record<string, string | undefined>>, execPath: string): string {
  const appImage = env.APPIMAGE;
  return appImage !== undefined && appImage !== '' ? appImage : execPath;
}

// Desktop Entry Specification, "The Exec key": an argument with a reserved
// character is quoted, and inside quotes ", `, $ and \ take a backslash;
// then the string-value escape doubles every backslash again, and a literal
// % is written %%.
function execArgument(argument: string): string {
  const plain = /^[A-Za-z0-9_@%+=:,./-]+$/.test(argument);
  const quoted = plain ? argument : `"${argument.replace(/(["`$\\])/g, '\\$1')}"`;
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

/** The XDG autostart entry that starts `program` hidden at login (pure). */
export function autostartDesktopEntry(program: string): string {
  if (/[\n\r]/.test(program)) throw new Error('the program path has a line break, which a desktop entry cannot hold');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${PRODUCT_NAME}`,
    'Comment=Tells you whether an AI chat service or your own connection is at fault',
    `Exec=${[program, HIDDEN_LAUNCH_ARG].map(execArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
