import { describe, expect, it } from 'vitest';
import { notificationsIn, startWorld } from './monitor-world.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('createMonitor replayed on a simulated clock: a flapping service', () => {
  it('failing every other probe for 6 hours gives no alert storm', async () => {
    let calls = 0;
    const world = startWorld({
      outcomeAt: () => {
        calls += 1;
        return calls % 2 === 0 ? 'http-5xx' : 'ok';
      },
    });
    await world.clock.advanceBy(6 * HOUR);
    await world.monitor.stop();

    // It did flap the whole time: hundreds of probes, half of them failures.
    expect(world.probes()).toBeGreaterThan(6 * 60);
    const notifications = notificationsIn(world.events);
    expect(notifications.length).toBeLessThanOrEqual(4);
    const outageAlerts = notifications.filter((n) => n.kind === 'outage').map((n) => n.at);
    for (let i = 1; i < outageAlerts.length; i += 1) expect(outageAlerts[i]! - outageAlerts[i - 1]!).toBeGreaterThanOrEqual(10 * MINUTE);
  });

  it('down 4 minutes, up 4 minutes, for 6 hours: no alert storm, and never two outage alerts within 10 minutes', async () => {
    const world = startWorld({ outcomeAt: (t) => (Math.floor(t / (4 * MINUTE)) % 2 === 1 ? 'http-5xx' : 'ok') });
    await world.clock.advanceBy(6 * HOUR);
    await world.monitor.stop();

    // The state machine does see every one of the 45 outages…
    const outages = world.events.filter((e) => e.type === 'state' && e.to === 'outage');
    expect(outages.length).toBeGreaterThan(40);
    // …but the user is not told of each.
    const notifications = notificationsIn(world.events);
    const outageAlerts = notifications.filter((n) => n.kind === 'outage').map((n) => n.at);
    expect(outageAlerts.length).toBeGreaterThan(0);
    // The gap alone would still send a down/back pair every ~16 minutes (45 alerts): damping says "unstable" once instead.
    expect(notifications.length).toBeLessThanOrEqual(6);
    expect(notifications.filter((n) => n.kind === 'unstable')).toHaveLength(1);
    for (let i = 1; i < outageAlerts.length; i += 1) expect(outageAlerts[i]! - outageAlerts[i - 1]!).toBeGreaterThanOrEqual(10 * MINUTE);
  });
});
