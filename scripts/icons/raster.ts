// A tiny vector rasterizer for the icons: shapes are "is this point inside"
// tests in a unit square, and each pixel's coverage is the share of a grid of
// samples inside it, which gives clean anti-aliased edges at every size
// without a graphics library.

/** A point test in the unit square (0,0 top left … 1,1 bottom right). */
export type Shape = (x: number, y: number) => boolean;

/** An RGB colour, 0–255 each. */
export type Rgb = readonly [number, number, number];

/** A straight-alpha RGBA bitmap. */
export interface Bitmap {
  readonly size: number;
  readonly rgba: Uint8Array;
}

export const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

export const ring = (cx: number, cy: number, outer: number, inner: number): Shape => subtract(circle(cx, cy, outer), circle(cx, cy, inner));

/** A filled polygon (even-odd rule). */
export function polygon(points: readonly (readonly [number, number])[]): Shape {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i]!;
      const [xj, yj] = points[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

/** A regular polygon with `sides` corners, rotated by `rotation` radians. */
export function regularPolygon(cx: number, cy: number, r: number, sides: number, rotation: number): Shape {
  return polygon(Array.from({ length: sides }, (_, i) => [cx + r * Math.cos(rotation + (2 * Math.PI * i) / sides), cy + r * Math.sin(rotation + (2 * Math.PI * i) / sides)] as const));
}

/** A stroke of width `width` along the points, with round caps and joins. */
export function polyline(points: readonly (readonly [number, number])[], width: number): Shape {
  const half = width / 2;
  const segments = points.slice(1).map((end, i) => [points[i]!, end] as const);
  return (x, y) =>
    segments.some(([[ax, ay], [bx, by]]) => {
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
      return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half;
    });
}

export function roundedRect(left: number, top: number, right: number, bottom: number, r: number): Shape {
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + r), right - r);
    const cy = Math.min(Math.max(y, top + r), bottom - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

export const union =
  (...shapes: readonly Shape[]): Shape =>
  (x, y) =>
    shapes.some((shape) => shape(x, y));

export const subtract =
  (from: Shape, cut: Shape): Shape =>
  (x, y) =>
    from(x, y) && !cut(x, y);

/** A shape painted in a colour; later layers paint over earlier ones. */
export interface Layer {
  readonly shape: Shape;
  readonly color: Rgb;
}

/**
 * Paints `layers` on a transparent `size`×`size` bitmap. `inset` (a share of
 * the size) leaves a margin on each side, as menu bars expect.
 */
export function rasterize(layers: readonly Layer[], size: number, inset = 0): Bitmap {
  const samples = size <= 64 ? 8 : 4;
  const rgba = new Uint8Array(size * size * 4);
  const scale = 1 - 2 * inset;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers) {
        let hits = 0;
        for (let sy = 0; sy < samples; sy++) {
          for (let sx = 0; sx < samples; sx++) {
            const x = ((px + (sx + 0.5) / samples) / size - inset) / scale;
            const y = ((py + (sy + 0.5) / samples) / size - inset) / scale;
            if (layer.shape(x, y)) hits++;
          }
        }
        const coverage = hits / (samples * samples);
        if (coverage === 0) continue;
        // "Source over" with straight alpha.
        const outA = coverage + a * (1 - coverage);
        const mix = (src: number, dst: number) => (src * coverage + dst * a * (1 - coverage)) / outA;
        [r, g, b, a] = [mix(layer.color[0], r), mix(layer.color[1], g), mix(layer.color[2], b), outA];
      }
      const at = (py * size + px) * 4;
      rgba[at] = Math.round(r);
      rgba[at + 1] = Math.round(g);
      rgba[at + 2] = Math.round(b);
      rgba[at + 3] = Math.round(a * 255);
    }
  }
  return { size, rgba };
}
