import { writeVarint } from './byte-codec.ts';

// Latencies in rollups are counted in logarithmic bins 5 % wide, so a
// percentile read back is within 2.5 % of the true one and a bin fits a byte
// (bin 255 starts above 200 s, beyond any probe timeout).
const RATIO = 1.05;
const LOG_RATIO = Math.log(RATIO);
const BINS = 256;

/** Counts per bin, indexed by bin. */
export type LatencyHistogram = Float64Array;

/** An empty histogram. */
export function emptyHistogram(): LatencyHistogram {
  return new Float64Array(BINS);
}

/** The bin a latency falls into. */
export function latencyBin(ms: number): number {
  if (!(ms >= 1)) return 0;
  return Math.min(BINS - 1, 1 + Math.floor(Math.log(ms) / LOG_RATIO));
}

/** The value a bin stands for: its geometric middle, in whole ms. */
export function binValue(bin: number): number {
  return bin === 0 ? 0 : Math.round(RATIO ** (bin - 0.5));
}

/** Total count. */
export function histogramCount(histogram: LatencyHistogram): number {
  let total = 0;
  for (const count of histogram) total += count;
  return total;
}

/** Nearest-rank percentile (`p` in 0..1) of a histogram; undefined when empty. */
export function histogramPercentile(histogram: LatencyHistogram, p: number): number | undefined {
  const total = histogramCount(histogram);
  if (total === 0) return undefined;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (let bin = 0; bin < BINS; bin++) {
    seen += histogram[bin] ?? 0;
    if (seen >= rank) return binValue(bin);
  }
  return undefined;
}

/** Nearest-rank percentile (`p` in 0..1) of values sorted ascending; undefined when empty. */
export function sortedPercentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Appends a histogram as bytes: per non-empty bin, the bin then its count as a varint. */
export function writeHistogram(bytes: number[], histogram: LatencyHistogram): void {
  for (let bin = 0; bin < BINS; bin++) {
    const count = Math.floor(histogram[bin] ?? 0);
    if (count <= 0) continue;
    bytes.push(bin);
    writeVarint(bytes, count);
  }
}

/**
 * Adds what `writeHistogram` wrote into `into`; a truncated tail is ignored.
 * (Hand-inlined varints: this loop runs over every stored hour of a chart.)
 */
export function decodeHistogramInto(bytes: Uint8Array, into: LatencyHistogram): void {
  let index = 0;
  const length = bytes.length;
  while (index < length) {
    const bin = bytes[index++] ?? 0;
    let count = 0;
    let scale = 1;
    let byte = 0x80;
    while (byte & 0x80) {
      if (index >= length) return;
      byte = bytes[index++] ?? 0;
      count += (byte & 0x7f) * scale;
      scale *= 0x80;
    }
    into[bin] = (into[bin] ?? 0) + count;
  }
}
