import { describe, expect, it } from 'vitest';
import {
  EMPTY_LATENCY_WINDOW,
  LATENCY_WINDOW_SIZE,
  addLatencySample,
  summarizeLatency,
} from '../../../../src/core/monitor/state/latency-window.ts';

describe('latency window', () => {
  it('summarizes nothing as nothing', () => {
    expect(summarizeLatency(EMPTY_LATENCY_WINDOW)).toEqual({ count: 0 });
  });

  it('gives the last, median and worst of the recent answers', () => {
    const window = [300, 100, 900, 200].reduce(addLatencySample, EMPTY_LATENCY_WINDOW);
    expect(summarizeLatency(window)).toEqual({ count: 4, lastMs: 200, medianMs: 250, maxMs: 900 });
  });

  it('forgets the oldest answers once full', () => {
    const window = Array.from({ length: LATENCY_WINDOW_SIZE + 5 }, (_, i) => i).reduce(addLatencySample, EMPTY_LATENCY_WINDOW);
    expect(window.samplesMs).toHaveLength(LATENCY_WINDOW_SIZE);
    expect(window.samplesMs[0]).toBe(5);
  });
});
