import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

/** Event listeners by name, as Electron's emitters keep them. */
class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  off(event: string, listener: Listener) {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((known) => known !== listener));
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/**
 * A stand-in for the `electron` module, just deep enough for the main
 * process to start, show its tray and window, and quit. Everything records
 * what it was asked, so tests assert on the calls.
 */
export function electronFake(options: { readonly singleInstance?: boolean; readonly settingsFile?: string } = {}) {
  const userData = mkdtempSync(join(tmpdir(), 'status-doctor-app-'));
  if (options.settingsFile !== undefined) writeFileSync(join(userData, 'settings.json'), options.settingsFile);
  const calls: string[] = [];
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => options.singleInstance ?? true),
    setAppUserModelId: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: (name: string) => join(userData, name === 'userData' ? '' : name),
    getVersion: () => '0.1.0',
    getLocale: () => 'en-US',
    getLoginItemSettings: () => ({ wasOpenedAtLogin: false }),
    setLoginItemSettings: vi.fn(),
    quit: vi.fn(() => calls.push('app.quit')),
    exit: vi.fn(),
  });
  const windows: (Emitter & { options: Record<string, unknown>; url?: string; destroyed: boolean; shown: number; destroy(): void })[] = [];
  let nextId = 1;
  class BrowserWindow extends Emitter {
    readonly options: Record<string, unknown>;
    readonly webContents = Object.assign(new Emitter(), { id: nextId++, send: vi.fn(), isLoading: () => false });
    url?: string;
    destroyed = false;
    shown = 0;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      windows.push(this);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => false;
    restore() {}
    show() {
      this.shown++;
    }
    focus() {}
    destroy() {
      this.destroyed = true;
      this.emit('closed');
    }
  }
  const trays: { destroyed: boolean; tooltip: string }[] = [];
  class Tray extends Emitter {
    destroyed = false;
    tooltip = '';
    constructor() {
      super();
      trays.push(this);
    }
    setImage() {}
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setContextMenu() {}
    destroy() {
      this.destroyed = true;
    }
  }
  const ipcMain = { handle: vi.fn(), removeHandler: vi.fn(), on: vi.fn(), removeAllListeners: vi.fn() };
  const protocol = { registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')), handle: vi.fn() };
  const module = {
    app,
    BrowserWindow,
    Tray,
    Menu: { buildFromTemplate: (template: unknown) => template },
    nativeImage: { createFromPath: () => ({ setTemplateImage() {} }) },
    Notification: Object.assign(class {}, { isSupported: () => false }),
    ipcMain,
    protocol,
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    clipboard: { writeText: vi.fn() },
    safeStorage: {},
    shell: { openExternal: vi.fn() },
    net: { isOnline: () => true },
    powerMonitor: new Emitter(),
  };
  return { module: { ...module, default: module }, app, windows, trays, ipcMain, protocol, calls, userData };
}
