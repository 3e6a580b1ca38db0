import type { CliMessages, IncidentStatus, OfficialIndicator } from './en.ts';
import { cliHelpKo } from './help-ko.ts';

// How Korean status pages word their levels and incident stages.
const OFFICIAL_LEVELS: Record<OfficialIndicator, string> = {
  none: '정상',
  minor: '일부 문제',
  major: '주요 장애',
  critical: '심각한 장애',
  maintenance: '점검 중',
};

const INCIDENT_STAGES: Record<IncidentStatus, string> = {
  investigating: '원인 조사 중',
  identified: '원인 확인',
  monitoring: '모니터링 중',
  resolved: '해결됨',
  postmortem: '사후 분석',
  unknown: '진행 상황 미확인',
};

/**
 * Every user-facing string of the CLI in Korean: 합니다체 for statements,
 * -해 주세요 for requests. Names that may be Latin (commands, options,
 * services) are followed by a Korean noun, so no particle depends on how
 * they are read.
 */
export const cliKo: CliMessages = {
  help: cliHelpKo,
  usage: {
    unknownCommand: (command, commands) => `"${command}" 명령은 없습니다. 사용할 수 있는 명령: ${commands.join(', ')}`,
    commandExpected: (before, commands) => `${before} 앞에 명령을 입력해 주세요. 사용할 수 있는 명령: ${commands.join(', ')}`,
    unknownOption: (option, command) => `"${command}" 명령에는 ${option} 옵션이 없습니다`,
    missingValue: (option) => `${option} 옵션에 값을 지정해 주세요`,
    configPathMissing: '--config 옵션에 설정 파일 경로를 지정해 주세요',
    serviceIdMissing: '--service 옵션에 서비스 ID를 지정해 주세요',
    unexpectedArgument: (argument, command) => `"${command}" 명령에 알 수 없는 인수가 있습니다: ${argument}`,
    noHelp: (topic, commands) => `"${topic}" 명령의 도움말은 없습니다. 사용할 수 있는 명령: ${commands.join(', ')}`,
    unsupportedLanguage: (requested, choices) => `지원하지 않는 언어입니다: "${requested}". --lang 옵션에는 ${choices.join(', ')} 중 하나를 지정해 주세요`,
    seeHelp: (command) => `사용법은 "status-doctor ${command ? `${command} ` : ''}--help" 명령으로 확인하세요.`,
  },
  errors: {
    configIntro: '설정 파일을 사용할 수 없습니다. 아래 항목을 고친 뒤 다시 실행해 주세요.',
    unknownService: (id, known) => `"${id}" 서비스를 찾을 수 없습니다. 확인할 수 있는 서비스: ${known.join(', ')}`,
    dataDirUnusable: (path, reason) => `${path} 폴더를 데이터 폴더로 쓸 수 없습니다 (${reason})`,
  },
  check: {
    headings: {
      whatToDo: '이렇게 해 보세요',
      services: '서비스 상태',
      connection: '내 인터넷 연결',
      warnings: '참고',
    },
    states: {
      operational: '정상',
      degraded: '성능 저하',
      outage: '장애',
      maintenance: '점검 중',
      unknown: '확인 불가',
    },
    outcomes: {
      ok: '정상 응답',
      'auth-required': '로그인 필요',
      challenge: '보안 확인',
      'rate-limited': '요청 제한',
      'http-5xx': '서버 오류',
      'edge-origin-error': '원본 서버 오류',
      timeout: '응답 시간 초과',
      'dns-error': 'DNS 조회 실패',
      'connect-refused': '연결 거부',
      'connect-timeout': '연결 시간 초과',
      reset: '연결 끊김',
      'tls-error': '보안 연결 오류',
      'tls-untrusted': '신뢰할 수 없는 인증서',
      'redirect-loop': '리디렉션 반복',
      'invalid-response': '잘못된 응답',
    },
    official: {
      // The provider's description is English prose; its level says the same in Korean.
      overall: (_description, indicator) => `공식 상태: ${OFFICIAL_LEVELS[indicator]}`,
      incident: (name, status) => `공식 공지: ${name} (${INCIDENT_STAGES[status]})`,
    },
    connection: {
      routerAnswered: (address, duration, method) =>
        `공유기(${address})가 ${duration !== undefined ? `${duration} 만에 ` : ''}응답했습니다${method ? ` (${method})` : ''}`,
      routerSilent: (address) => `공유기(${address})가 응답하지 않습니다`,
      gatewayMethods: { tcp: 'TCP로 확인', neighbour: 'ARP 테이블로 확인', ping: 'ping으로 확인', none: '' },
      portal: 'Wi-Fi 로그인 페이지가 연결을 가로막고 있습니다',
      noPortal: '연결을 가로막는 Wi-Fi 로그인 페이지가 없습니다',
      internetOk: '공유기 바깥 인터넷까지 정상적으로 연결됩니다',
      internetDown: '공유기 바깥 인터넷에서 아무 응답이 없습니다',
      dnsOk: 'DNS 서버가 정상적으로 응답합니다',
      dnsFails: (working, switchWouldHelp) =>
        `지금 쓰는 DNS 서버가 제대로 응답하지 않습니다${
          working.length > 0
            ? `. ${working.join(', ')}에서는 ${switchWouldHelp ? '정상적으로 조회되므로 DNS 서버를 바꾸면 해결됩니다' : '응답합니다'}`
            : ''
        }`,
      notChecked: '확인하지 못했습니다',
    },
    warning: (code, serviceName) => {
      const about = serviceName !== undefined ? `${serviceName}: ` : '';
      switch (code) {
        case 'status-page-unavailable':
          return `${about}공식 상태 페이지를 읽지 못해 접속 확인 결과로만 판단했습니다`;
        case 'status-page-components-missing':
          return `${about}상태 페이지에서 설정한 구성 요소를 찾지 못해 페이지 전체 상태를 대신 표시합니다`;
        case 'extra-ca-unreadable':
          return `${about}추가 인증서 파일(tls.extraCaFile)을 읽지 못해 시스템 인증서만 사용했습니다`;
      }
    },
    footer: (at, duration) => [`${at}에 확인했습니다 (${duration} 소요).`, '자세한 결과는 status-doctor check --json으로 볼 수 있습니다.'],
  },
  services: {
    id: 'ID',
    name: '이름',
    statusPage: '상태 페이지',
    none: '없음',
  },
};
