import type { TrayIconId } from '../../src/core/desktop/tray-presentation.ts';
import { circle, type Layer, polygon, polyline, type Rgb, ring, roundedRect, type Shape, subtract, union } from './raster.ts';

/**
 * One tray state: a silhouette (`body`) with a mark cut out of it
 * (`glyph`). The silhouettes differ from state to state, so the icon reads
 * without colour — in a macOS template image only the shape survives.
 */
export interface StateDesign {
  readonly body: Shape;
  readonly glyph?: Shape;
  readonly color: Rgb;
  readonly glyphColor: Rgb;
}

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [32, 33, 36];
const GREY: Rgb = [128, 134, 139];

const exclamation = (top: number, bottom: number): Shape => union(polyline([[0.5, top], [0.5, bottom]], 0.13), circle(0.5, bottom + 0.15, 0.075));

export const STATE_DESIGNS: Readonly<Record<TrayIconId, StateDesign>> = {
  // A disc with a check mark.
  'all-clear': {
    body: circle(0.5, 0.5, 0.48),
    glyph: polyline([[0.27, 0.52], [0.43, 0.68], [0.73, 0.36]], 0.14),
    color: [30, 142, 62],
    glyphColor: WHITE,
  },
  // A warning triangle with an exclamation mark.
  degraded: {
    body: polygon([[0.5, 0.03], [0.99, 0.93], [0.01, 0.93]]),
    glyph: exclamation(0.36, 0.6),
    color: [249, 171, 0],
    glyphColor: INK,
  },
  // A bold cross on its own: at 16 px an octagon would read as the all-clear disc.
  outage: {
    body: union(polyline([[0.16, 0.16], [0.84, 0.84]], 0.26), polyline([[0.84, 0.16], [0.16, 0.84]], 0.26)),
    color: [217, 48, 37],
    glyphColor: WHITE,
  },
  // A house (your side of the connection) with an exclamation mark.
  'local-problem': {
    body: polygon([[0.5, 0.02], [0.99, 0.48], [0.86, 0.48], [0.86, 0.97], [0.14, 0.97], [0.14, 0.48], [0.01, 0.48]]),
    glyph: exclamation(0.42, 0.64),
    color: [147, 52, 230],
    glyphColor: WHITE,
  },
  // A ring with three dots: working on it.
  checking: {
    body: union(ring(0.5, 0.5, 0.48, 0.37), circle(0.29, 0.5, 0.075), circle(0.5, 0.5, 0.075), circle(0.71, 0.5, 0.075)),
    color: GREY,
    glyphColor: WHITE,
  },
  // Two bars: paused.
  paused: {
    body: union(roundedRect(0.17, 0.1, 0.4, 0.9, 0.06), roundedRect(0.6, 0.1, 0.83, 0.9, 0.06)),
    color: GREY,
    glyphColor: WHITE,
  },
};

/** The state in colour (Windows, Linux): the silhouette, with the mark painted on it. */
export function colourLayers(design: StateDesign): Layer[] {
  return [{ shape: design.body, color: design.color }, ...(design.glyph ? [{ shape: design.glyph, color: design.glyphColor }] : [])];
}

/** The state as a macOS template image: black, with the mark cut out so the menu bar shows through. */
export function templateLayers(design: StateDesign): Layer[] {
  return [{ shape: design.glyph ? subtract(design.body, design.glyph) : design.body, color: [0, 0, 0] }];
}

/** The app icon: a white pulse line on a blue rounded square, with a green "all clear" dot. */
export function appIconLayers(): Layer[] {
  const pulse: readonly (readonly [number, number])[] = [
    [0.16, 0.56],
    [0.34, 0.56],
    [0.42, 0.36],
    [0.52, 0.74],
    [0.6, 0.46],
    [0.66, 0.56],
    [0.84, 0.56],
  ];
  return [
    { shape: roundedRect(0.04, 0.04, 0.96, 0.96, 0.2), color: [11, 87, 160] },
    { shape: polyline(pulse, 0.07), color: WHITE },
    { shape: circle(0.78, 0.24, 0.075), color: [52, 199, 89] },
  ];
}
