import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITOR_SETTINGS } from '../../../../src/core/monitor/monitor-settings.ts';
import {
  HOUR,
  MINUTE,
  T0,
  createPolicyHarness,
  incidentOpened,
  kinds,
  outage,
  recovered,
  settingsWith,
  transition,
} from './policy-harness.ts';

describe('decideNotifications: a local network problem', () => {
  it('gives one rollup alert, silences every service while it lasts, then one "connection back"', () => {
    const policy = createPolicyHarness();
    const [rollup] = policy.send(T0, { kind: 'local-problem-started', networkState: 'router-unreachable' });
    expect(rollup).toMatchObject({ kind: 'local-problem', networkState: 'router-unreachable', clickTarget: { kind: 'network' } });
    expect(rollup!.serviceId).toBeUndefined();

    // Everything that happens meanwhile stays quiet, a changed diagnosis included.
    expect(
      policy.send(
        T0 + MINUTE,
        { kind: 'local-problem-started', networkState: 'offline' },
        transition(T0 + MINUTE, 'operational', 'unknown', 'a'),
        transition(T0 + MINUTE, 'operational', 'unknown', 'b'),
        incidentOpened(T0 + MINUTE, 'i1', 'b'),
        outage(T0 + 2 * MINUTE, T0 + 2 * MINUTE, 'c'),
      ),
    ).toEqual([]);
    for (let t = T0 + 2 * MINUTE; t < T0 + 10 * MINUTE; t += MINUTE) expect(policy.send(t)).toEqual([]);

    const cleared = policy.send(T0 + 10 * MINUTE, { kind: 'local-problem-cleared' });
    expect(cleared[0]).toMatchObject({
      kind: 'local-cleared',
      networkState: 'offline',
      localProblem: { startedAt: T0, durationMs: 10 * MINUTE },
      clickTarget: { kind: 'network' },
    });
    // What is still going on is told once the connection is back: the incident, and the outage (seen before the drop).
    expect(kinds(cleared.slice(1))).toEqual(['incident-opened', 'outage']);
  });

  it('says nothing about a local problem that came and went inside quiet hours', () => {
    const policy = createPolicyHarness(settingsWith({ quietHours: { enabled: true, start: '22:00', end: '07:00' } }));
    const night = Date.parse('2026-11-21T23:00:00Z');
    policy.send(night, { kind: 'local-problem-started', networkState: 'offline' });
    policy.send(night + 30 * MINUTE, { kind: 'local-problem-cleared' });
    policy.send(Date.parse('2026-11-22T07:00:00Z'));
    expect(policy.shown).toEqual([]);
  });

  it('tells of a local problem still going on when quiet hours end', () => {
    const policy = createPolicyHarness(settingsWith({ quietHours: { enabled: true, start: '22:00', end: '07:00' } }));
    policy.send(Date.parse('2026-11-21T23:00:00Z'), { kind: 'local-problem-started', networkState: 'captive-portal' });
    expect(policy.send(Date.parse('2026-11-22T06:59:00Z'))).toEqual([]);
    expect(policy.send(Date.parse('2026-11-22T07:00:00Z'))).toEqual([
      expect.objectContaining({ kind: 'local-problem', networkState: 'captive-portal', delayed: true }),
    ]);
  });

  it('does not repeat the rollup for a connection that keeps dropping', () => {
    const policy = createPolicyHarness();
    for (let t = T0; t < T0 + HOUR; t += 2 * MINUTE) {
      policy.send(t, { kind: 'local-problem-started', networkState: 'offline' });
      policy.send(t + MINUTE, { kind: 'local-problem-cleared' });
    }
    const rollups = policy.shown.filter((n) => n.kind === 'local-problem');
    expect(rollups.length).toBeLessThanOrEqual(6);
    for (let i = 1; i < rollups.length; i += 1) expect(rollups[i]!.at - rollups[i - 1]!.at).toBeGreaterThanOrEqual(10 * MINUTE);
  });
});

