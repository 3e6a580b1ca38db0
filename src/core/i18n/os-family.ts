/** The operating systems whose steps differ (menus, commands). */
export type OsFamily = 'windows' | 'macos' | 'linux';

/** The OS family of a Node platform name; Linux for the other Unixes. */
export function osFamilyOf(platform: string): OsFamily {
  if (platform === 'win32') return 'windows';
  if (platform === 'darwin') return 'macos';
  return 'linux';
}
