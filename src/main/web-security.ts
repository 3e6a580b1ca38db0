import { app, session } from 'electron';
import type { AppLog } from './app-log.ts';

/**
 * The navigation and permission half of Electron's security checklist, for
 * every webContents the app ever creates: no navigation away from the page
 * (links to the outside go through `openStatusPage`), no new windows, no
 * <webview>, and every permission (camera, notifications, clipboard read…)
 * denied, asked or merely checked.
 */
export function hardenWebContents(log: AppLog): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission request denied', { permission });
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      log.warn('navigation blocked', { url });
      event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      log.warn('redirect blocked', { url });
      event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      log.warn('webview blocked');
      event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      log.warn('new window blocked', { url });
      return { action: 'deny' };
    });
  });
}