describe('decideNotifications: mute', () => {
  it.each([
    ['1h', HOUR],
    ['4h', 4 * HOUR],
    ['8h', 8 * HOUR],
  ] as const)('mutes a service for %s: nothing about it until then', (duration, length) => {
    const policy = createPolicyHarness();
    policy.send(T0, { kind: 'mute-service', serviceId: 'chat', duration });
    expect(policy.state().services.chat!.mutedUntil).toBe(T0 + length);
    policy.send(T0 + MINUTE, outage(T0 + MINUTE), incidentOpened(T0 + MINUTE, 'i1'));
    policy.send(T0 + 20 * MINUTE, recovered(T0 + 20 * MINUTE, T0 + MINUTE));
    // Other services are not muted.
    expect(kinds(policy.send(T0 + 21 * MINUTE, outage(T0 + 21 * MINUTE, T0 + 21 * MINUTE, 'other')))).toEqual(['outage']);
    expect(policy.shown.filter((n) => n.serviceId === 'chat')).toEqual([]);
  });

  it('tells of an outage still going on when the mute ends', () => {
    const policy = createPolicyHarness();
    policy.send(T0, { kind: 'mute-service', serviceId: 'chat', duration: '1h' });
    policy.send(T0 + 10 * MINUTE, outage(T0 + 10 * MINUTE));
    expect(policy.send(T0 + HOUR - 1)).toEqual([]);
    expect(policy.send(T0 + HOUR)).toEqual([
      expect.objectContaining({ kind: 'outage', delayed: true, outage: { startedAt: T0 + 10 * MINUTE, durationMs: 50 * MINUTE } }),
    ]);
  });

  it('lifts a mute early on request', () => {
    const policy = createPolicyHarness();
    policy.send(T0, { kind: 'mute-service', serviceId: 'chat', duration: '8h' }, outage(T0));
    expect(kinds(policy.send(T0 + MINUTE, { kind: 'unmute-service', serviceId: 'chat' }))).toEqual(['outage']);
  });

  it('mutes "until tomorrow" to the next midnight of the user\'s time zone', () => {
    // 20:00 UTC is 05:00 on the 22nd in Seoul (tomorrow begins in 19 h) and 15:00 on the 21st in New York (in 9 h).
    const at = Date.parse('2026-11-21T20:00:00Z');
    const seoul = createPolicyHarness(DEFAULT_MONITOR_SETTINGS, 'Asia/Seoul');
    const newYork = createPolicyHarness(DEFAULT_MONITOR_SETTINGS, 'America/New_York');
    for (const policy of [seoul, newYork]) policy.send(at, { kind: 'mute-service', serviceId: 'chat', duration: 'until-tomorrow' });
    expect(seoul.state().services.chat!.mutedUntil).toBe(Date.parse('2026-11-22T15:00:00Z'));
    expect(newYork.state().services.chat!.mutedUntil).toBe(Date.parse('2026-11-22T05:00:00Z'));

    const down = Date.parse('2026-11-22T04:00:00Z');
    expect(newYork.send(down, outage(down))).toEqual([]);
    expect(seoul.send(down, outage(down))).toEqual([]);
    // Midnight in New York: its mute is over, Seoul's day has barely begun.
    const nyMidnight = Date.parse('2026-11-22T05:00:00Z');
    expect(newYork.send(nyMidnight)).toEqual([expect.objectContaining({ kind: 'outage', delayed: true })]);
    expect(seoul.send(nyMidnight)).toEqual([]);
    expect(seoul.send(Date.parse('2026-11-22T15:00:00Z'))).toEqual([expect.objectContaining({ kind: 'outage', delayed: true })]);
  });
});

