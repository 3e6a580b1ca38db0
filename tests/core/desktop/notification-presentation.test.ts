import { describe, expect, it } from 'vitest';
import { presentNotification, type NotificationContext } from '../../../src/core/desktop/notification-presentation.ts';
import { shellEn } from '../../../src/core/desktop/shell-messages/en.ts';
import { shellKo } from '../../../src/core/desktop/shell-messages/ko.ts';
import { messageKeyPaths } from '../../../src/core/i18n/message-keys.ts';
import { NOTIFICATION_KINDS, type Notification } from '../../../src/core/monitor/policy/notification.ts';

const names = new Map([
  ['chatgpt', 'ChatGPT'],
  ['claude', 'Claude'],
]);
const en: NotificationContext = { language: 'en', serviceNames: names };
const ko: NotificationContext = { language: 'ko', serviceNames: names };
const AT = Date.UTC(2026, 10, 21, 20, 0);

function about(serviceId: string, rest: Omit<Notification, 'id' | 'at' | 'clickTarget' | 'serviceId'>): Notification {
  return { id: 'n1', at: AT, serviceId, clickTarget: { kind: 'service', serviceId }, ...rest };
}

const network = (rest: Omit<Notification, 'id' | 'at' | 'clickTarget'>): Notification => ({ id: 'n2', at: AT, clickTarget: { kind: 'network' }, ...rest });

/** One notification of every kind, as the policy makes them. */
const EXAMPLES: Record<Notification['kind'], Notification> = {
  outage: about('chatgpt', {
    kind: 'outage',
    outage: { startedAt: AT - 45_000, durationMs: 45_000 },
    incidents: [{ id: 'i1', name: 'Elevated error rates' }],
  }),
  reminder: about('chatgpt', { kind: 'reminder', outage: { startedAt: AT - 3_900_000, durationMs: 3_900_000 } }),
  unstable: about('claude', { kind: 'unstable', outage: { startedAt: AT - 2_400_000, durationMs: 2_400_000 }, outageCount: 3 }),
  recovered: about('chatgpt', { kind: 'recovered', outage: { startedAt: AT - 720_000, durationMs: 720_000 } }),
  degraded: about('claude', { kind: 'degraded', reason: 'probes-slow' }),
  'incident-opened': about('chatgpt', { kind: 'incident-opened', incident: { id: 'i2', name: 'Login issues' } }),
  'incident-resolved': about('chatgpt', { kind: 'incident-resolved', incident: { id: 'i2', name: 'Login issues' } }),
  'local-problem': network({ kind: 'local-problem', networkState: 'dns-failure' }),
  'local-cleared': network({ kind: 'local-cleared', networkState: 'dns-failure', localProblem: { startedAt: AT - 300_000, durationMs: 300_000 } }),
};

const EXPECTED: Record<Notification['kind'], { en: [string, string]; ko: [string, string] }> = {
  outage: {
    en: ['ChatGPT is down', 'It hasn’t answered for 45 sec, while your own connection works. Status page: “Elevated error rates”. You’ll hear when it’s back.'],
    ko: ['ChatGPT에 장애가 발생했습니다', '45초째 응답이 없습니다. 내 인터넷 연결은 정상입니다. 공식 상태 페이지 공지: “Elevated error rates”. 복구되면 알려 드립니다.'],
  },
  reminder: {
    en: ['ChatGPT is still down', 'Down for 1 hr 5 min so far. You’ll hear when it’s back.'],
    ko: ['ChatGPT 장애가 계속되고 있습니다', '지금까지 1시간 5분째 응답이 없습니다. 복구되면 알려 드립니다.'],
  },
  unstable: {
    en: ['Claude keeps going down', '3 outages in 40 min. Alerts about it stay quiet until it stays up; then you hear once.'],
    ko: ['Claude에 장애가 되풀이되고 있습니다', '40분 동안 장애가 3번 있었습니다. 안정될 때까지 이 서비스 알림은 보내지 않고, 안정되면 한 번 알려 드립니다.'],
  },
  recovered: {
    en: ['ChatGPT is back', 'The outage lasted 12 min.'],
    ko: ['ChatGPT 서비스가 복구되었습니다', '장애는 12분 동안 이어졌습니다.'],
  },
  degraded: {
    en: ['Claude is having problems', 'It answers much more slowly than usual.'],
    ko: ['Claude 서비스가 원활하지 않습니다', '평소보다 훨씬 느리게 응답합니다.'],
  },
  'incident-opened': {
    en: ['ChatGPT: incident on its status page', '“Login issues” was posted on the official status page.'],
    ko: ['ChatGPT 공식 장애 공지', '공식 상태 페이지에 “Login issues” 공지가 올라왔습니다.'],
  },
  'incident-resolved': {
    en: ['ChatGPT: incident resolved', 'The status page marks “Login issues” as resolved.'],
    ko: ['ChatGPT 장애 공지 해결', '공식 상태 페이지에서 “Login issues” 공지를 해결됨으로 표시했습니다.'],
  },
  'local-problem': {
    en: ['Your DNS server is failing', 'This is on your side, not the AI services’. Service alerts wait until it’s fixed. Click for the steps.'],
    ko: ['DNS 서버에 문제가 있습니다', 'AI 서비스가 아니라 내 연결 쪽 문제입니다. 해결될 때까지 서비스 알림은 보내지 않습니다. 눌러서 해결 방법을 확인하세요.'],
  },
  'local-cleared': {
    en: ['Your connection works again', 'The problem lasted 5 min. Service alerts are back on.'],
    ko: ['인터넷 연결이 다시 정상입니다', '문제는 5분 동안 이어졌습니다. 서비스 알림을 다시 보냅니다.'],
  },
};

