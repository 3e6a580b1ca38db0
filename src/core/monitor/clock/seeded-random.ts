/** A source of numbers in [0, 1), injected where the monitor needs jitter. */
export type RandomSource = () => number;

/**
 * A deterministic random source (mulberry32): the same seed gives the same
 * sequence, so a replay with jitter is repeatable. Not for anything secret.
 *
 * @param seed any number; its integer part modulo 2^32 is used
 */
export function createRandom(seed: number): RandomSource {
  let state = Math.trunc(Number.isFinite(seed) ? seed : 0) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The platform's random source, for the app. */
export const systemRandom: RandomSource = () => Math.random();
