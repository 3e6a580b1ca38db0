import { describe, expect, it } from 'vitest';
import { cliLanguage } from '../../src/cli/cli-language.ts';
import { displayWidth } from '../../src/cli/display-width.ts';
import { renderCheckReport } from '../../src/cli/render-check-report.ts';
import { terminalStyleFor } from '../../src/cli/terminal-style.ts';
import type { CheckReport } from '../../src/core/report/report-schema.ts';

const plain = terminalStyleFor({ stdout: { write: () => true }, stderr: { write: () => true }, env: {} });

// ChatGPT down (its edge answers 502, the official page has an incident),
// Claude fine, the OpenAI API rate-limiting, Gemini silent with an unreadable
// status page; the user's own connection healthy.
const outage: CheckReport = {
  schema: 1,
  at: '2026-11-21T20:00:00.000Z',
  durationMs: 1412,
  verdict: {
    kind: 'service-outage',
    serviceIds: ['chatgpt'],
    title: 'ChatGPT is down',
    summary: 'ChatGPT answered with a server error (HTTP 502), twice in a row.',
    steps: [{ id: 'wait-and-retry', title: 'Wait a few minutes, then try once', detail: 'Refreshing again and again does not bring it back sooner.' }],
  },
  network: {
    state: 'ok',
    gateway: { address: '192.168.0.1', reachable: true, method: 'tcp', ms: 3.2 },
    dns: { system: { ok: true, ms: 12 }, alternatives: [], switchWouldHelp: false },
    captivePortal: false,
    internet: { ok: true },
    pathProven: true,
  },
  services: [
    {
      id: 'chatgpt',
      name: 'ChatGPT',
      state: 'outage',
      probes: [{ url: 'https://chatgpt.com/', method: 'HEAD', outcome: 'http-5xx', status: 502, timings: { totalMs: 95.4 }, attempts: 2 }],
      official: {
        provider: 'incidentio',
        url: 'https://status.openai.com',
        indicator: 'major',
        description: 'Partial outage',
        components: [{ name: 'ChatGPT', status: 'major_outage' }],
        incidents: [{ id: 'i1', name: 'Elevated error rates', status: 'investigating', impact: 'major' }],
        maintenances: [],
      },
    },
    {
      id: 'claude',
      name: 'Claude',
      state: 'operational',
      probes: [{ url: 'https://claude.ai/', method: 'HEAD', outcome: 'ok', status: 200, timings: { totalMs: 48 }, attempts: 1 }],
      official: { provider: 'statuspage', url: 'https://status.anthropic.com', indicator: 'none', description: 'All Systems Operational', components: [], incidents: [], maintenances: [] },
    },
    {
      id: 'openai-api',
      name: 'OpenAI API',
      state: 'operational',
      probes: [{ url: 'https://api.openai.com/v1/models', method: 'GET', outcome: 'rate-limited', status: 429, retryAfterSeconds: 30, timings: { totalMs: 1250 }, attempts: 1 }],
    },
    {
      id: 'gemini',
      name: 'Gemini',
      state: 'unknown',
      probes: [{ url: 'https://gemini.google.com/', method: 'HEAD', outcome: 'timeout', timings: { totalMs: 5000 }, attempts: 2 }],
    },
  ],
  warnings: [{ code: 'status-page-unavailable', serviceId: 'gemini', message: 'Gemini: the status page answered HTTP 502 with HTML instead of JSON' }],
};

// The system resolver fails while 1.1.1.1 answers: a local DNS problem.
const dnsFailure: CheckReport = {
  ...outage,
  verdict: { kind: 'dns-failure', serviceIds: [], title: 'Your DNS server is failing', summary: '', steps: [] },
  network: {
    state: 'dns-failure',
    gateway: { address: '192.168.0.1', reachable: true, method: 'neighbour' },
    dns: {
      system: { ok: false },
      alternatives: [
        { resolver: '1.1.1.1', transport: 'udp', ok: true, ms: 20 },
        { resolver: '8.8.8.8', transport: 'udp', ok: false },
      ],
      switchWouldHelp: true,
    },
    captivePortal: false,
    internet: { ok: true },
    pathProven: true,
  },
  services: [],
  warnings: [],
};

