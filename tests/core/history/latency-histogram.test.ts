import { expect, it } from 'vitest';
import { writeVarint } from '../../../src/core/history/byte-codec.ts';
import {
  decodeHistogramInto,
  emptyHistogram,
  histogramCount,
  histogramPercentile,
  latencyBin,
  sortedPercentile,
  writeHistogram,
} from '../../../src/core/history/latency-histogram.ts';

it('reads back any latency from 1 ms to 60 s within 2.5 % (plus rounding to whole ms)', () => {
  for (let ms = 1; ms <= 60_000; ms = Math.ceil(ms * 1.013)) {
    const histogram = emptyHistogram();
    histogram[latencyBin(ms)] = 1;
    const value = histogramPercentile(histogram, 0.5) ?? 0;
    expect(Math.abs(value - ms)).toBeLessThanOrEqual(ms * 0.025 + 0.5);
  }
});

it('survives the round trip through bytes, large counts included', () => {
  const histogram = emptyHistogram();
  histogram[latencyBin(120)] = 3;
  histogram[latencyBin(950)] = 70_000;
  const bytes: number[] = [];
  writeHistogram(bytes, histogram);
  const back = emptyHistogram();
  decodeHistogramInto(Uint8Array.from(bytes), back);
  expect([...back]).toEqual([...histogram]);
  expect(histogramCount(back)).toBe(70_003);
});

it('ignores a truncated tail instead of throwing', () => {
  const bytes: number[] = [latencyBin(100)];
  writeVarint(bytes, 300);
  const back = emptyHistogram();
  decodeHistogramInto(Uint8Array.from(bytes.slice(0, -1)), back);
  expect(histogramCount(back)).toBe(0);
});

it('takes nearest-rank percentiles', () => {
  const sorted = Array.from({ length: 20 }, (_, i) => i + 1);
  expect(sortedPercentile(sorted, 0.5)).toBe(10);
  expect(sortedPercentile(sorted, 0.95)).toBe(19);
  expect(sortedPercentile([], 0.95)).toBeUndefined();
  expect(histogramPercentile(emptyHistogram(), 0.5)).toBeUndefined();
});
