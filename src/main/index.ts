import './resolver-options.ts';
import { join } from 'node:path';
import { app, clipboard, dialog, safeStorage } from 'electron';
import { APP_ID } from '../shared/app-info.ts';
import type { NavigateTarget } from '../shared/app-snapshot.ts';
import { createDesktopEngine } from '../core/desktop/create-desktop-engine.ts';
import type { DesktopEngine } from '../core/desktop/desktop-engine.ts';
import { presentNotification } from '../core/desktop/notification-presentation.ts';
import { shellMessages } from '../core/desktop/shell-messages.ts';
import { readMachineFacts } from '../core/support-report/machine-facts.ts';
import { createApiKeyStore } from './api-keys.ts';
import { createAppLog, type AppLog } from './app-log.ts';
import { registerAppScheme, serveAppProtocol } from './app-protocol.ts';
import { createFileDialogs } from './file-dialogs.ts';
import { createIpcDispatch } from './ipc-dispatch.ts';
import { createIpcHandlers } from './ipc-handlers.ts';
import { registerIpc } from './ipc-manager.ts';
import { launchedAtLogin, setLaunchAtLogin } from './login-item.ts';
import { createNotificationPresenter } from './notification-presenter.ts';
import { watchPowerAndNetwork } from './power-events.ts';
import { safeOpenExternal } from './safe-open-external.ts';
import { openSettingsStore } from './settings-store.ts';
import { createTrayManager } from './tray-manager.ts';
import { APP_ORIGIN, isTrustedSender, originOf } from './trusted-sender.ts';
import { hardenWebContents } from './web-security.ts';
import { createWindowManager } from './window-manager.ts';

// The composition root: every piece is built here and wired to the engine;
// none of them decides anything (the decisions are core's pure functions).

/** How long quitting waits for the engine to stop and close the history. */
const STOP_TIMEOUT_MS = 5_000;

// Beside the bundle: out/main/tray and out/main/icon.png (electron.vite.config.ts copies them there).
const here = import.meta.dirname;
const devPageUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

registerAppScheme();

const windows = createWindowManager({
  preloadPath: join(here, '../preload/index.cjs'),
  ...(devPageUrl ? { pageUrl: devPageUrl } : {}),
  ...(process.platform === 'linux' ? { iconPath: join(here, 'icon.png') } : {}),
});
/** Opens the window; once started, also clears the tray's "latest alert" line. */
let openWindow = (target?: NavigateTarget) => windows.open(target);

