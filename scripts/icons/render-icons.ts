import { TRAY_ICON_IDS } from '../../src/core/desktop/tray-presentation.ts';
import { encodeIcns, encodeIco, ICNS_TYPES } from './containers.ts';
import { appIconLayers, colourLayers, STATE_DESIGNS, templateLayers } from './icon-designs.ts';
import { encodePng } from './png.ts';
import { type Layer, rasterize } from './raster.ts';

/** macOS menu bar: 22 pt tall; the shape keeps a 2 pt margin, as system icons do. */
export const MAC_TRAY_SIZES = [22, 44] as const;
/** Windows notification area: 16 px at 100 % up to 256 px for the largest scalings and the settings UI. */
export const WINDOWS_TRAY_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** Linux panels: 24 px, and 48 px for 2x scaling (Electron loads `@2x` beside the file). */
export const LINUX_TRAY_SIZES = [24, 48] as const;
/** The app icon's .ico sizes (taskbar, Explorer, installer). */
export const APP_ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

const MAC_INSET = 2 / 22;

/** Where each generated file goes, relative to assets/. */
export const trayPaths = {
  macos: (id: string, scale: 1 | 2) => `tray/macos/${id}Template${scale === 2 ? '@2x' : ''}.png`,
  windows: (id: string) => `tray/windows/${id}.ico`,
  linux: (id: string, scale: 1 | 2) => `tray/linux/${id}${scale === 2 ? '@2x' : ''}.png`,
};

const png = (layers: readonly Layer[], size: number, inset = 0) => encodePng(rasterize(layers, size, inset));

/** Every icon file of the app, by path under assets/ (pure: the same bytes on every run). */
export function renderIcons(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const id of TRAY_ICON_IDS) {
    const design = STATE_DESIGNS[id];
    const [mac1x, mac2x] = MAC_TRAY_SIZES;
    files.set(trayPaths.macos(id, 1), png(templateLayers(design), mac1x, MAC_INSET));
    files.set(trayPaths.macos(id, 2), png(templateLayers(design), mac2x, MAC_INSET));
    files.set(trayPaths.windows(id), encodeIco(WINDOWS_TRAY_SIZES.map((size) => [size, png(colourLayers(design), size)] as const)));
    const [linux1x, linux2x] = LINUX_TRAY_SIZES;
    files.set(trayPaths.linux(id, 1), png(colourLayers(design), linux1x));
    files.set(trayPaths.linux(id, 2), png(colourLayers(design), linux2x));
  }
  const app = appIconLayers();
  const appPngs = new Map<number, Buffer>();
  for (const size of new Set<number>([...APP_ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])) appPngs.set(size, png(app, size));
  files.set('icon.png', appPngs.get(512)!);
  files.set('icon.ico', encodeIco(APP_ICO_SIZES.map((size) => [size, appPngs.get(size)!] as const)));
  files.set('icon.icns', encodeIcns(appPngs));
  return files;
}
