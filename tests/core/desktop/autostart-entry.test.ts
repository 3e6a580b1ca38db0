import { describe, expect, it } from 'vitest';
import { autostartDesktopEntry, autostartDirectory, autostartProgram } from '../../../src/core/desktop/autostart-entry.ts';

const execLine = (entry: string) => entry.split('\n').find((line) => line.startsWith('Exec='));

describe('the Linux autostart entry', () => {
  it('starts the installed program hidden at login', () => {
    const entry = autostartDesktopEntry('/opt/Status-Doctor/status-doctor');
    expect(entry.split('\n')[0]).toBe('[Desktop Entry]');
    expect(entry).toContain('Type=Application\n');
    expect(entry).toContain('Name=Status Doctor\n');
    expect(execLine(entry)).toBe('Exec=/opt/Status-Doctor/status-doctor --hidden');
    expect(entry.endsWith('\n')).toBe(true);
  });

  it('starts the AppImage file itself when running from one, not the temporary mount', () => {
    const env = { APPIMAGE: '/home/mina/Applications/Status Doctor-0.1.0.AppImage' };
    const program = autostartProgram(env, '/tmp/.mount_StatusXyz/status-doctor');
    expect(program).toBe('/home/mina/Applications/Status Doctor-0.1.0.AppImage');
    expect(execLine(autostartDesktopEntry(program))).toBe('Exec="/home/mina/Applications/Status Doctor-0.1.0.AppImage" --hidden');
    expect(autostartProgram({}, '/usr/bin/status-doctor')).toBe('/usr/bin/status-doctor');
  });

  it('quotes and escapes characters the Exec key reserves', () => {
    expect(execLine(autostartDesktopEntry('/home/x/$HOME "q"/a\\b'))).toBe('Exec="/home/x/\\\\$HOME \\\\"q\\\\"/a\\\\\\\\b" --hidden');
    expect(execLine(autostartDesktopEntry('/opt/100%/app'))).toBe('Exec=/opt/100%%/app --hidden');
  });

  it('refuses a path that would break the file into more lines', () => {
    expect(() => autostartDesktopEntry('/opt/app\nExec=/bin/evil')).toThrow(/line break/);
  });

  it('goes to $XDG_CONFIG_HOME/autostart, or ~/.config/autostart', () => {
    expect(autostartDirectory({ XDG_CONFIG_HOME: '/home/mina/.cfg/' }, '/home/mina')).toBe('/home/mina/.cfg/autostart');
    expect(autostartDirectory({}, '/home/mina')).toBe('/home/mina/.config/autostart');
    // A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
    expect(autostartDirectory({ XDG_CONFIG_HOME: 'cfg' }, '/home/mina')).toBe('/home/mina/.config/autostart');
  });
});
