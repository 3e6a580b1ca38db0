import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/core/monitor/clock/seeded-random.ts';
import { notificationsIn, startWorld, WORLD_START } from './monitor-world.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('createMonitor replayed on a simulated clock', () => {
  it('a 20-minute outage: one outage alert within 80 s of the onset, one recovery alert quoting about 20 minutes', async () => {
    const onset = 9 * HOUR + 17_000;
    const end = onset + 20 * MINUTE;
    const world = startWorld({ outcomeAt: (t) => (t >= onset && t < end ? 'http-5xx' : 'ok') });
    await world.clock.advanceBy(12 * HOUR);
    await world.monitor.stop();

    const notifications = notificationsIn(world.events);
    expect(notifications.map((n) => n.kind)).toEqual(['outage', 'recovered']);
    const [down, back] = notifications;
    expect(down!.at - WORLD_START - onset).toBeGreaterThanOrEqual(0);
    expect(down!.at - WORLD_START - onset).toBeLessThanOrEqual(80_000);
    expect(Math.abs(back!.outage!.durationMs - 20 * MINUTE)).toBeLessThanOrEqual(2 * MINUTE);
    expect(back!.at - WORLD_START).toBeGreaterThanOrEqual(end);

    const states = world.events.flatMap((e) => (e.type === 'state' ? [`${e.from}>${e.to}`] : []));
    expect(states).toEqual(['unknown>operational', 'operational>outage', 'outage>operational']);
    const verdicts = world.events.flatMap((e) => (e.type === 'verdict' ? [e.kind] : []));
    expect(verdicts).toEqual(['all-clear', 'service-outage', 'all-clear']);
    // About one probe a minute outside the outage: the monitor neither idles nor hammers.
    expect(world.probes()).toBeGreaterThan(11 * 60);
    expect(world.probes()).toBeLessThan(15 * 60);
  });

  it('a day with 3 % transient failures and a 10-minute local drop: no outage alert, one local alert and its all-clear', async () => {
    const random = createRandom(42);
    const dropFrom = 10 * HOUR;
    const dropTo = dropFrom + 10 * MINUTE;
    const inDrop = (t: number) => t >= dropFrom && t < dropTo;
    let transient = 0;
    const world = startWorld({
      outcomeAt: (t) => {
        if (inDrop(t)) return random() < 0.5 ? 'connect-timeout' : 'dns-error';
        const roll = random();
        if (roll < 0.03) transient += 1;
        if (roll < 0.015) return 'http-5xx';
        if (roll < 0.03) return 'timeout';
        return 'ok';
      },
      localProblemAt: inDrop,
    });
    await world.clock.advanceBy(24 * HOUR);
    await world.monitor.stop();

    const notifications = notificationsIn(world.events);
    expect(notifications.map((n) => n.kind)).toEqual(['local-problem', 'local-cleared']);
    const [problem, cleared] = notifications;
    expect(problem!.at - WORLD_START).toBeGreaterThanOrEqual(dropFrom);
    expect(problem!.at - WORLD_START).toBeLessThan(dropFrom + 2 * MINUTE);
    expect(cleared!.localProblem!.durationMs).toBeGreaterThan(8 * MINUTE);
    expect(cleared!.localProblem!.durationMs).toBeLessThan(17 * MINUTE);
    expect(world.events.some((e) => e.type === 'state' && e.to === 'outage')).toBe(false);
    // The failures did happen, so the silence above is not for lack of them.
    expect(transient).toBeGreaterThan(20);
    const network = world.events.flatMap((e) => (e.type === 'network' ? [e.state] : []));
    expect(network).toEqual(['ok', 'internet-down', 'ok']);
  });

  it('every event is plain JSON', async () => {
    const world = startWorld({ outcomeAt: (t) => (t > 30 * MINUTE && t < 50 * MINUTE ? 'http-5xx' : 'ok') });
    await world.clock.advanceBy(2 * HOUR);
    await world.monitor.stop();
    expect(world.events.length).toBeGreaterThan(3);
    expect(JSON.parse(JSON.stringify(world.events))).toEqual(world.events);
  });
});
