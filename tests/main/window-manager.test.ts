import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS } from '../../src/shared/ipc-channels.ts';

const electron = vi.hoisted(() => {
  class Emitter {
    readonly listeners = new Map<string, (() => void)[]>();
    on(event: string, listener: () => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: () => void) {
      return this.on(event, listener);
    }
    emit(event: string) {
      for (const listener of this.listeners.get(event) ?? []) listener();
    }
  }
  let nextId = 1;
  class FakeWebContents extends Emitter {
    readonly id = nextId++;
    loading = true;
    readonly sent: [string, unknown][] = [];
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    isLoading() {
      return this.loading;
    }
  }
  class FakeWindow extends Emitter {
    static created: FakeWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly options: Record<string, unknown>;
    url = '';
    destroyed = false;
    shown = false;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      FakeWindow.created.push(this);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {
      this.shown = true;
    }
    focus() {}
    destroy() {
      this.destroyed = true;
      this.emit('closed');
    }
  }
  return { FakeWindow };
});
vi.mock('electron', () => ({ BrowserWindow: electron.FakeWindow }));

const { createWindowManager } = await import('../../src/main/window-manager.ts');

describe('the window', () => {
  it('is locked down: sandboxed, isolated, no Node, web security on, loaded from app://', () => {
    const windows = createWindowManager({ preloadPath: '/app/out/preload/index.cjs' });
    windows.open();
    const window = electron.FakeWindow.created.at(-1)!;
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(window.url).toBe('app://status-doctor/index.html');
    windows.close();
  });

  it('exists only while open: closing destroys it, opening again makes a new one', () => {
    const windows = createWindowManager({ preloadPath: '/p.cjs' });
    windows.open();
    const first = electron.FakeWindow.created.at(-1)!;
    expect(windows.webContentsId()).toBe(first.webContents.id);
    first.destroy();
    expect(windows.webContentsId()).toBeUndefined();
    windows.open();
    expect(electron.FakeWindow.created.at(-1)).not.toBe(first);
    windows.close();
  });

  it('opens at a target once the page has loaded, and at once when it already has', () => {
    const windows = createWindowManager({ preloadPath: '/p.cjs' });
    windows.open({ view: 'service', serviceId: 'chatgpt' });
    const window = electron.FakeWindow.created.at(-1)!;
    expect(window.webContents.sent).toEqual([]);
    window.webContents.loading = false;
    window.webContents.emit('did-finish-load');
    expect(window.webContents.sent).toEqual([[EVENT_CHANNELS.navigate, { view: 'service', serviceId: 'chatgpt' }]]);
    windows.open({ view: 'verdict' });
    expect(window.webContents.sent.at(-1)).toEqual([EVENT_CHANNELS.navigate, { view: 'verdict' }]);
    expect(electron.FakeWindow.created.at(-1)).toBe(window);
    windows.send('snapshot', { schema: 1 });
    expect(window.webContents.sent.at(-1)).toEqual([EVENT_CHANNELS.snapshot, { schema: 1 }]);
    windows.close();
  });

  it('sends nothing when no window is open', () => {
    const windows = createWindowManager({ preloadPath: '/p.cjs' });
    expect(() => windows.send('snapshot', {})).not.toThrow();
  });
});