describe('decideNotifications: "tell me when it\'s back"', () => {
  it('fires once on the next recovery, then is gone', () => {
    const policy = createPolicyHarness();
    policy.send(T0, outage(T0));
    policy.send(T0 + MINUTE, { kind: 'notify-when-back', serviceId: 'chat' });
    const [back] = policy.send(T0 + 30 * MINUTE, recovered(T0 + 30 * MINUTE, T0));
    expect(back).toMatchObject({ kind: 'recovered', requested: true, outage: { startedAt: T0, durationMs: 30 * MINUTE } });
    expect(policy.shown).toHaveLength(2);
    expect(policy.state().services.chat!.notifyWhenBackSince).toBeUndefined();
  });

  it('is honoured for a muted service when asked after muting, and only once', () => {
    const policy = createPolicyHarness();
    policy.send(T0, { kind: 'mute-service', serviceId: 'chat', duration: '8h' });
    policy.send(T0 + MINUTE, outage(T0 + MINUTE), { kind: 'notify-when-back', serviceId: 'chat' });
    expect(kinds(policy.send(T0 + 20 * MINUTE, recovered(T0 + 20 * MINUTE, T0 + MINUTE)))).toEqual(['recovered']);
    policy.send(T0 + 40 * MINUTE, outage(T0 + 40 * MINUTE));
    expect(policy.send(T0 + 60 * MINUTE, recovered(T0 + 60 * MINUTE, T0 + 40 * MINUTE))).toEqual([]);
  });

  it('is cancelled by a mute chosen after it', () => {
    const policy = createPolicyHarness();
    policy.send(T0, { kind: 'notify-when-back', serviceId: 'chat' });
    policy.send(T0 + MINUTE, { kind: 'mute-service', serviceId: 'chat', duration: '1h' }, outage(T0 + MINUTE));
    expect(policy.send(T0 + 20 * MINUTE, recovered(T0 + 20 * MINUTE, T0 + MINUTE))).toEqual([]);
  });

  it('goes through quiet hours: the user asked for it', () => {
    const policy = createPolicyHarness(settingsWith({ quietHours: { enabled: true, start: '22:00', end: '07:00' } }));
    const evening = Date.parse('2026-11-21T21:00:00Z');
    policy.send(evening, outage(evening), { kind: 'notify-when-back', serviceId: 'chat' });
    const night = Date.parse('2026-11-22T02:00:00Z');
    expect(policy.send(night, recovered(night, evening))).toEqual([expect.objectContaining({ kind: 'recovered', requested: true })]);
  });

  it('also fires when a service comes back from "unknown", without an outage to quote', () => {
    const policy = createPolicyHarness();
    policy.send(T0, transition(T0, 'operational', 'unknown'), { kind: 'notify-when-back', serviceId: 'chat' });
    const [back] = policy.send(T0 + 5 * MINUTE, transition(T0 + 5 * MINUTE, 'unknown', 'operational'));
    expect(back).toMatchObject({ kind: 'recovered', requested: true });
    expect(back!.outage).toBeUndefined();
  });

  it('can be withdrawn', () => {
    const policy = createPolicyHarness();
    policy.send(T0, transition(T0, 'operational', 'unknown'), { kind: 'notify-when-back', serviceId: 'chat' });
    policy.send(T0 + MINUTE, { kind: 'cancel-notify-when-back', serviceId: 'chat' });
    expect(policy.send(T0 + 5 * MINUTE, transition(T0 + 5 * MINUTE, 'unknown', 'operational'))).toEqual([]);
  });
});

describe('decideNotifications: quiet hours', () => {
  // 22:00–07:00 in Seoul is 13:00–22:00 UTC.
  const quiet = settingsWith({ quietHours: { enabled: true, start: '22:00', end: '07:00' } });
  const utc = (iso: string) => Date.parse(`2026-11-21T${iso}Z`);

  it('holds an outage that starts at night until morning, across midnight, in the user\'s zone', () => {
    const policy = createPolicyHarness(quiet, 'Asia/Seoul');
    expect(policy.send(utc('14:30:00'), outage(utc('14:30:00')))).toEqual([]); // 23:30 in Seoul
    for (let t = utc('14:31:00'); t < utc('22:00:00'); t += 10 * MINUTE) expect(policy.send(t)).toEqual([]); // through midnight to 06:59
    expect(policy.send(utc('22:00:00'))).toEqual([expect.objectContaining({ kind: 'outage', delayed: true })]); // 07:00 in Seoul
  });

  it('drops news that is over by morning', () => {
    const policy = createPolicyHarness(quiet, 'Asia/Seoul');
    policy.send(utc('12:00:00'), outage(utc('12:00:00'))); // 21:00 in Seoul: alerted
    policy.send(utc('15:00:00'), recovered(utc('15:00:00'), utc('12:00:00'))); // midnight: held
    policy.send(utc('16:00:00'), outage(utc('16:00:00'), utc('16:00:00'), 'b'));
    policy.send(utc('17:00:00'), recovered(utc('17:00:00'), utc('16:00:00'), 'b'));
    policy.send(utc('22:00:00'));
    expect(kinds(policy.shown)).toEqual(['outage']);
  });

  it('does not apply outside the window or when turned off', () => {
    const daytime = createPolicyHarness(quiet, 'Asia/Seoul');
    expect(kinds(daytime.send(utc('23:00:00'), outage(utc('23:00:00'))))).toEqual(['outage']); // 08:00 in Seoul
    const off = createPolicyHarness(DEFAULT_MONITOR_SETTINGS, 'Asia/Seoul');
    expect(kinds(off.send(utc('15:00:00'), outage(utc('15:00:00'))))).toEqual(['outage']);
  });
});
