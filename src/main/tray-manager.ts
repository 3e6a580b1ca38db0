import { join } from 'node:path';
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { AppSnapshot } from '../shared/app-snapshot.ts';
import { presentTray, type TrayAction, type TrayIconId, type TrayModel } from '../core/desktop/tray-presentation.ts';

/** What the tray's menu items do. */
export type TrayCallbacks = Readonly<Record<TrayAction, () => void>>;

/** The tray icon and menu, redrawn from each snapshot. */
export interface TrayManager {
  /** Shows `snapshot` (and the latest alert the OS could not show, if any). */
  update(snapshot: AppSnapshot, latestAlert?: string): void;
  destroy(): void;
}

/**
 * The icon file for a state on this OS (see scripts/generate-icons.ts):
 * macOS template PNGs (the menu bar tints them; `@2x` is picked up beside
 * them), Windows .ico with every size, coloured PNGs elsewhere.
 */
export function trayIconPath(directory: string, platform: NodeJS.Platform, id: TrayIconId): string {
  if (platform === 'darwin') return join(directory, 'macos', `${id}Template.png`);
  if (platform === 'win32') return join(directory, 'windows', `${id}.ico`);
  return join(directory, 'linux', `${id}.png`);
}

/** The Electron menu template of a tray model. */
export function trayMenuTemplate(model: TrayModel, callbacks: TrayCallbacks): MenuItemConstructorOptions[] {
  return model.menu.map((item) => {
    if (item.kind === 'separator') return { type: 'separator' };
    if (item.kind === 'info') return { label: item.label, enabled: false };
    return { label: item.label, enabled: item.enabled, click: () => callbacks[item.action]() };
  });
}

/**
 * The tray (see {@link TrayManager}). The menu is rebuilt whenever what it
 * shows changes: Linux trays (StatusNotifierItem/AppIndicator) show no
 * tooltip and open only the menu, so the menu has to carry everything.
 */
export function createTrayManager(options: {
  readonly iconDirectory: string;
  readonly platform: NodeJS.Platform;
  readonly callbacks: TrayCallbacks;
  readonly timeZone?: string;
}): TrayManager {
  const images = new Map<TrayIconId, NativeImage>();
  const image = (id: TrayIconId) => {
    let loaded = images.get(id);
    if (!loaded) {
      loaded = nativeImage.createFromPath(trayIconPath(options.iconDirectory, options.platform, id));
      if (options.platform === 'darwin') loaded.setTemplateImage(true);
      images.set(id, loaded);
    }
    return loaded;
  };
  const tray = new Tray(image('checking'));
  // On Windows a click on the icon opens the window, as tray apps there do; elsewhere a click opens the menu.
  if (options.platform === 'win32') tray.on('click', () => options.callbacks.open());
  let shown: TrayModel | undefined;

  return {
    update: (snapshot, latestAlert) => {
      const model = presentTray(snapshot, { ...(options.timeZone ? { timeZone: options.timeZone } : {}), ...(latestAlert ? { latestAlert } : {}) });
      if (shown?.iconId !== model.iconId) tray.setImage(image(model.iconId));
      if (shown?.tooltip !== model.tooltip) tray.setToolTip(model.tooltip);
      if (JSON.stringify(shown?.menu) !== JSON.stringify(model.menu)) tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(model, options.callbacks)));
      shown = model;
    },
    destroy: () => tray.destroy(),
  };
}
