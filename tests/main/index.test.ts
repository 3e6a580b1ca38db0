import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../src/shared/ipc-channels.ts';
import type { electronFake } from './electron-fake.ts';
import type { fakeEngine } from './fake-engine.ts';

// The composition root, loaded as Electron would load it: `electron` is the
// fake, and the engine is a double (a real one would probe the internet).
const state = vi.hoisted(() => ({
  electron: undefined as ReturnType<typeof electronFake> | undefined,
  engine: undefined as ReturnType<typeof fakeEngine> | undefined,
  // The mocked module is made once; each launch fills it with a fresh fake.
  module: {} as Record<string, unknown>,
  engineOptions: undefined as unknown,
}));
vi.mock('electron', () => state.module);
vi.mock('../../src/core/desktop/create-desktop-engine.ts', () => ({
  createDesktopEngine: (options: unknown) => {
    state.engineOptions = options;
    return state.engine!;
  },
}));

async function launch(options: { singleInstance?: boolean; argv?: string[]; settingsFile?: string } = {}) {
  const { electronFake } = await import('./electron-fake.ts');
  const { fakeEngine } = await import('./fake-engine.ts');
  state.electron = electronFake(options);
  Object.assign(state.module, state.electron.module);
  state.engine = fakeEngine();
  process.argv = options.argv ?? ['/opt/status-doctor'];
  await import('../../src/main/index.ts');
  // Let whenReady().then(start) run to its end.
  if (options.singleInstance !== false) await vi.waitFor(() => expect(state.engine!.start).toHaveBeenCalled());
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { electron: state.electron, engine: state.engine };
}

describe('the main process', () => {
  const argv = process.argv;
  const resOptions = process.env.RES_OPTIONS;
  beforeEach(() => {
    vi.resetModules();
    delete process.env.RES_OPTIONS;
  });
  afterEach(() => {
    process.argv = argv;
    if (resOptions === undefined) delete process.env.RES_OPTIONS;
    else process.env.RES_OPTIONS = resOptions;
  });

  it('shortens DNS timeouts and declares app:// before anything else', async () => {
    const { electron } = await launch();
    expect(process.env.RES_OPTIONS).toBe('timeout:1 attempts:2');
    expect(electron.calls[0]).toBe('registerSchemesAsPrivileged');
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(electron.app.setAppUserModelId).toHaveBeenCalledWith('app.statusdoctor.desktop');
  });

  it('starts the engine, the tray, the IPC channels of the contract and the window', async () => {
    const { electron, engine } = await launch();
    expect(engine.start).toHaveBeenCalledOnce();
    expect(electron.trays).toHaveLength(1);
    expect(electron.trays[0]?.tooltip).toMatch(/^Status Doctor — /);
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]?.url).toBe('app://status-doctor/index.html');
  });

  it('stays in the tray without a window when started at login', async () => {
    const { electron } = await launch({ argv: ['/opt/status-doctor', '--hidden'] });
    expect(electron.trays).toHaveLength(1);
    expect(electron.windows).toHaveLength(0);
  });

  it('keeps running when the window closes, with no renderer left', async () => {
    const { electron } = await launch();
    electron.windows[0]!.destroy();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).not.toHaveBeenCalled();
    expect(electron.trays[0]?.destroyed).toBe(false);
  });

  it('opens the existing window when the app is launched again', async () => {
    const { electron } = await launch();
    electron.app.emit('second-instance');
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]?.shown).toBe(1);
  });

  it('leaves at once when another copy is running', async () => {
    const { electron, engine } = await launch({ singleInstance: false });
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(engine.start).not.toHaveBeenCalled();
    expect(electron.trays).toHaveLength(0);
  });

  it('starts from the defaults on a damaged settings file, keeps it, and tells the user', async () => {
    const { electron } = await launch({ settingsFile: '{"language": "ko",', argv: ['/opt/status-doctor', '--hidden'] });
    // The window's notice (when it opens) and, at once, an alert.
    expect(state.engineOptions).toMatchObject({ startupNotices: ['settings-reset'], settings: { language: 'system' } });
    // This fake OS shows no notifications, so the tray carries the alert until the window is opened.
    expect(electron.trays[0]?.tooltip).toContain('Latest alert: Settings were reset');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(electron.userData).filter((name) => name.startsWith('settings.corrupt-'))).toHaveLength(1);
  });

  it('quits cleanly: stops the engine, removes the tray and the IPC channels, then quits', async () => {
    const { electron, engine } = await launch();
    const event = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
    expect(engine.stop).toHaveBeenCalledOnce();
    expect(electron.trays[0]?.destroyed).toBe(true);
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledTimes(Object.keys(INVOKE_CHANNELS).length);
    // The quit that follows is let through.
    const second = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});
