import type { cliHelpEn } from './help-en.ts';

/**
 * The CLI's help texts in Korean. Option names and values stay as typed;
 * "파일" takes the columns of "FILE", so the option columns line up.
 */
export const cliHelpKo: typeof cliHelpEn = {
  overview: `Status Doctor: 서비스 문제일까, 내 문제일까?

사용법: status-doctor <명령> [옵션]

명령:
  check      서비스와 공식 상태 페이지를 확인해 문제가 어디에 있는지 진단합니다
  report     고객센터에 보낼 진단 보고서를 Markdown으로 만듭니다
  services   확인 대상 서비스 목록을 보여 줍니다
  watch      창 없이 서비스를 지켜보며 변화를 JSON 줄로 출력합니다

모든 명령에서 --lang en|ko로 언어를 정할 수 있습니다 (기본값: 시스템 언어).
명령별 옵션은 "status-doctor <명령> --help"로 확인하세요.
`,
  check: `사용법: status-doctor check [--config 파일] [--service ID]... [--json] [--lang en|ko] [--im-seeing-errors]

서비스마다 접속 상태와 공식 상태 페이지를 한꺼번에 확인해, 문제가 서비스
쪽에 있는지 내 쪽에 있는지 가려내고 지금 무엇을 하면 되는지 알려 줍니다.
진단은 설정한 제한 시간(기본 5초) 안에 끝납니다.

옵션:
  --config 파일        기본 서비스 목록 대신 이 설정 파일을 사용합니다
  --service ID         이 서비스만 확인합니다 (여러 번 지정 가능)
  --json               결과를 JSON으로 출력합니다 (schemas/report.schema.json)
  --lang en|ko         표시 언어를 정합니다 (기본값: 시스템 언어)
                       --json에서는 판단 문구의 언어만 바뀝니다
  --im-seeing-errors   모두 정상으로 보이는데도 오류가 계속될 때 붙여 주세요
  -h, --help           이 도움말을 보여 줍니다

종료 코드:
  0   모두 정상
  1   서비스 쪽 문제
  2   내 기기나 네트워크 문제
  3   판단할 수 없음 (잠시 후 다시 실행해 보세요)
  64  사용법이나 설정 파일 오류 (메시지는 stderr로만 출력)
`,
  report: `사용법: status-doctor report [--config 파일] [--service ID]... [--text] [--reveal-local] [--data-dir 폴더] [--lang en|ko]

진단을 실행하고, 고객센터 문의에 그대로 붙여 넣을 수 있는 보고서를 출력합니다.
무엇이 어떻게 실패했는지, 이미 확인한 내용, 그 시점의 공식 상태가 담깁니다.
토큰, 쿠키, API 키는 항상 지워지고, 내부 IP 주소와 컴퓨터 이름, 사용자 이름도
--reveal-local을 붙이지 않는 한 가려집니다.

옵션:
  --config 파일    기본 서비스 목록 대신 이 설정 파일을 사용합니다
  --service ID     이 서비스만 보고서에 담습니다 (여러 번 지정 가능)
  --text           Markdown 대신 일반 텍스트로 출력합니다
  --reveal-local   내부 IP 주소, 컴퓨터 이름, 사용자 이름을 가리지 않습니다
  --data-dir 폴더  watch의 데이터 폴더입니다. 그 기록으로 잰 상태 페이지의
                   평소 공지 지연을 보고서에 더합니다
  --lang en|ko     보고서 언어를 정합니다 (기본값: 시스템 언어)
  -h, --help       이 도움말을 보여 줍니다
`,
  services: `사용법: status-doctor services [--config 파일] [--json] [--lang en|ko]

Status Doctor가 확인하는 서비스 목록을 보여 줍니다. 설정 파일을 지정하면
그 파일에 있는 서비스를, 지정하지 않으면 기본 목록을 보여 줍니다.

옵션:
  --config 파일   이 설정 파일에 있는 서비스를 보여 줍니다
  --json          목록을 JSON으로 출력합니다
  --lang en|ko    표시 언어를 정합니다 (기본값: 시스템 언어)
  -h, --help      이 도움말을 보여 줍니다
`,
  watch: `사용법: status-doctor watch [--config 파일] [--data-dir 폴더] [--lang en|ko]

앱처럼 창 없이 서비스를 계속 지켜봅니다. 서비스마다 약 1분에 한 번 접속해
보고, 공식 상태 페이지를 읽고, 내 연결 상태를 확인합니다. 처음에
{"type":"started"}를 출력하고, 이후 변화(서비스 상태, 네트워크, 판단,
공식 장애 공지, 알림, 경고)가 있을 때마다 JSON 객체를 한 줄씩 출력합니다.
Ctrl+C나 SIGTERM을 받으면 {"type":"stopped"}를 출력하고 종료 코드 0으로
깔끔하게 끝납니다.

옵션:
  --config 파일     기본 서비스 목록 대신 이 설정 파일을 사용합니다
  --data-dir 폴더   기록(history.db)을 이 폴더에 저장합니다 (없으면 만듭니다).
                    지정하지 않으면 기록을 남기지 않습니다
  --lang en|ko      오류 메시지 언어를 정합니다 (기본값: 시스템 언어)
  -h, --help        이 도움말을 보여 줍니다
`,
};
