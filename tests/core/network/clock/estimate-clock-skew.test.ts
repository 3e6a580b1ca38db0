import { describe, expect, it } from 'vitest';
import { estimateClockSkew, type ClockSample } from '../../../../src/core/network/clock/estimate-clock-skew.ts';

const SERVER_TIME = 'Sat, 21 Nov 2026 20:00:00 GMT';
const serverMs = Date.UTC(2026, 10, 21, 20, 0, 0);

/** A sample whose answer arrived `offsetMs` after (or before) the server's time. */
const sampleAt = (offsetMs: number, serverDate = SERVER_TIME): ClockSample => ({ serverDate, localAt: new Date(serverMs + offsetMs) });

describe('estimateClockSkew', () => {
  it('is unknown without a sample', () => {
    expect(estimateClockSkew([])).toBeUndefined();
  });

  it('is positive when the local clock is ahead and negative when it is behind', () => {
    expect(estimateClockSkew([sampleAt(10 * 60_000)])).toBe(10 * 60_000);
    expect(estimateClockSkew([sampleAt(-3 * 3_600_000)])).toBe(-3 * 3_600_000);
  });

  it('takes the median, so one server with a wrong clock does not move the estimate', () => {
    const samples = [sampleAt(400), sampleAt(-200), sampleAt(900), sampleAt(365 * 24 * 3_600_000), sampleAt(-30 * 60_000)];
    expect(estimateClockSkew(samples)).toBe(400);
  });

  it('averages the two middle samples of an even count', () => {
    expect(estimateClockSkew([sampleAt(1000), sampleAt(3000), sampleAt(-50_000), sampleAt(90_000)])).toBe(2000);
  });

  it('ignores Date headers that are not HTTP dates', () => {
    const samples = [sampleAt(0, 'yesterday'), sampleAt(0, '1'), sampleAt(7 * 60_000), sampleAt(0, '')];
    expect(estimateClockSkew(samples)).toBe(7 * 60_000);
    expect(estimateClockSkew([sampleAt(0, 'not a date')])).toBeUndefined();
  });

  it('ignores an invalid local time', () => {
    expect(estimateClockSkew([{ serverDate: SERVER_TIME, localAt: new Date(Number.NaN) }, sampleAt(5000)])).toBe(5000);
  });
});
