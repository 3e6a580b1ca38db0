import type { RandomSource } from '../clock/seeded-random.ts';

/**
 * `baseMs` moved by up to ±`ratio` of itself: a value in
 * [base × (1 − ratio), base × (1 + ratio)). Jitter keeps many clients (and
 * many services of one client) from settling into lock-step.
 */
export function jittered(baseMs: number, ratio: number, random: RandomSource): number {
  return baseMs * (1 + ratio * (2 * random() - 1));
}

/**
 * Offsets that spread `count` starts over `windowMs`: one in each of `count`
 * equal slots, at a random place within its slot. Unlike `count` independent
 * draws, no two starts can pile up by chance.
 */
export function staggerOffsets(count: number, windowMs: number, random: RandomSource): number[] {
  const slot = count > 0 ? windowMs / count : 0;
  return Array.from({ length: count }, (_, i) => (i + random()) * slot);
}
