import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/core/monitor/clock/seeded-random.ts';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs between seeds', () => {
    const take = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('stays in [0, 1) and covers the range evenly', () => {
    const random = createRandom(7);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random();
      if (x < 0 || x >= 1) outside++;
      else buckets[Math.floor(x * 10)]! += 1;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(count).toBeGreaterThan(9_500);
    for (const count of buckets) expect(count).toBeLessThan(10_500);
  });
});
