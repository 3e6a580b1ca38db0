import { describe, expect, it } from 'vitest';
import {
  HOUR,
  MINUTE,
  T0,
  createPolicyHarness,
  incidentOpened,
  incidentResolved,
  kinds,
  outage,
  recovered,
  settingsWith,
  transition,
} from './policy-harness.ts';

describe('decideNotifications: outages and recoveries', () => {
  it('alerts a confirmed outage once, with where it started, and a click that opens the service', () => {
    const policy = createPolicyHarness();
    const [alert, ...rest] = policy.send(T0 + 3 * MINUTE, outage(T0 + 3 * MINUTE, T0 + MINUTE));
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({
      kind: 'outage',
      serviceId: 'chat',
      at: T0 + 3 * MINUTE,
      clickTarget: { kind: 'service', serviceId: 'chat' },
      outage: { startedAt: T0 + MINUTE, durationMs: 2 * MINUTE },
    });
    expect(alert!.delayed).toBeUndefined();
    // The same outage seen again (after an "unknown" in between) is not news.
    expect(policy.send(T0 + 5 * MINUTE, transition(T0 + 5 * MINUTE, 'outage', 'unknown'), outage(T0 + 6 * MINUTE, T0 + MINUTE))).toEqual([]);
  });

  it('announces the recovery with the outage duration, even inside the 10-minute gap', () => {
    const policy = createPolicyHarness();
    policy.send(T0, outage(T0, T0 - 2 * MINUTE));
    const [back] = policy.send(T0 + 3 * MINUTE, recovered(T0 + 3 * MINUTE, T0 - 2 * MINUTE));
    expect(back).toMatchObject({ kind: 'recovered', serviceId: 'chat', outage: { startedAt: T0 - 2 * MINUTE, durationMs: 5 * MINUTE } });
    expect(back!.requested).toBeUndefined();
  });

  it('says nothing about the recovery of an outage it never alerted', () => {
    const policy = createPolicyHarness();
    policy.send(T0, transition(T0, 'operational', 'unknown'));
    // Held back by the gap: an incident alert went out a minute ago.
    policy.send(T0, incidentOpened(T0, 'i1'));
    policy.send(T0 + MINUTE, outage(T0 + MINUTE));
    expect(policy.send(T0 + 4 * MINUTE, recovered(T0 + 4 * MINUTE, T0 + MINUTE))).toEqual([]);
    expect(kinds(policy.shown)).toEqual(['incident-opened']);
  });

  it('keeps a service that goes down and up repeatedly to one alert per 10 minutes, even with flap damping off', () => {
    const policy = createPolicyHarness(settingsWith({ flapping: null }));
    // Down for 2 minutes, up for 2 minutes, for two hours.
    for (let t = T0; t < T0 + 2 * HOUR; t += 4 * MINUTE) {
      policy.send(t, outage(t));
      policy.send(t + 2 * MINUTE, recovered(t + 2 * MINUTE, t));
    }
    const alerts = policy.shown;
    for (let i = 1; i < alerts.length; i += 1) {
      // Recoveries may follow their outage at once; anything else waits 10 minutes after the latest alert.
      if (alerts[i]!.kind !== 'recovered') expect(alerts[i]!.at - alerts[i - 1]!.at).toBeGreaterThanOrEqual(10 * MINUTE);
    }
    expect(alerts.filter((a) => a.kind === 'outage').length).toBeLessThanOrEqual(12);
    // Every recovery answers an outage alert.
    expect(kinds(alerts).join(',')).toMatch(/^(outage,recovered,?)+$/);
  });

  it('announces an outage held back by the gap once the gap is over, if it is still going on', () => {
    const policy = createPolicyHarness();
    policy.send(T0, incidentOpened(T0, 'minor'));
    expect(policy.send(T0 + 2 * MINUTE, outage(T0 + 2 * MINUTE))).toEqual([]);
    expect(policy.send(T0 + 9 * MINUTE)).toEqual([]);
    const [late] = policy.send(T0 + 10 * MINUTE);
    expect(late).toMatchObject({ kind: 'outage', delayed: true, outage: { startedAt: T0 + 2 * MINUTE, durationMs: 8 * MINUTE } });
  });

  it('gives every notification its own id', () => {
    const policy = createPolicyHarness();
    policy.send(T0, outage(T0, T0, 'a'), outage(T0, T0, 'b'), outage(T0, T0, 'c'));
    expect(new Set(policy.shown.map((n) => n.id)).size).toBe(3);
  });
});

