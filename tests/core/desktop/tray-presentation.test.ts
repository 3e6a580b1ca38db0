import { describe, expect, it } from 'vitest';
import { presentTray, TRAY_TOOLTIP_MAX, trayIconId, truncateUtf16, type TrayMenuItem } from '../../../src/core/desktop/tray-presentation.ts';
import { FIXTURE_AT, serviceView, snapshotOf } from './snapshot-fixture.ts';

const chatgpt = serviceView('chatgpt', 'ChatGPT', 'operational');
const claude = serviceView('claude', 'Claude', 'operational');

const labels = (menu: readonly TrayMenuItem[]) => menu.map((item) => (item.kind === 'separator' ? '---' : item.label));
const actions = (menu: readonly TrayMenuItem[]) => menu.flatMap((item) => (item.kind === 'action' ? [`${item.action}:${item.enabled}`] : []));

describe('the tray icon', () => {
  it('is all clear when every service is up', () => {
    expect(trayIconId(snapshotOf([chatgpt, claude]))).toBe('all-clear');
  });

  it('shows an outage when any service is down, over another one being degraded', () => {
    const snapshot = snapshotOf([serviceView('chatgpt', 'ChatGPT', 'degraded'), serviceView('claude', 'Claude', 'outage')]);
    expect(trayIconId(snapshot)).toBe('outage');
  });

  it('shows degraded for a degraded service and for one in maintenance', () => {
    expect(trayIconId(snapshotOf([chatgpt, serviceView('claude', 'Claude', 'degraded')]))).toBe('degraded');
    expect(trayIconId(snapshotOf([chatgpt, serviceView('claude', 'Claude', 'maintenance')]))).toBe('degraded');
  });

  it('blames the local connection over any service state', () => {
    const snapshot = snapshotOf([serviceView('chatgpt', 'ChatGPT', 'outage'), serviceView('claude', 'Claude', 'unknown', { reason: 'local-problem' })], {
      network: { state: 'dns-failure', pathProven: false, checkedAt: FIXTURE_AT },
    });
    expect(trayIconId(snapshot)).toBe('local-problem');
  });

  it('shows checking until the first probe or network check', () => {
    const fresh = snapshotOf([serviceView('chatgpt', 'ChatGPT', 'unknown', { reason: 'no-data', lastProbedAt: undefined })], {
      network: { state: 'unknown', pathProven: false },
      checking: true,
    });
    expect(trayIconId(fresh)).toBe('checking');
    expect(trayIconId({ ...fresh, network: { state: 'ok', pathProven: true, checkedAt: FIXTURE_AT } })).toBe('all-clear');
  });

  it('shows paused while paused, whatever was seen before', () => {
    const snapshot = snapshotOf([serviceView('chatgpt', 'ChatGPT', 'outage')], {
      paused: { reason: 'user', until: FIXTURE_AT + 3_600_000 },
      network: { state: 'offline', pathProven: false, checkedAt: FIXTURE_AT },
    });
    expect(trayIconId(snapshot)).toBe('paused');
  });
});

