import { parseHttpDate } from './parse-http-date.ts';

/** One server's `Date` header and the local time its answer arrived. */
export interface ClockSample {
  /** The `Date` header as the server sent it. */
  readonly serverDate: string;
  /** The local wall clock when the answer (its headers) arrived. */
  readonly localAt: Date;
}

/**
 * Estimates how far the local clock is off (pure): the median of local time
 * minus server time, in ms, over the samples whose `Date` is a valid HTTP
 * date. The median keeps one wrong server (a box on the path with its own bad
 * clock) from moving the estimate while most servers agree.
 *
 * HTTP dates have whole seconds, so the estimate is only good to about a
 * second, far finer than the minutes that break certificate checks.
 *
 * @returns the skew in whole ms (positive: the local clock is ahead), or
 *   undefined when no sample had a valid date
 */
export function estimateClockSkew(samples: readonly ClockSample[]): number | undefined {
  const offsets = samples
    .flatMap((sample) => {
      const server = parseHttpDate(sample.serverDate);
      const local = sample.localAt.getTime();
      return server === undefined || Number.isNaN(local) ? [] : [local - server];
    })
    .sort((a, b) => a - b);
  if (offsets.length === 0) return undefined;
  const middle = Math.floor(offsets.length / 2);
  const upper = offsets[middle] ?? 0;
  const median = offsets.length % 2 === 1 ? upper : ((offsets[middle - 1] ?? upper) + upper) / 2;
  return Math.round(median);
}
