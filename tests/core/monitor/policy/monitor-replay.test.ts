import { describe, expect, it } from 'vitest';
import { REPLAY_START, replay, seededRandom } from './replay-harness.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const kinds = (result: ReturnType<typeof replay>) => result.notifications.map((n) => n.kind);

describe('the state machine and the policy together, replayed on a fake clock', () => {
  it('a day with 3 % transient failures and a 10-minute local drop: no outage alert, one local alert and its all-clear', () => {
    const random = seededRandom(42);
    const dropFrom = 10 * HOUR;
    const dropTo = dropFrom + 10 * MINUTE;
    const inDrop = (t: number) => t >= dropFrom && t < dropTo;
    const result = replay(
      {
        outcomeAt: (t) => {
          if (inDrop(t)) return random() < 0.5 ? 'connect-timeout' : 'dns-error';
          const roll = random();
          if (roll < 0.015) return 'http-5xx';
          if (roll < 0.03) return 'timeout';
          return 'ok';
        },
        localProblemAt: inDrop,
      },
      24 * HOUR,
    );
    expect(kinds(result)).toEqual(['local-problem', 'local-cleared']);
    const [problem, cleared] = result.notifications;
    expect(problem!.at - REPLAY_START).toBeGreaterThanOrEqual(dropFrom);
    expect(problem!.at - REPLAY_START).toBeLessThan(dropFrom + 2 * MINUTE);
    expect(cleared!.localProblem!.durationMs).toBeGreaterThan(8 * MINUTE);
    expect(cleared!.localProblem!.durationMs).toBeLessThan(17 * MINUTE);
    expect(result.transitions.some((t) => t.to === 'outage')).toBe(false);
    // Transient failures happened, so the "no alert" above is not for lack of them.
    expect(result.transitions.filter((t) => t.to === 'unknown')).toHaveLength(1);
  });

  it('a 20-minute outage: one outage alert within 80 s of the onset and one recovery alert with the right duration', () => {
    const onset = 9 * HOUR + 17_000;
    const end = onset + 20 * MINUTE;
    const result = replay({ outcomeAt: (t) => (t >= onset && t < end ? 'http-5xx' : 'ok'), localProblemAt: () => false }, 12 * HOUR);
    expect(kinds(result)).toEqual(['outage', 'recovered']);
    const [down, back] = result.notifications;
    expect(down!.at - REPLAY_START - onset).toBeLessThanOrEqual(80_000);
    expect(Math.abs(back!.outage!.durationMs - 20 * MINUTE)).toBeLessThanOrEqual(2 * MINUTE);
    expect(back!.outage!.startedAt).toBe(down!.outage!.startedAt);
  });

  it('a service failing every other probe all day: no alert at all', () => {
    const result = replay({ outcomeAt: (_t, i) => (i % 2 === 0 ? 'http-5xx' : 'ok'), localProblemAt: () => false }, 24 * HOUR);
    expect(result.notifications).toEqual([]);
  });

  it('a service that stays down for a minute every ten: a bounded number of alerts, never two outage alerts within 10 minutes', () => {
    const result = replay({ outcomeAt: (t) => (t % (10 * MINUTE) < 2 * MINUTE ? 'http-5xx' : 'ok'), localProblemAt: () => false }, 6 * HOUR);
    const outages = result.notifications.filter((n) => n.kind === 'outage');
    for (let i = 1; i < outages.length; i += 1) expect(outages[i]!.at - outages[i - 1]!.at).toBeGreaterThanOrEqual(10 * MINUTE);
    expect(result.notifications.length).toBeLessThanOrEqual(2 * 36);
  });
});
