/**
 * The last few answered probes' total times, for the live view. The
 * baseline that decides "slow" comes from history, not from here: a window
 * this short would follow a slow-down and stop calling it one.
 */
export interface LatencyWindow {
  /** Oldest first, at most `LATENCY_WINDOW_SIZE`. */
  readonly samplesMs: readonly number[];
}

/** What the live view shows of the recent latency. */
export interface LatencySummary {
  readonly count: number;
  readonly lastMs?: number;
  readonly medianMs?: number;
  readonly maxMs?: number;
}

/** Samples kept: about 20 minutes at the default interval. */
export const LATENCY_WINDOW_SIZE = 20;

/** A window with nothing in it. */
export const EMPTY_LATENCY_WINDOW: LatencyWindow = { samplesMs: [] };

/** The window with one more sample, the oldest dropped when full. */
export function addLatencySample(window: LatencyWindow, totalMs: number): LatencyWindow {
  const samplesMs = [...window.samplesMs, totalMs];
  return { samplesMs: samplesMs.length > LATENCY_WINDOW_SIZE ? samplesMs.slice(-LATENCY_WINDOW_SIZE) : samplesMs };
}

/** Last, median and worst of the window. */
export function summarizeLatency(window: LatencyWindow): LatencySummary {
  const samples = window.samplesMs;
  if (samples.length === 0) return { count: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { count: samples.length, lastMs: samples.at(-1)!, medianMs, maxMs: sorted.at(-1)! };
}
