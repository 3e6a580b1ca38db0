import { describe, expect, it } from 'vitest';
import type { Notification } from '../../../../src/core/monitor/policy/notification.ts';
import { HOUR, MINUTE, T0, createPolicyHarness, incidentOpened, kinds, outage, recovered, settingsWith, transition } from './policy-harness.ts';
import type { PolicyHarness } from './policy-harness.ts';

/** Down `down` minutes, up `up` minutes, from `from` until `until`; the policy is asked every minute as the monitor does. */
function flap(policy: PolicyHarness, from: number, until: number, down = 4 * MINUTE, up = 4 * MINUTE): void {
  for (let start = from; start < until; start += down + up) {
    policy.send(start, outage(start));
    for (let t = start + MINUTE; t < start + down; t += MINUTE) policy.send(t);
    policy.send(start + down, recovered(start + down, start));
    for (let t = start + down + MINUTE; t < start + down + up; t += MINUTE) policy.send(t);
  }
}

function tick(policy: PolicyHarness, from: number, until: number): void {
  for (let t = from; t <= until; t += MINUTE) policy.send(t);
}

describe('decideNotifications: a flapping service (flap damping)', () => {
  it('4 minutes down, 4 up, for 6 hours: one "unstable" alert instead of a storm, and one recovery when it calms down', () => {
    const policy = createPolicyHarness();
    const end = T0 + 6 * HOUR;
    flap(policy, T0, end);
    tick(policy, end, end + HOUR);

    expect(policy.shown.length).toBeLessThanOrEqual(4);
    expect(kinds(policy.shown)).toEqual(['outage', 'recovered', 'unstable', 'recovered']);
    const unstable = policy.shown[2]!;
    expect(unstable).toMatchObject({ serviceId: 'chat', clickTarget: { kind: 'service', serviceId: 'chat' }, outageCount: 3 });
    // The third outage (at 16 min) flagged it, counting from the first one's start.
    expect(unstable.outage).toEqual({ startedAt: T0, durationMs: 16 * MINUTE });
    // One recovery, 30 minutes after the last return, quoting the whole unstable period.
    const last = policy.shown[3]!;
    const lastStart = T0 + 6 * HOUR - 8 * MINUTE;
    expect(last.at).toBe(lastStart + 4 * MINUTE + 30 * MINUTE);
    expect(last.outage).toEqual({ startedAt: T0, durationMs: lastStart + 4 * MINUTE - T0 });
  });

  it('keeps the storm without damping: the same flap alerts a down/back pair every quarter hour', () => {
    const policy = createPolicyHarness(settingsWith({ flapping: null }));
    flap(policy, T0, T0 + 6 * HOUR);
    expect(policy.shown.length).toBeGreaterThan(20);
  });

  it('leaves a single long outage alone: one outage alert, one recovery with its duration', () => {
    const policy = createPolicyHarness();
    policy.send(T0, outage(T0, T0 - MINUTE));
    tick(policy, T0 + MINUTE, T0 + 2 * HOUR);
    policy.send(T0 + 2 * HOUR, recovered(T0 + 2 * HOUR, T0 - MINUTE));
    tick(policy, T0 + 2 * HOUR + MINUTE, T0 + 3 * HOUR);
    expect(kinds(policy.shown)).toEqual(['outage', 'recovered']);
    expect(policy.shown[1]!.outage).toEqual({ startedAt: T0 - MINUTE, durationMs: 2 * HOUR + MINUTE });
  });

  it('leaves two outages an hour apart alone', () => {
    const policy = createPolicyHarness();
    for (const start of [T0, T0 + HOUR]) {
      policy.send(start, outage(start));
      policy.send(start + 5 * MINUTE, recovered(start + 5 * MINUTE, start));
    }
    expect(kinds(policy.shown)).toEqual(['outage', 'recovered', 'outage', 'recovered']);
  });

  it('counts only outages within the window: three outages spread over more than an hour are each alerted', () => {
    const policy = createPolicyHarness();
    for (const start of [T0, T0 + 35 * MINUTE, T0 + 70 * MINUTE]) {
      policy.send(start, outage(start));
      policy.send(start + 3 * MINUTE, recovered(start + 3 * MINUTE, start));
    }
    expect(kinds(policy.shown)).toEqual(['outage', 'recovered', 'outage', 'recovered', 'outage', 'recovered']);
  });

  it('stays unstable while the service keeps failing: going down again restarts the 30 calm minutes', () => {
    const policy = createPolicyHarness();
    flap(policy, T0, T0 + 24 * MINUTE);
    expect(kinds(policy.shown)).toEqual(['outage', 'recovered', 'unstable']);
    // Up 20 minutes, down again, up again: no alert until 30 minutes up in one go.
    tick(policy, T0 + 24 * MINUTE, T0 + 44 * MINUTE);
    policy.send(T0 + 44 * MINUTE, outage(T0 + 44 * MINUTE));
    policy.send(T0 + 47 * MINUTE, recovered(T0 + 47 * MINUTE, T0 + 44 * MINUTE));
    tick(policy, T0 + 48 * MINUTE, T0 + 76 * MINUTE);
    expect(kinds(policy.shown)).toEqual(['outage', 'recovered', 'unstable']);
    const [back] = policy.send(T0 + 77 * MINUTE);
    expect(back).toMatchObject({ kind: 'recovered', outage: { startedAt: T0, durationMs: 47 * MINUTE } });
    // Calm again: the next outage is ordinary news.
    expect(kinds(policy.send(T0 + 3 * HOUR, outage(T0 + 3 * HOUR)))).toEqual(['outage']);
  });

  it('still answers "tell me when it\'s back" once while the service is unstable', () => {
    const policy = createPolicyHarness();
    flap(policy, T0, T0 + 24 * MINUTE);
    policy.send(T0 + 24 * MINUTE, outage(T0 + 24 * MINUTE), { kind: 'notify-when-back', serviceId: 'chat' });
    const [back] = policy.send(T0 + 27 * MINUTE, recovered(T0 + 27 * MINUTE, T0 + 24 * MINUTE));
    expect(back).toMatchObject({ kind: 'recovered', requested: true });
    policy.send(T0 + 32 * MINUTE, outage(T0 + 32 * MINUTE));
    expect(policy.send(T0 + 35 * MINUTE, recovered(T0 + 35 * MINUTE, T0 + 32 * MINUTE))).toEqual([]);
  });

  it('folds an official incident posted while the service is flagged unstable into that alert', () => {
    const policy = createPolicyHarness();
    flap(policy, T0, T0 + 24 * MINUTE);
    tick(policy, T0 + 24 * MINUTE, T0 + 30 * MINUTE);
    policy.send(T0 + 30 * MINUTE, incidentOpened(T0 + 30 * MINUTE, 'flaky'));
    // Up since 20 min: the calm-again recovery is due at 50 min, the incident is never alerted on its own.
    tick(policy, T0 + 31 * MINUTE, T0 + 49 * MINUTE);
    expect(kinds(policy.shown)).toEqual(['outage', 'recovered', 'unstable']);
  });

  it('drops the calm-again recovery when it comes during quiet hours, like any news that is over', () => {
    const policy = createPolicyHarness(settingsWith({ quietHours: { enabled: true, start: '12:30', end: '13:30' } }));
    flap(policy, T0, T0 + 24 * MINUTE);
    expect(kinds(policy.shown)).toEqual(['outage', 'recovered', 'unstable']);
    tick(policy, T0 + 24 * MINUTE, T0 + 2 * HOUR);
    const after: Notification[] = policy.shown.slice(3);
    expect(after).toEqual([]);
    expect(policy.state().services.chat!.unstable).toBeUndefined();
  });

  it('holds a flapping service\'s "degraded" news too', () => {
    const policy = createPolicyHarness(settingsWith({ notifyDegraded: true }));
    flap(policy, T0, T0 + 24 * MINUTE);
    tick(policy, T0 + 24 * MINUTE, T0 + 40 * MINUTE);
    expect(policy.send(T0 + 40 * MINUTE, transition(T0 + 40 * MINUTE, 'operational', 'degraded'))).toEqual([]);
  });
});