describe('the tray tooltip', () => {
  it('names the product and the services that are down', () => {
    const snapshot = snapshotOf([serviceView('chatgpt', 'ChatGPT', 'outage'), serviceView('gemini', 'Gemini', 'degraded'), claude]);
    expect(presentTray(snapshot).tooltip).toBe('Status Doctor — Down: ChatGPT · Degraded: Gemini');
    expect(presentTray({ ...snapshot, language: 'ko' }).tooltip).toBe('Status Doctor — 장애: ChatGPT · 성능 저하: Gemini');
  });

  it('says all clear, and what the local problem is', () => {
    expect(presentTray(snapshotOf([chatgpt])).tooltip).toBe('Status Doctor — All services are up');
    const local = snapshotOf([chatgpt], { network: { state: 'captive-portal', pathProven: false, checkedAt: FIXTURE_AT } });
    expect(presentTray(local).tooltip).toBe('Status Doctor — This Wi-Fi wants you to sign in');
    expect(presentTray({ ...local, language: 'ko' }).tooltip).toBe('Status Doctor — Wi-Fi 로그인이 필요합니다');
  });

  it('says until when monitoring is paused, in the user’s clock', () => {
    const snapshot = snapshotOf([chatgpt], { paused: { reason: 'user', until: FIXTURE_AT + 3_600_000 } });
    expect(presentTray(snapshot, { timeZone: 'UTC' }).tooltip).toBe('Status Doctor — Paused until 9:00 PM');
    expect(presentTray({ ...snapshot, language: 'ko' }, { timeZone: 'Asia/Seoul' }).tooltip).toBe('Status Doctor — 오전 6:00까지 일시 중지됨');
    expect(presentTray(snapshotOf([chatgpt], { paused: { reason: 'suspend' } })).tooltip).toBe('Status Doctor — Paused while the computer sleeps');
  });

  it('stays within the 127 characters Windows shows', () => {
    const many = Array.from({ length: 40 }, (_, index) => serviceView(`service-${index}`, `A Rather Long Service Name ${index}`, 'outage'));
    const tooltip = presentTray(snapshotOf(many)).tooltip;
    expect(tooltip.length).toBeLessThanOrEqual(TRAY_TOOLTIP_MAX);
    expect(tooltip.length).toBeGreaterThan(TRAY_TOOLTIP_MAX - 4);
    expect(tooltip.startsWith('Status Doctor — Down: A Rather Long Service Name 0, ')).toBe(true);
    expect(tooltip.endsWith('…')).toBe(true);
  });

  it('never cuts a character in half', () => {
    const text = `${'a'.repeat(125)}😀😀`;
    expect(truncateUtf16(text, 127)).toBe(`${'a'.repeat(125)}…`);
  });

  it('carries the latest alert the OS could not show', () => {
    const tray = presentTray(snapshotOf([serviceView('chatgpt', 'ChatGPT', 'outage')]), { latestAlert: 'ChatGPT is down' });
    expect(tray.tooltip).toBe('Status Doctor — Down: ChatGPT\nLatest alert: ChatGPT is down');
    expect(labels(tray.menu)[0]).toBe('Latest alert: ChatGPT is down');
  });
});

describe('the tray menu', () => {
  it('lists every service with its state in words, then the actions', () => {
    const snapshot = snapshotOf([
      serviceView('chatgpt', 'ChatGPT', 'outage'),
      serviceView('claude', 'Claude', 'operational', { mutedUntil: FIXTURE_AT + 60_000 }),
      serviceView('gemini', 'Gemini', 'unknown', { reason: 'no-data', lastProbedAt: undefined }),
    ]);
    const tray = presentTray(snapshot);
    expect(labels(tray.menu)).toEqual([
      'Down: ChatGPT',
      '---',
      'ChatGPT: down',
      'Claude: up · alerts muted',
      'Gemini: checking…',
      '---',
      'Check now',
      'Pause for 1 h',
      '---',
      'Open Status Doctor',
      'Quit Status Doctor',
    ]);
    expect(tray.menu.filter((item) => item.kind === 'info').every((item) => !('enabled' in item))).toBe(true);
    expect(actions(tray.menu)).toEqual(['check-now:true', 'pause:true', 'open:true', 'quit:true']);
  });

  it('is rebuilt from each snapshot: a service added or changed shows at once', () => {
    const before = presentTray(snapshotOf([chatgpt]));
    const after = presentTray(snapshotOf([serviceView('chatgpt', 'ChatGPT', 'degraded'), serviceView('poe', 'Poe', 'outage')]));
    expect(labels(before.menu)).toContain('ChatGPT: up');
    expect(labels(after.menu)).toEqual(expect.arrayContaining(['ChatGPT: degraded', 'Poe: down']));
    expect(labels(after.menu)).not.toContain('ChatGPT: up');
  });

  it('offers Resume while paused, and no second check while one runs', () => {
    const tray = presentTray(snapshotOf([chatgpt], { paused: { reason: 'user', until: FIXTURE_AT + 60_000 }, checking: true }));
    expect(actions(tray.menu)).toEqual(['check-now:false', 'resume:true', 'open:true', 'quit:true']);
    expect(labels(tray.menu)).toContain('Checking…');
  });

  it('says a service cannot be checked while the connection is the problem, in Korean too', () => {
    const snapshot = snapshotOf([serviceView('chatgpt', 'ChatGPT', 'unknown', { reason: 'local-problem' })], {
      language: 'ko',
      network: { state: 'offline', pathProven: false, checkedAt: FIXTURE_AT },
    });
    expect(labels(presentTray(snapshot).menu)).toEqual([
      '인터넷에 연결되어 있지 않습니다',
      '---',
      'ChatGPT: 확인 불가 (내 연결 문제)',
      '---',
      '지금 확인',
      '1시간 동안 일시 중지',
      '---',
      'Status Doctor 열기',
      'Status Doctor 종료',
    ]);
  });
});
