import { BrowserWindow } from 'electron';
import { PRODUCT_NAME } from '../shared/app-info.ts';
import type { NavigateTarget } from '../shared/app-snapshot.ts';
import { EVENT_CHANNELS, type EventName } from '../shared/ipc-channels.ts';
import { APP_ORIGIN } from './trusted-sender.ts';

/** The window: created when opened, destroyed when closed, so the tray alone keeps no renderer alive. */
export interface WindowManager {
  /** Shows the window (creating it if needed), at `target` when given. */
  open(target?: NavigateTarget): void;
  /** Sends an event to the window, if it is open. */
  send(event: EventName, payload: unknown): void;
  /** The open window's webContents id (for the IPC sender check). */
  webContentsId(): number | undefined;
  /** The open window (dialogs attach to it). */
  browserWindow(): BrowserWindow | undefined;
  /** Closes and destroys the window. */
  close(): void;
}

/** Where the page and the preload come from. */
export interface WindowOptions {
  readonly preloadPath: string;
  /** The page's URL: app://status-doctor/index.html, or the dev server's in `electron-vite dev`. */
  readonly pageUrl?: string;
  readonly iconPath?: string;
  readonly backgroundColor?: string;
}

/** The window manager (see {@link WindowManager}). */
export function createWindowManager(options: WindowOptions): WindowManager {
  let window: BrowserWindow | undefined;
  let pendingTarget: NavigateTarget | undefined;

  const send = (event: EventName, payload: unknown) => {
    if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNELS[event], payload);
  };

  const create = () => {
    const created = new BrowserWindow({
      width: 1040,
      height: 720,
      minWidth: 640,
      minHeight: 480,
      title: PRODUCT_NAME,
      show: false,
      ...(options.iconPath ? { icon: options.iconPath } : {}),
      ...(options.backgroundColor ? { backgroundColor: options.backgroundColor } : {}),
      webPreferences: {
        preload: options.preloadPath,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        webviewTag: false,
        spellcheck: false,
        // A middle click would open a link in a new window; the window-open handler denies those too (web-security.ts).
        disableBlinkFeatures: 'Auxclick',
      },
    });
    created.once('ready-to-show', () => created.show());
    // The page subscribes to navigate events as it starts; a target asked for
    // before it finished loading is delivered once it has.
    created.webContents.on('did-finish-load', () => {
      if (pendingTarget) send('navigate', pendingTarget);
      pendingTarget = undefined;
    });
    // Closing destroys the window and its renderer process; the tray stays.
    created.on('closed', () => {
      if (window === created) window = undefined;
    });
    void created.loadURL(options.pageUrl ?? `${APP_ORIGIN}/index.html`);
    return created;
  };

  return {
    open: (target) => {
      if (window && !window.isDestroyed()) {
        if (window.isMinimized()) window.restore();
        window.show();
        window.focus();
        if (target) {
          if (window.webContents.isLoading()) pendingTarget = target;
          else send('navigate', target);
        }
        return;
      }
      pendingTarget = target;
      window = create();
    },
    send,
    webContentsId: () => (window && !window.isDestroyed() ? window.webContents.id : undefined),
    browserWindow: () => (window && !window.isDestroyed() ? window : undefined),
    close: () => {
      window?.destroy();
      window = undefined;
    },
  };
}
