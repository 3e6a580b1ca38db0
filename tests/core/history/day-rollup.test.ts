import { expect, it } from 'vitest';
import { addToDayRollup, emptyDayRollup, encodeCounts, encodeLatency, forEachHour, forEachQuarter, mergeStoredDay } from '../../../src/core/history/day-rollup.ts';
import { DAY0, HOUR, MINUTE, sample } from './temp-history-dir.ts';

it('round-trips a day through its two blobs', () => {
  const day = emptyDayRollup();
  addToDayRollup(day, sample({ time: DAY0 }), DAY0);
  addToDayRollup(day, sample({ time: DAY0 + 5 * MINUTE, outcome: 'timeout' }), DAY0 + 5 * MINUTE);
  addToDayRollup(day, sample({ time: DAY0 + 23 * HOUR, outcome: 'dns-error', localProblem: true }), DAY0 + 23 * HOUR);
  const back = emptyDayRollup();
  mergeStoredDay(back, encodeCounts(day), encodeLatency(day));
  expect([...back.counts]).toEqual([...day.counts]);
  expect(back.hours.map((hour) => (hour ? [...hour] : undefined))).toEqual(day.hours.map((hour) => (hour ? [...hour] : undefined)));
  const quarters: number[][] = [];
  forEachQuarter(encodeCounts(day), (...args) => quarters.push(args));
  expect(quarters).toEqual([
    [0, 1, 1, 0],
    [92, 0, 0, 1],
  ]);
});

it('stops at malformed bytes instead of throwing or reading past the end', () => {
  const visits: number[] = [];
  forEachQuarter(Uint8Array.from([3, 1, 0x80]), (quarter) => visits.push(quarter));
  forEachQuarter(Uint8Array.from([200, 1, 1, 1]), (quarter) => visits.push(quarter));
  forEachHour(Uint8Array.from([2, 50, 1, 1]), (hour) => visits.push(hour));
  expect(visits).toEqual([]);
});