describe('notification words', () => {
  it('cover every kind the policy can decide', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it.each(NOTIFICATION_KINDS)('say what a %s alert is about, in English and Korean', (kind) => {
    const english = presentNotification(EXAMPLES[kind], en);
    const korean = presentNotification(EXAMPLES[kind], ko);
    expect([english.title, english.body]).toEqual(EXPECTED[kind].en);
    expect([korean.title, korean.body]).toEqual(EXPECTED[kind].ko);
  });

  it('open the window at the service, or at the verdict for the user’s connection', () => {
    expect(presentNotification(EXAMPLES.outage, en).clickTarget).toEqual({ view: 'service', serviceId: 'chatgpt' });
    expect(presentNotification(EXAMPLES['local-problem'], en).clickTarget).toEqual({ view: 'verdict' });
  });

  it('say when an alert comes late because it was held back', () => {
    const late = presentNotification({ ...EXAMPLES.outage, delayed: true, incidents: [] }, en);
    expect(late.body).toBe('It hasn’t answered for 45 sec, while your own connection works. You’ll hear when it’s back. Alerts were on hold, so you hear this late.');
    expect(presentNotification({ ...EXAMPLES['local-problem'], delayed: true }, ko).body.endsWith('알림을 미뤄 두었다가 지금 알려 드립니다.')).toBe(true);
  });

  it('answer "tell me when it’s back", with or without an outage before', () => {
    const requested = presentNotification({ ...EXAMPLES.recovered, requested: true }, en);
    expect(requested.body).toBe('You asked to hear when it’s back. The outage lasted 12 min.');
    const { outage: _outage, ...withoutOutage } = EXAMPLES.recovered;
    expect(presentNotification({ ...withoutOutage, requested: true }, ko).body).toBe('요청하신 복구 알림입니다. 다시 정상적으로 응답합니다.');
  });

  it('name several folded incidents and say why a service is degraded', () => {
    const outage = presentNotification({ ...EXAMPLES.outage, incidents: [{ id: 'a', name: 'API errors' }, { id: 'b', name: 'Slow replies' }] }, en);
    expect(outage.body).toContain('Status page: “API errors”, “Slow replies”.');
    expect(presentNotification({ ...EXAMPLES.degraded, reason: 'official-degraded' }, en).body).toBe('Its status page reports degraded performance.');
    expect(presentNotification({ ...EXAMPLES.degraded, reason: 'probes-partly-failing' }, ko).body).toBe('요청 가운데 일부가 실패합니다.');
  });

  it('fall back to the service id when the name is not known', () => {
    expect(presentNotification(about('mistral', { kind: 'reminder', outage: { startedAt: 0, durationMs: 600_000 } }), en).title).toBe('mistral is still down');
  });
});

describe('the shell dictionaries', () => {
  it('have the same keys in English and Korean', () => {
    expect(messageKeyPaths(shellKo)).toEqual(messageKeyPaths(shellEn));
  });
});
