import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackEdge, startLoopbackEdge } from '../support/loopback-edge.ts';
import { loopbackNetworkFor, runStatusDoctor, writeTempConfig } from '../support/run-status-doctor.ts';

// `npx status-doctor report` against HTTPS servers on 127.0.0.1: a service
// whose edge answers 502 (with a cf-ray) and one that answers, on a healthy
// loopback network. The failing probe's URL carries a token in its query
// string, as a user's config might; it must never reach the report.

const TOKEN = 'Pl4nt3dAccessToken0123456789';
const appVersion = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

let edge: LoopbackEdge;
let config: string;

beforeAll(async () => {
  edge = await startLoopbackEdge();
  config = writeTempConfig({
    services: [
      { id: 'chat', name: 'Chat', probes: [{ url: `${edge.httpsUrl}/status/502?access_token=${TOKEN}`, method: 'GET' }] },
      { id: 'other', name: 'Other', probes: [{ url: `${edge.httpsUrl}/ok`, method: 'HEAD' }] },
    ],
    network: loopbackNetworkFor(edge),
    tls: { extraCaFile: edge.caFile },
    deadlineMs: 2500,
  });
});

afterAll(async () => {
  await edge?.close();
});

describe('status-doctor report', () => {
  it('prints a Markdown support report with every section, exit 0, and no token', async () => {
    const run = await runStatusDoctor(['report', '--config', config, '--lang', 'en']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const out = run.stdout;
    expect(out).toMatch(/^# Problem report: Chat\n/);
    const headings = [...out.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(['Summary', 'When it happened', 'My setup', 'What failed and how', 'What I have already checked', 'Official status at that moment', 'What I would like']);
    expect(out).toContain('Chat answered with a server error (HTTP 502)');
    expect(out).toMatch(/\*\*Result:\*\* server error \(HTTP 502\)/);
    expect(out).toMatch(/\*\*cf-ray:\*\* `[0-9a-f]{16}-LAX`/);
    // A re-check may reuse the connection, which then has no DNS, connect or TLS phase.
    expect(out).toMatch(/\*\*Timings:\*\* (?:DNS \d+ ms · connect \d+ ms · TLS \d+ ms · )?first byte \d+ ms · total \d+ ms/);
    expect(out).toMatch(/\*\*Status Doctor version:\*\* \S+/);
    expect(out).toContain(`**Status Doctor version:** ${appVersion}`);
    expect(out).toContain('- My router responds normally');
    expect(out).toContain('No official status page is set up for Chat in Status Doctor.');
    expect(out).toContain(`?access_token=[redacted: token]`);
    expect(out).not.toContain(TOKEN);
  });

  it('writes plain text in Korean with --text --lang ko, about the one service asked for', async () => {
    const run = await runStatusDoctor(['report', '--config', config, '--lang', 'ko', '--text', '--service', 'chat']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const out = run.stdout;
    expect(out).toMatch(/^Chat 오류 문의\n=+\n/);
    for (const heading of ['요약', '발생 시각', '사용 환경', '오류 상세', '이미 확인한 사항', '당시 공식 상태', '요청 사항']) {
      expect(out).toMatch(new RegExp(`\\n${heading}\\n-+\\n`));
    }
    expect(out).toContain('Chat 서버가 오류(HTTP 502)를 반환했습니다.');
    expect(out).toContain('access_token=[숨김: 토큰]');
    expect(out).not.toContain(TOKEN);
    expect(out).not.toMatch(/^#|\*\*/m);
  });

  it('reports success even when everything is fine', async () => {
    const run = await runStatusDoctor(['report', '--config', config, '--lang', 'en', '--service', 'other']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Other answered normally.');
  });

  it('refuses a language it does not speak, a missing config and an unknown service with 64 and nothing on stdout', async () => {
    for (const args of [
      ['report', '--config', config, '--lang', 'de'],
      ['report', '--config', join(config, '..', 'missing.json')],
      ['report', '--config', config, '--service', 'nope'],
      ['report', '--config', config, '--json'],
    ]) {
      const run = await runStatusDoctor(args);
      expect(run.code, args.join(' ')).toBe(64);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr, args.join(' ')).toMatch(/status-doctor: /);
    }
  });
});
