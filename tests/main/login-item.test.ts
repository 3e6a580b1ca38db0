import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ setLoginItemSettings: vi.fn(), wasOpenedAtLogin: false }));
vi.mock('electron', () => ({
  app: { setLoginItemSettings: electron.setLoginItemSettings, getLoginItemSettings: () => ({ wasOpenedAtLogin: electron.wasOpenedAtLogin }) },
}));

const { launchedAtLogin, setLaunchAtLogin } = await import('../../src/main/login-item.ts');

describe('launch at login', () => {
  it('on Linux writes an XDG autostart entry that starts the AppImage, and removes it again', async () => {
    const configHome = mkdtempSync(join(tmpdir(), 'status-doctor-xdg-'));
    const context = {
      platform: 'linux' as const,
      env: { XDG_CONFIG_HOME: configHome, APPIMAGE: '/home/mina/Apps/Status Doctor.AppImage' },
      home: '/home/mina',
      execPath: '/tmp/.mount_Status/status-doctor',
    };
    await setLaunchAtLogin(true, context);
    const file = join(configHome, 'autostart', 'status-doctor.desktop');
    expect(readFileSync(file, 'utf8')).toContain('Exec="/home/mina/Apps/Status Doctor.AppImage" --hidden\n');
    await setLaunchAtLogin(false, context);
    expect(existsSync(file)).toBe(false);
    await expect(setLaunchAtLogin(false, context)).resolves.toBeUndefined();
    expect(electron.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('on Windows and macOS asks the OS, starting hidden on Windows', async () => {
    const context = { env: {}, home: '/Users/mina', execPath: '/Applications/Status Doctor.app/Contents/MacOS/Status Doctor' };
    await setLaunchAtLogin(true, { ...context, platform: 'win32' });
    await setLaunchAtLogin(false, { ...context, platform: 'darwin' });
    expect(electron.setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: true, args: ['--hidden'] }], [{ openAtLogin: false }]]);
  });

  it('knows when the app was started by a login', () => {
    expect(launchedAtLogin(['/opt/status-doctor', '--hidden'], 'linux')).toBe(true);
    expect(launchedAtLogin(['/opt/status-doctor'], 'linux')).toBe(false);
    electron.wasOpenedAtLogin = true;
    expect(launchedAtLogin(['/Applications/Status Doctor.app'], 'darwin')).toBe(true);
  });
});
