import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/core/report/report-schema.ts';
import { type LoopbackEdge, startLoopbackEdge } from '../support/loopback-edge.ts';
import { loopbackNetworkFor, runStatusDoctor, writeTempConfig } from '../support/run-status-doctor.ts';

// `npx status-doctor check` in Korean against HTTPS servers on 127.0.0.1,
// chosen by --lang or by the system locale.

let edge: LoopbackEdge;

beforeAll(async () => {
  edge = await startLoopbackEdge();
});

afterAll(async () => {
  await edge?.close();
});

function configFor(services: { id: string; path: string }[]) {
  return writeTempConfig({
    services: services.map((s) => ({ id: s.id, name: s.id, probes: [{ url: `${edge.httpsUrl}${s.path}`, method: 'HEAD' }] })),
    network: loopbackNetworkFor(edge),
    tls: { extraCaFile: edge.caFile },
    deadlineMs: 2500,
  });
}

const KOREAN_SYSTEM = { LC_ALL: '', LC_MESSAGES: '', LANG: 'ko_KR.UTF-8' };
const downAndUp = () => configFor([{ id: 'chat', path: '/status/502' }, { id: 'other', path: '/ok' }]);

/** The lines the CLI itself writes around the verdict, in Korean. */
function expectKoreanFrame(stdout: string) {
  // The verdict itself is the guidance's (src/core/guidance); here only that it is Korean.
  expect(stdout).toMatch(/^✖ [^\n]*[가-힣]/);
  expect(stdout).toMatch(/\n\n이렇게 해 보세요\n {2}1\. \S/);
  expect(stdout).toMatch(/\n\n서비스 상태\n/);
  // Durations read "48ms" below a second and "1.1초" above (a busy machine gets there).
  expect(stdout).toMatch(/^ {2}✖ chat +장애 +HTTP 502 서버 오류 · (\d+ms|[\d.]+초)$/m);
  expect(stdout).toMatch(/^ {2}✔ other +정상 +HTTP 200 · (\d+ms|[\d.]+초)$/m);
  expect(stdout).toMatch(/\n\n내 인터넷 연결\n {2}✔ 공유기\(127\.0\.0\.1\)가 (\d+ms|[\d.]+초) 만에 응답했습니다 \(TCP로 확인\)\n/);
  expect(stdout).toMatch(/^ {2}✔ 공유기 바깥 인터넷까지 정상적으로 연결됩니다$/m);
  expect(stdout).toMatch(/\n\d{4}년 \d+월 \d+일 (오전|오후) \d+:\d\d .+에 확인했습니다 \((\d+ms|[\d.]+초) 소요\)\.\n자세한 결과는 status-doctor check --json으로 볼 수 있습니다\.\n$/);
  expect(stdout).not.toMatch(/What to do|Services|Your connection|operational|outage|Checked at/);
  // One way of writing durations throughout, the verdict's sentences included.
  expect(stdout).not.toMatch(/밀리초| ms\b/);
}

describe('status-doctor check in Korean', () => {
  it('writes its report in Korean with --lang ko', async () => {
    const run = await runStatusDoctor(['check', '--lang', 'ko', '--config', downAndUp()]);
    expect(run).toMatchObject({ code: 1, stderr: '' });
    expectKoreanFrame(run.stdout);
  });

  it('speaks Korean on a Korean system without --lang', async () => {
    const run = await runStatusDoctor(['check', '--config', downAndUp()], { env: KOREAN_SYSTEM });
    expect(run).toMatchObject({ code: 1, stderr: '' });
    expectKoreanFrame(run.stdout);
  });

  it('calls a rate-limited service up but limited', async () => {
    const run = await runStatusDoctor(['check', '--lang', 'ko', '--config', configFor([{ id: 'limited', path: '/ratelimit' }, { id: 'other', path: '/ok' }])]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}✔ limited +정상 +HTTP 429 요청 제한 · \d+ms$/m);
  });

  it('refuses --lang de with exit 64, naming it and the languages it speaks', async () => {
    const run = await runStatusDoctor(['check', '--lang', 'de', '--config', downAndUp()], { env: { LC_ALL: 'en_US.UTF-8' } });
    expect(run).toMatchObject({ code: 64, stdout: '' });
    expect(run.stderr).toMatch(/^status-doctor: unsupported language "de" for --lang; choose en or ko$/m);
  });

  it('keeps the JSON report’s structure whatever the language; only the verdict’s words may change', async () => {
    const config = downAndUp();
    const [english, korean] = await Promise.all(
      ['en', 'ko'].map(async (lang) => {
        const run = await runStatusDoctor(['check', '--json', '--lang', lang, '--config', config]);
        expect(run).toMatchObject({ code: 1, stderr: '' });
        return JSON.parse(run.stdout) as CheckReport;
      }),
    );
    // Every key path with the type of its value; measurements and ids vary from run to run.
    const shape = (value: unknown, path = ''): string[] =>
      value !== null && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, inner]) => shape(inner, `${path}.${Array.isArray(value) ? '[]' : key}`))
        : [`${path}: ${typeof value}`];
    expect(shape(korean).sort()).toEqual(shape(english!).sort());
    const facts = (report: CheckReport) => ({
      verdict: { kind: report.verdict.kind, serviceIds: report.verdict.serviceIds, steps: report.verdict.steps.map((s) => s.id) },
      network: report.network.state,
      services: report.services.map((s) => ({ id: s.id, state: s.state, outcomes: s.probes.map((p) => [p.outcome, p.status]) })),
    });
    expect(facts(korean!)).toEqual(facts(english!));
    expect(korean!.verdict.title).toMatch(/[가-힣]/);
    expect(english!.verdict.title).not.toMatch(/[가-힣]/);
    expect(facts(english!)).toMatchObject({ verdict: { kind: 'service-outage', serviceIds: ['chat'] }, services: [{ state: 'outage' }, { state: 'operational' }] });
  });
});