describe('renderCheckReport', () => {
  it('writes the whole report in English, with the report’s own state and outcome names', () => {
    expect(renderCheckReport(outage, plain, cliLanguage('en', 'UTC'))).toBe(`✖ ChatGPT is down
  ChatGPT answered with a server error (HTTP 502), twice in a row.

What to do
  1. Wait a few minutes, then try once
     Refreshing again and again does not bring it back sooner.

Services
  ✖ ChatGPT     outage       HTTP 502 http-5xx · 95 ms  official: Elevated error rates (investigating)
  ✔ Claude      operational  HTTP 200 · 48 ms  official: All Systems Operational
  ✔ OpenAI API  operational  HTTP 429 rate-limited · 1.3 sec
  ? Gemini      unknown      timeout · 5 sec

Your connection
  ✔ Router 192.168.0.1 answered in 3 ms (tcp)
  ✔ No Wi-Fi sign-in page in the way
  ✔ The internet beyond your router answers
  ✔ Your DNS server answers

Warnings
  ! Gemini: the status page answered HTTP 502 with HTML instead of JSON

Checked at Nov 21, 2026, 8:00 PM UTC in 1.4 sec. Details: status-doctor check --json
`);
  });

  it('writes every line of its own in Korean, with the time in the user’s time zone', () => {
    const korean = { ...outage, verdict: { ...outage.verdict, title: 'ChatGPT 서버에 장애가 있습니다', summary: '', steps: [{ id: 'wait-and-retry', title: '몇 분 기다린 뒤 한 번만 다시 시도하세요', detail: '새로 고침을 반복해도 더 빨리 돌아오지 않습니다.' }] } };
    expect(renderCheckReport(korean, plain, cliLanguage('ko', 'Asia/Seoul'))).toBe(`✖ ChatGPT 서버에 장애가 있습니다

이렇게 해 보세요
  1. 몇 분 기다린 뒤 한 번만 다시 시도하세요
     새로 고침을 반복해도 더 빨리 돌아오지 않습니다.

서비스 상태
  ✖ ChatGPT     장애       HTTP 502 서버 오류 · 95ms  공식 공지: Elevated error rates (원인 조사 중)
  ✔ Claude      정상       HTTP 200 · 48ms  공식 상태: 정상
  ✔ OpenAI API  정상       HTTP 429 요청 제한 · 1.3초
  ? Gemini      확인 불가  응답 시간 초과 · 5초

내 인터넷 연결
  ✔ 공유기(192.168.0.1)가 3ms 만에 응답했습니다 (TCP로 확인)
  ✔ 연결을 가로막는 Wi-Fi 로그인 페이지가 없습니다
  ✔ 공유기 바깥 인터넷까지 정상적으로 연결됩니다
  ✔ DNS 서버가 정상적으로 응답합니다

참고
  ! Gemini: 공식 상태 페이지를 읽지 못해 접속 확인 결과로만 판단했습니다

2026년 11월 22일 오전 5:00 KST에 확인했습니다 (1.4초 소요).
자세한 결과는 status-doctor check --json으로 볼 수 있습니다.
`);
  });

  it('says which public resolver works when the system one fails, in both languages', () => {
    const connection = (text: string) => {
      const lines = text.split('\n');
      const start = lines.findIndex((line) => line === 'Your connection' || line === '내 인터넷 연결');
      return lines.slice(start + 1, lines.indexOf('', start));
    };
    expect(connection(renderCheckReport(dnsFailure, plain, cliLanguage('en', 'UTC')))).toEqual([
      '  ✔ Router 192.168.0.1 answered (neighbour)',
      '  ✔ No Wi-Fi sign-in page in the way',
      '  ✔ The internet beyond your router answers',
      '  ✖ Your DNS server fails; 1.1.1.1 works, and switching would help',
    ]);
    expect(connection(renderCheckReport(dnsFailure, plain, cliLanguage('ko', 'UTC')))).toEqual([
      '  ✔ 공유기(192.168.0.1)가 응답했습니다 (ARP 테이블로 확인)',
      '  ✔ 연결을 가로막는 Wi-Fi 로그인 페이지가 없습니다',
      '  ✔ 공유기 바깥 인터넷까지 정상적으로 연결됩니다',
      '  ✖ 지금 쓰는 DNS 서버가 제대로 응답하지 않습니다. 1.1.1.1에서는 정상적으로',
      '    조회되므로 DNS 서버를 바꾸면 해결됩니다',
    ]);
  });

  it('wraps Korean prose by terminal columns, two for each syllable', () => {
    const summary = '공유기와 인터넷은 정상이지만 ChatGPT 서버가 두 번 연속으로 오류를 돌려주었습니다. 기기나 네트워크를 바꿔도 나아지지 않으니 잠시 기다려 주세요.';
    const text = renderCheckReport({ ...outage, verdict: { ...outage.verdict, summary } }, plain, cliLanguage('ko', 'UTC'), 60);
    const summaryLines = text.split('\n').slice(1, text.split('\n').indexOf(''));
    expect(summaryLines.length).toBeGreaterThan(2);
    for (const line of summaryLines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(summaryLines.map((line) => line.trim()).join(' ')).toBe(summary);
  });
});