if (!app.requestSingleInstanceLock()) {
  // Another copy runs: it opens its window (see 'second-instance') and this one leaves.
  app.quit();
} else {
  app.setAppUserModelId(APP_ID);
  app.on('second-instance', () => openWindow());
  app.on('activate', () => openWindow());
  // A tray app: closing the window leaves it running in the tray.
  app.on('window-all-closed', () => {});
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Status Doctor', `Status Doctor could not start: ${error instanceof Error ? error.message : String(error)}`);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const machine = readMachineFacts(app.getVersion());
  const log = createAppLog({ directory: app.getPath('logs'), identity: machine });
  log.info('starting', { version: app.getVersion(), platform: process.platform, packaged: app.isPackaged });
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { reason: reason instanceof Error ? reason.message : String(reason) }));
  hardenWebContents(log);
  serveAppProtocol(join(here, '../renderer'));

  const userData = app.getPath('userData');
  const { store, recovered, migratedFrom } = openSettingsStore({ directory: userData });
  if (migratedFrom !== undefined) log.info('settings migrated', { from: migratedFrom });
  if (recovered) log.warn('settings file unusable; started from the defaults', { reason: recovered.reason, detail: recovered.detail, keptAs: recovered.keptAs });

  const engine = createDesktopEngine({
    settings: store.current(),
    dataDir: userData,
    systemLocale: app.getLocale(),
    appVersion: app.getVersion(),
    machine,
    ...(recovered ? { startupNotices: ['settings-reset'] as const } : {}),
  });

  let latestAlert: string | undefined;
  openWindow = (target?: NavigateTarget) => {
    // Opening the window shows everything the tray's "latest alert" line said.
    latestAlert = undefined;
    tray.update(engine.snapshot());
    windows.open(target);
  };
  const tray = createTrayManager({
    iconDirectory: join(here, 'tray'),
    platform: process.platform,
    callbacks: {
      'check-now': () => void engine.checkNow().catch((error: unknown) => log.error('check failed', { error: String(error) })),
      pause: () => engine.setPaused(60),
      resume: () => engine.setPaused(null),
      open: () => openWindow(),
      quit: () => app.quit(),
    },
  });

  const notifications = createNotificationPresenter({
    onClick: openWindow,
    onUndelivered: (presented) => {
      latestAlert = presented.title;
      tray.update(engine.snapshot(), latestAlert);
    },
    log,
    ...(process.platform !== 'darwin' ? { iconPath: join(here, 'icon.png') } : {}),
  });
  engine.onSnapshot((snapshot) => {
    tray.update(snapshot, latestAlert);
    windows.send('snapshot', snapshot);
  });
  engine.onNotification((notification, snapshot) => {
    const serviceNames = new Map(snapshot.services.map((service) => [service.id, service.name]));
    notifications.show(presentNotification(notification, { language: snapshot.language, serviceNames }));
  });

  const loginItem = (enabled: boolean) => {
    // A development run would register the bare Electron binary.
    if (!app.isPackaged) return Promise.resolve(log.info('launch at login not changed in a development run', { enabled }));
    return setLaunchAtLogin(enabled);
  };
  const handlers = createIpcHandlers({
    engine,
    settingsStore: store,
    apiKeys: createApiKeyStore({
      file: join(userData, 'api-keys.json'),
      cipher: safeStorage,
      platform: process.platform,
      messages: () => shellMessages(engine.snapshot().language).apiKeys,
    }),
    dialogs: createFileDialogs(() => windows.browserWindow()),
    clipboard,
    openInBrowser: safeOpenExternal,
    setLaunchAtLogin: loginItem,
    logs: log,
  });
  const origins = [APP_ORIGIN, ...(devPageUrl ? [originOf(devPageUrl)].filter((origin) => origin !== undefined) : [])];
  const unregisterIpc = registerIpc(createIpcDispatch({ handlers, isTrusted: (sender) => isTrustedSender(sender, windows.webContentsId(), origins), log }));
  const stopWatching = watchPowerAndNetwork(engine);

  tray.update(engine.snapshot());
  if (recovered) {
    const words = shellMessages(engine.snapshot().language).settingsRecovered;
    const file = recovered.keptAs;
    notifications.show({ title: words.title, body: recovered.reason === 'newer' ? words.newer(file) : words.body(file), clickTarget: { view: 'settings' } });
  }
  if (!launchedAtLogin(process.argv)) openWindow();
  installCleanQuit({ engine, log, stop: [stopWatching, unregisterIpc, () => windows.close(), () => tray.destroy()] });

  await engine.start();
  for (const warning of engine.historyWarnings) log.warn('history', { code: warning.code, message: warning.message });
  // An AppImage moved or updated since the entry was written would start the old path: write it again.
  if (store.current().launchAtLogin) await loginItem(true).catch((error: unknown) => log.warn('launch at login not refreshed', { error: String(error) }));
  log.info('started');
}

/** Quitting stops the monitor and closes the history before the process ends (bounded, so a stuck close cannot keep it alive). */
function installCleanQuit(options: { readonly engine: DesktopEngine; readonly log: AppLog; readonly stop: readonly (() => void)[] }): void {
  let stopped = false;
  let stopping: Promise<void> | undefined;
  app.on('before-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    stopping ??= (async () => {
      for (const stop of options.stop) {
        try {
          stop();
        } catch (error) {
          options.log.warn('stopping a part failed', { error: String(error) });
        }
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS)));
      await Promise.race([options.engine.stop().catch((error: unknown) => options.log.error('engine stop failed', { error: String(error) })), timeout]);
      clearTimeout(timer);
      options.log.info('quit');
    })().finally(() => {
      stopped = true;
      app.quit();
    });
  });
}
