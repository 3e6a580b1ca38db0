import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { LOOPBACK_ONLY_NETWORK, writeTempConfig } from '../support/run-status-doctor.ts';

// In-process runs of the paths that end before any probe: usage, help,
// config and service-id mistakes, the services table.
async function run(argv: string[], env: Record<string, string> = { LANG: 'en_US.UTF-8' }) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { code, stdout, stderr };
}

const KOREAN_SYSTEM = { LANG: 'ko_KR.UTF-8' };

describe('status-doctor in the user’s language', () => {
  it('explains a usage mistake in Korean with --lang ko, pointing at the command’s help', async () => {
    expect(await run(['check', '--jason', '--lang', 'ko'])).toEqual({
      code: 64,
      stdout: '',
      stderr: 'status-doctor: "check" 명령에는 --jason 옵션이 없습니다\n사용법은 "status-doctor check --help" 명령으로 확인하세요.\n',
    });
  });

  it('follows the system locale without --lang, and --lang over it', async () => {
    expect((await run(['chek'], KOREAN_SYSTEM)).stderr).toBe(
      'status-doctor: "chek" 명령은 없습니다. 사용할 수 있는 명령: check, report, services, watch\n사용법은 "status-doctor --help" 명령으로 확인하세요.\n',
    );
    expect((await run(['chek', '--lang', 'en'], KOREAN_SYSTEM)).stderr).toMatch(/^status-doctor: unknown command "chek"/);
    expect((await run(['chek'], { LC_ALL: 'en_US.UTF-8', LANG: 'ko_KR.UTF-8' })).stderr).toMatch(/^status-doctor: unknown command "chek"/);
  });

  it('refuses a language it does not speak with exit 64, naming it and the choices', async () => {
    expect(await run(['check', '--lang', 'de'])).toEqual({
      code: 64,
      stdout: '',
      stderr: 'status-doctor: unsupported language "de" for --lang; choose en or ko\nRun "status-doctor --help" for usage.\n',
    });
    expect((await run(['check', '--lang=de'], KOREAN_SYSTEM)).stderr).toMatch(/^status-doctor: 지원하지 않는 언어입니다: "de"\. --lang 옵션에는 en, ko 중 하나를/);
    expect((await run(['check', '--lang'])).stderr).toMatch(/option --lang needs a value/);
  });

  it('prints the help in the chosen language', async () => {
    const overview = await run(['--help', '--lang', 'ko']);
    expect(overview.code).toBe(0);
    expect(overview.stdout).toMatch(/^Status Doctor: 서비스 문제일까, 내 문제일까\?\n\n사용법: status-doctor <명령> \[옵션\]/);
    expect((await run(['check', '--help'], KOREAN_SYSTEM)).stdout).toMatch(/^ {2}--lang en\|ko {9}표시 언어를 정합니다/m);
    expect((await run(['help', 'check'])).stdout).toMatch(/^ {2}--lang en\|ko {9}the language to write in/m);
    expect((await run(['help', 'chek', '--lang', 'ko'])).stderr).toMatch(/^status-doctor: "chek" 명령의 도움말은 없습니다/);
  });

  it('frames config problems in Korean and keeps the field names as they are in the file', async () => {
    const config = writeTempConfig({ network: LOOPBACK_ONLY_NETWORK, deadlineMs: '5s' });
    const result = await run(['check', '--lang', 'ko', '--config', config]);
    expect(result).toMatchObject({ code: 64, stdout: '' });
    expect(result.stderr).toBe(
      `status-doctor: 설정 파일을 사용할 수 없습니다. 아래 항목을 고친 뒤 다시 실행해 주세요.\n  ${config}: deadlineMs: must be a whole number of milliseconds, got a string ("5s")\n`,
    );
  });

  it('names an unknown service and the known ones in Korean', async () => {
    const config = writeTempConfig({ services: [{ id: 'chat', name: 'Chat', probes: [{ url: 'https://127.0.0.1:9/' }] }], network: LOOPBACK_ONLY_NETWORK });
    const result = await run(['check', '--config', config, '--service', 'chatgtp'], KOREAN_SYSTEM);
    expect(result).toEqual({ code: 64, stdout: '', stderr: 'status-doctor: "chatgtp" 서비스를 찾을 수 없습니다. 확인할 수 있는 서비스: chat\n' });
  });

  it('heads the services table in Korean, its columns aligned', async () => {
    const config = writeTempConfig({ services: [{ id: 'chat', name: '사내 챗봇', probes: [{ url: 'https://127.0.0.1:9/' }] }] });
    const result = await run(['services', '--config', config, '--lang', 'ko']);
    expect(result.stdout).toBe('ID    이름       상태 페이지\nchat  사내 챗봇  없음\n');
  });
});
