import { TRAY_ICON_IDS } from '../../src/core/desktop/tray-presentation.ts';
import { appIconLayers, colourLayers, STATE_DESIGNS, templateLayers } from './icon-designs.ts';
import { encodePng } from './png.ts';
import { type Bitmap, rasterize, type Rgb } from './raster.ts';

const LIGHT: Rgb = [236, 236, 236];
const DARK: Rgb = [40, 40, 44];

/**
 * A contact sheet for looking at the icons: one row per state, each icon at
 * its real pixel size blown up `zoom` times, on a light and a dark panel
 * (macOS tints template images white on a dark menu bar; so does this).
 */
export function previewSheet(zoom = 6): Buffer {
  const cells: { bitmap: Bitmap; background: Rgb; tint?: Rgb }[][] = TRAY_ICON_IDS.map((id) => {
    const design = STATE_DESIGNS[id];
    const template = rasterize(templateLayers(design), 22, 2 / 22);
    return [
      { bitmap: template, background: LIGHT },
      { bitmap: template, background: DARK, tint: [255, 255, 255] },
      { bitmap: rasterize(colourLayers(design), 16), background: LIGHT },
      { bitmap: rasterize(colourLayers(design), 24), background: LIGHT },
      { bitmap: rasterize(colourLayers(design), 24), background: DARK },
    ];
  });
  cells.push([{ bitmap: rasterize(appIconLayers(), 24), background: LIGHT }, { bitmap: rasterize(appIconLayers(), 16), background: DARK }]);
  const cell = 26 * zoom;
  const columns = Math.max(...cells.map((row) => row.length));
  const size = Math.max(columns, cells.length) * cell;
  const rgba = new Uint8Array(size * size * 4).fill(255);
  cells.forEach((row, r) =>
    row.forEach(({ bitmap, background, tint }, c) => {
      const offset = Math.floor((26 - bitmap.size) / 2);
      for (let y = 0; y < 26; y++) {
        for (let x = 0; x < 26; x++) {
          const bx = x - offset;
          const by = y - offset;
          const inside = bx >= 0 && by >= 0 && bx < bitmap.size && by < bitmap.size;
          const at = (by * bitmap.size + bx) * 4;
          const alpha = inside ? bitmap.rgba[at + 3]! / 255 : 0;
          const colour = [0, 1, 2].map((i) => (tint ? tint[i]! : inside ? bitmap.rgba[at + i]! : 0) * alpha + background[i]! * (1 - alpha));
          for (let zy = 0; zy < zoom; zy++) {
            for (let zx = 0; zx < zoom; zx++) {
              const target = ((r * cell + y * zoom + zy) * size + c * cell + x * zoom + zx) * 4;
              rgba.set([...colour.map(Math.round), 255], target);
            }
          }
        }
      }
    }),
  );
  return encodePng({ size, rgba });
}
