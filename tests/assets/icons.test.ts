import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../scripts/icons/png.ts';
import { colourLayers, STATE_DESIGNS, templateLayers } from '../../scripts/icons/icon-designs.ts';
import { rasterize } from '../../scripts/icons/raster.ts';
import { LINUX_TRAY_SIZES, MAC_TRAY_SIZES, trayPaths, WINDOWS_TRAY_SIZES } from '../../scripts/icons/render-icons.ts';
import { TRAY_ICON_IDS, type TrayIconId } from '../../src/core/desktop/tray-presentation.ts';
import { decodePng, readIcns, readIco } from '../support/read-icons.ts';

const assets = join(import.meta.dirname, '..', '..', 'assets');
const read = (path: string) => readFileSync(join(assets, path));

/** Which pixels are mostly opaque: the shape a user sees without colour. */
function mask(path: string): boolean[] {
  const { rgba } = decodePng(read(path));
  return Array.from({ length: rgba.length / 4 }, (_, i) => rgba[i * 4 + 3]! >= 128);
}

const share = (a: boolean[], b: boolean[]) => a.filter((value, i) => value !== b[i]).length / a.length;

describe('the tray icons', () => {
  it.each(TRAY_ICON_IDS)('exist for %s on every OS, at the sizes each expects', (id) => {
    const [mac1x, mac2x] = MAC_TRAY_SIZES;
    expect(decodePng(read(trayPaths.macos(id, 1)))).toMatchObject({ width: mac1x, height: mac1x });
    expect(decodePng(read(trayPaths.macos(id, 2)))).toMatchObject({ width: mac2x, height: mac2x });
    const [linux1x, linux2x] = LINUX_TRAY_SIZES;
    expect(decodePng(read(trayPaths.linux(id, 1)))).toMatchObject({ width: linux1x, height: linux1x });
    expect(decodePng(read(trayPaths.linux(id, 2)))).toMatchObject({ width: linux2x, height: linux2x });
    const ico = readIco(read(trayPaths.windows(id)));
    expect(ico.map((image) => image.size)).toEqual([...WINDOWS_TRAY_SIZES]);
    for (const image of ico) expect(decodePng(image.image)).toMatchObject({ width: image.size, height: image.size });
  });

  it('are macOS template images: black, with the shape only in the alpha channel', () => {
    for (const id of TRAY_ICON_IDS) {
      const { rgba } = decodePng(read(trayPaths.macos(id, 2)));
      const colours = new Set<number>();
      for (let i = 0; i < rgba.length; i += 4) if (rgba[i + 3]! > 0) colours.add(rgba[i]! + rgba[i + 1]! + rgba[i + 2]!);
      expect([...colours]).toEqual([0]);
    }
  });

  it('differ in shape, not only in colour, at the smallest size shown', () => {
    const pairs = TRAY_ICON_IDS.flatMap((a, i) => TRAY_ICON_IDS.slice(i + 1).map((b) => [a, b] as const));
    for (const [a, b] of pairs) {
      // At 16 px on Windows and 22 px on macOS, at least a tenth of the pixels tell the two apart.
      const windowsA = mask16(a);
      const windowsB = mask16(b);
      expect(share(windowsA, windowsB), `${a} vs ${b} at 16 px`).toBeGreaterThan(0.1);
      expect(share(mask(trayPaths.macos(a, 1)), mask(trayPaths.macos(b, 1))), `${a} vs ${b} template`).toBeGreaterThan(0.1);
    }
  });

  it('are what the script draws now (regenerate with scripts/generate-icons.ts after a design change)', () => {
    for (const id of TRAY_ICON_IDS) {
      const design = STATE_DESIGNS[id];
      const drawn = decodePng(encodePng(rasterize(templateLayers(design), 44, 2 / 22)));
      expect(Buffer.from(decodePng(read(trayPaths.macos(id, 2))).rgba).equals(Buffer.from(drawn.rgba)), id).toBe(true);
      const linux = decodePng(encodePng(rasterize(colourLayers(design), 24)));
      expect(Buffer.from(decodePng(read(trayPaths.linux(id, 1))).rgba).equals(Buffer.from(linux.rgba)), id).toBe(true);
    }
  });
});

function mask16(id: TrayIconId): boolean[] {
  const image = readIco(read(trayPaths.windows(id))).find((entry) => entry.size === 16)!;
  const { rgba } = decodePng(image.image);
  return Array.from({ length: rgba.length / 4 }, (_, i) => rgba[i * 4 + 3]! >= 128);
}

describe('the app icon', () => {
  it('is a 512 px PNG for Linux and the packager', () => {
    expect(decodePng(read('icon.png'))).toMatchObject({ width: 512, height: 512 });
  });

  it('is a Windows .ico from 16 to 256 px', () => {
    const ico = readIco(read('icon.ico'));
    expect(ico.map((image) => image.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const image of ico) expect(decodePng(image.image).width).toBe(image.size);
  });

  it('is a macOS .icns with every size the Dock and Finder ask for', () => {
    const elements = readIcns(read('icon.icns'));
    const sizes = Object.fromEntries(elements.map((element) => [element.type, decodePng(element.data).width]));
    expect(sizes).toEqual({ icp4: 16, icp5: 32, ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024 });
  });
});
