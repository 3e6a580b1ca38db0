import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_ID, PRODUCT_NAME } from '../shared/app-info.ts';

// A minimal shell so the three targets build and typecheck together; the tray
// app, IPC server and custom protocol arrive with their own issues.
app.setAppUserModelId(APP_ID);

function openWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 960,
    height: 680,
    title: PRODUCT_NAME,
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return window;
}

void app.whenReady().then(() => {
  openWindow();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