describe('decideNotifications: official incidents', () => {
  it('alerts an incident no outage covers, and its resolution', () => {
    const policy = createPolicyHarness();
    expect(policy.send(T0, incidentOpened(T0, 'i1'))).toEqual([
      expect.objectContaining({ kind: 'incident-opened', serviceId: 'chat', incident: { id: 'i1', name: 'Incident i1' } }),
    ]);
    expect(policy.send(T0 + 40 * MINUTE, incidentResolved(T0 + 40 * MINUTE, 'i1'))).toEqual([
      expect.objectContaining({ kind: 'incident-resolved', incident: { id: 'i1', name: 'Incident i1' } }),
    ]);
  });

  it('folds an incident posted during an alerted outage into it: no second alert, no "resolved"', () => {
    const policy = createPolicyHarness();
    policy.send(T0, outage(T0));
    expect(policy.send(T0 + 16 * MINUTE, incidentOpened(T0 + 16 * MINUTE, 'i1'))).toEqual([]);
    expect(kinds(policy.send(T0 + 20 * MINUTE, recovered(T0 + 20 * MINUTE, T0)))).toEqual(['recovered']);
    expect(policy.send(T0 + 30 * MINUTE, incidentResolved(T0 + 30 * MINUTE, 'i1'))).toEqual([]);
  });

  it('folds an incident the page posts shortly after the recovery: it is the page catching up', () => {
    const policy = createPolicyHarness();
    policy.send(T0, outage(T0));
    policy.send(T0 + 10 * MINUTE, recovered(T0 + 10 * MINUTE, T0));
    expect(policy.send(T0 + 25 * MINUTE, incidentOpened(T0 + 25 * MINUTE, 'late'))).toEqual([]);
    // Much later, a new incident is news again.
    expect(kinds(policy.send(T0 + 3 * HOUR, incidentOpened(T0 + 3 * HOUR, 'new')))).toEqual(['incident-opened']);
  });

  it('names the open incidents in an outage alert that goes out after them', () => {
    const policy = createPolicyHarness();
    policy.send(T0, outage(T0, T0, 'other'), incidentOpened(T0, 'x', 'other'));
    const [alert] = policy.shown;
    expect(alert).toMatchObject({ kind: 'outage', serviceId: 'other', incidents: [{ id: 'x', name: 'Incident x' }] });
    expect(policy.shown).toHaveLength(1);
  });

  it('does not alert incidents that were already open at the first read of the page', () => {
    const policy = createPolicyHarness();
    expect(policy.send(T0, incidentOpened(T0, 'old', 'chat', true))).toEqual([]);
    expect(policy.send(T0 + HOUR, incidentResolved(T0 + HOUR, 'old'))).toEqual([]);
  });

  it('does not say "resolved" when a recovery alert already said the service is back', () => {
    const policy = createPolicyHarness();
    policy.send(T0, incidentOpened(T0, 'i1'));
    policy.send(T0 + 11 * MINUTE, outage(T0 + 11 * MINUTE));
    policy.send(T0 + 30 * MINUTE, recovered(T0 + 30 * MINUTE, T0 + 11 * MINUTE));
    expect(policy.send(T0 + 45 * MINUTE, incidentResolved(T0 + 45 * MINUTE, 'i1'))).toEqual([]);
    expect(kinds(policy.shown)).toEqual(['incident-opened', 'outage', 'recovered']);
  });

  it('does not say "resolved" while the probes still see an outage', () => {
    const policy = createPolicyHarness();
    policy.send(T0, incidentOpened(T0, 'i1'));
    policy.send(T0 + 11 * MINUTE, outage(T0 + 11 * MINUTE));
    expect(policy.send(T0 + 20 * MINUTE, incidentResolved(T0 + 20 * MINUTE, 'i1'))).toEqual([]);
  });

  it('holds a second incident of the same service to the 10-minute gap', () => {
    const policy = createPolicyHarness();
    policy.send(T0, incidentOpened(T0, 'a'), incidentOpened(T0, 'b'));
    expect(kinds(policy.shown)).toEqual(['incident-opened']);
    const [second] = policy.send(T0 + 10 * MINUTE);
    expect(second).toMatchObject({ kind: 'incident-opened', incident: { id: 'b' }, delayed: true });
  });

  it('drops a held incident that is resolved before it could be shown', () => {
    const policy = createPolicyHarness();
    policy.send(T0, incidentOpened(T0, 'a'), incidentOpened(T0, 'b'));
    policy.send(T0 + 5 * MINUTE, incidentResolved(T0 + 5 * MINUTE, 'b'));
    expect(policy.send(T0 + 10 * MINUTE)).toEqual([]);
  });
});

describe('decideNotifications: degraded and reminders', () => {
  it('keeps degraded silent by default', () => {
    const policy = createPolicyHarness();
    expect(policy.send(T0, transition(T0, 'operational', 'degraded'))).toEqual([]);
  });

  it('alerts degraded when asked to', () => {
    const policy = createPolicyHarness(settingsWith({ notifyDegraded: true }));
    expect(policy.send(T0, transition(T0, 'operational', 'degraded'))).toEqual([
      expect.objectContaining({ kind: 'degraded', serviceId: 'chat', reason: 'probes-slow' }),
    ]);
  });

  it('sends no reminders by default, however long the outage', () => {
    const policy = createPolicyHarness();
    policy.send(T0, outage(T0));
    for (let t = T0; t <= T0 + 6 * HOUR; t += MINUTE) policy.send(t);
    expect(kinds(policy.shown)).toEqual(['outage']);
  });

  it('reminds every interval during a long alerted outage, and stops at the recovery', () => {
    const policy = createPolicyHarness(settingsWith({ reminderIntervalMs: HOUR }));
    policy.send(T0, outage(T0, T0 - 2 * MINUTE));
    for (let t = T0; t <= T0 + 150 * MINUTE; t += MINUTE) policy.send(t);
    policy.send(T0 + 150 * MINUTE, recovered(T0 + 150 * MINUTE, T0 - 2 * MINUTE));
    for (let t = T0 + 150 * MINUTE; t <= T0 + 5 * HOUR; t += MINUTE) policy.send(t);
    const reminders = policy.shown.filter((n) => n.kind === 'reminder');
    expect(reminders.map((r) => r.at)).toEqual([T0 + HOUR, T0 + 2 * HOUR]);
    expect(reminders[0]!.outage).toEqual({ startedAt: T0 - 2 * MINUTE, durationMs: HOUR + 2 * MINUTE });
    expect(kinds(policy.shown)).toEqual(['outage', 'reminder', 'reminder', 'recovered']);
  });
});
