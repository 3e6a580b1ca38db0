import type { ProbeOutcome } from '../../probe/probe-result.ts';
import { withParticle } from '../../i18n/korean-particles.ts';
import type { FailureMention, SupportReportMessages } from './en.ts';

// 요약에서 서비스별로 무엇이 실패했는지 말하는 문장 (과거형, 마침표 없이).
const OUTCOME_SENTENCES: Record<ProbeOutcome, (name: string, status?: number) => string> = {
  ok: (name) => `${name} 서버가 정상적으로 응답했습니다`,
  'auth-required': (name) => `${name} 서버가 정상적으로 응답했습니다(로그인 요청)`,
  challenge: (name) => `${name} 서버가 봇 확인 페이지로 응답했습니다(서비스는 정상)`,
  'rate-limited': (name) => `${name}에서 요청이 너무 많다는 응답(HTTP 429)을 받았습니다`,
  'http-5xx': (name, status) => `${name} 서버가 오류(HTTP ${status ?? '5xx'})를 반환했습니다`,
  'edge-origin-error': (name, status) => `${name} 앞단의 CDN이 원본 서버에 연결하지 못해 HTTP ${status ?? '52x'} 오류를 반환했습니다`,
  timeout: (name) => `${name} 서버가 제한 시간 안에 응답하지 않았습니다`,
  'dns-error': (name) => `${name} 주소를 DNS에서 찾지 못했습니다`,
  'connect-refused': (name) => `${name} 서버가 연결을 거부했습니다`,
  'connect-timeout': (name) => `${name} 서버에 연결하는 중 시간이 초과되었습니다`,
  reset: (name) => `${name} 서버가 응답하기 전에 연결을 끊었습니다`,
  'tls-error': (name) => `${name} 서버와 보안 연결(TLS)을 맺지 못했습니다`,
  'tls-untrusted': (name) => `${name} 서버가 신뢰할 수 없는 인증서를 보냈습니다`,
  'redirect-loop': (name) => `${name} 접속 시 리디렉션이 끝없이 반복되었습니다`,
  'invalid-response': (name) => `${name} 서버가 올바르지 않은 HTTP 응답을 보냈습니다`,
};

const failureSentences = (failures: readonly FailureMention[]) => failures.map((f) => `${OUTCOME_SENTENCES[f.outcome](f.name, f.status)}.`).join(' ');

/** 지원팀에 보내는 보고서 문구. 사용자가 고객센터에 직접 쓰는 글처럼 합니다체로 씁니다. */
export const supportReportKo: SupportReportMessages = {
  title: {
    about: (names) => `${names} 오류 문의`,
    general: '서비스 오류 문의',
  },
  theService: '서비스',
  milliseconds: (value) => `${value}ms`,
  headings: {
    summary: '요약',
    time: '발생 시각',
    environment: '사용 환경',
    failures: '오류 상세',
    checked: '이미 확인한 사항',
    official: '당시 공식 상태',
    request: '요청 사항',
  },
  summary: {
    failing: (p) =>
      p.since
        ? `${p.since}부터 계속 오류가 발생하고 있습니다. ${p.when}에 확인한 결과, ${failureSentences(p.failures)}`
        : `${p.when}에 확인한 결과, ${failureSentences(p.failures)}`,
    answering: (p) =>
      p.since
        ? `${p.since}부터 계속 오류가 발생하고 있지만, ${p.when}에 확인한 결과 ${p.names} 서버는 정상적으로 응답했습니다.`
        : `${p.when}에 확인한 결과, ${p.names} 서버는 정상적으로 응답했습니다.`,
    side: {
      serviceOutage: (p) => {
        switch (p.evidence) {
          case 'edge':
            return `오류 응답은 ${p.names} 서버에서 직접 오고 있고, 같은 시각 다른 웹사이트는 정상적으로 열립니다. 제 인터넷 연결보다는 ${p.names} 쪽 문제로 보입니다.`;
          case 'silent':
            return `${p.names} 서버만 응답이 없고, 같은 시각 다른 웹사이트는 정상적으로 열립니다. 제 인터넷 연결보다는 ${p.names} 쪽 문제로 보입니다.`;
          case 'official':
            return `제 인터넷 연결은 정상이며, ${p.names} 쪽에서 장애를 공지한 상태입니다.`;
        }
      },
      serviceDegraded: (p) => `요청 중 일부는 성공하고 일부는 실패하며, 다른 웹사이트는 정상적으로 열립니다. ${p.names} 쪽의 부분적인 장애로 보입니다.`,
      maintenance: (p) => `${p.names} 상태 페이지에 점검이 진행 중이라고 나와 있어, 지금 겪는 오류도 점검 때문인 것으로 보입니다.`,
      rateLimited: (p) =>
        `${p.names}에서 요청 한도 초과로 요청을 거부하고 있습니다.${p.retryAfter ? ` 응답에는 ${p.retryAfter} 뒤에 다시 시도하라는 안내(Retry-After)가 함께 왔습니다.` : ''}`,
      regional: (p) =>
        `지금 쓰는 DNS가 알려 주는 ${p.names} 서버 주소로는 접속되지 않지만, 다른 DNS가 알려 주는 주소로는 정상적으로 접속됩니다. ${p.names}의 특정 지역 서버에 문제가 있는 것으로 보입니다.`,
      account: '인터넷 연결과 DNS에도 이상이 없었습니다. 그런데도 오류가 계속 나타나는 것으로 보아 계정이나 로그인 세션에 문제가 있을 수 있습니다.',
      localNetwork: (p) =>
        `Status Doctor 진단에서는 제 쪽 네트워크 문제(${p.problem})가 확인되었습니다. ${p.names} 쪽 문제가 아닐 수도 있지만, 참고하실 수 있도록 함께 보내 드립니다.`,
      unclear: (p) => `진단만으로는 ${p.names} 쪽 문제인지 제 쪽 문제인지 확실히 가리지 못했습니다.`,
      allClear: '제 인터넷 연결도 정상이었지만, 오류가 간헐적으로 나타납니다.',
    },
    officialIncident: (p) => `${p.name} 공식 상태 페이지에 “${p.incident}” 장애 공지가 올라와 있습니다(현재 상태: ${p.status}).`,
    officialQuiet: (name) => `당시 ${name} 공식 상태 페이지에는 관련 장애 공지가 없었습니다.`,
  },
  localProblems: {
    offline: '네트워크 연결 끊김',
    'router-unreachable': '공유기 응답 없음',
    'captive-portal': 'Wi-Fi 로그인 필요',
    'internet-down': '인터넷 회선 장애',
    'dns-failure': 'DNS 서버 오류',
    'dns-blocked': '공용 DNS 차단',
    'tls-interception': 'HTTPS 연결 가로채기',
    'clock-skew': '컴퓨터 시계 오차',
    'proxy-problem': '프록시·VPN 오류',
  },
  time: {
    checkedAt: '확인 시각',
    timeZone: '시간대',
    utc: 'UTC',
    firstSeen: '최초 발생 시각',
    zone: (p) => `${p.name}(${p.id})`,
  },
  environment: {
    os: '운영체제',
    app: 'Status Doctor 버전',
    network: '네트워크 연결',
  },
  osNames: { windows: 'Windows', macos: 'macOS', linux: 'Linux' },
  networkTypes: { wifi: 'Wi-Fi', ethernet: '유선(이더넷)', vpn: 'VPN', cellular: '모바일 데이터' },
  serviceStates: {
    operational: '정상',
    degraded: '일부 장애',
    outage: '장애',
    maintenance: '점검 중',
    unknown: '확인 불가',
  },
  outcomes: {
    ok: '정상 응답',
    'auth-required': '로그인 요청(서비스 정상)',
    challenge: '봇 확인 페이지(서비스 정상)',
    'rate-limited': '요청 한도 초과',
    'http-5xx': '서버 오류',
    'edge-origin-error': 'CDN이 원본 서버에 연결하지 못함',
    timeout: '응답 시간 초과',
    'dns-error': 'DNS 조회 실패',
    'connect-refused': '연결 거부',
    'connect-timeout': '연결 시간 초과',
    reset: '연결 끊김',
    'tls-error': '보안 연결(TLS) 실패',
    'tls-untrusted': '신뢰할 수 없는 인증서',
    'redirect-loop': '리디렉션 반복',
    'invalid-response': '잘못된 HTTP 응답',
  },
  probe: {
    serviceHeading: (p) => `${p.name}: ${p.state}`,
    result: '결과',
    withStatus: (p) => `${p.outcome}(HTTP ${p.status})`,
    cfRay: 'cf-ray',
    server: 'Server 헤더',
    address: '서버 IP',
    timings: '구간별 소요 시간',
    phases: { dns: 'DNS', connect: '연결', tls: 'TLS', ttfb: '첫 응답', total: '전체' },
    phase: (p) => `${p.phase} ${p.duration}`,
    attempts: '시도 횟수',
    attemptsSame: (count) => `${count}회(모두 같은 결과)`,
    attemptsOnce: (count) => `${count}회`,
    attemptsEarlier: (p) => `${p.count}회(이전 결과: ${p.earlier})`,
    retryAfter: '재시도 대기 요청(Retry-After)',
    redirects: '리디렉션',
    error: '오류 상세',
    noProbes: '이 서비스에는 요청을 보내지 않았습니다.',
  },
  checked: {
    routerAnswered: (ms) => (ms ? `공유기가 정상적으로 응답합니다(${ms}).` : '공유기가 정상적으로 응답합니다.'),
    routerSilent: '공유기가 응답하지 않습니다.',
    dnsSystemOk: (ms) =>
      ms ? `현재 사용 중인 DNS 서버에서 서비스 주소가 정상적으로 조회됩니다(${ms}).` : '현재 사용 중인 DNS 서버에서 서비스 주소가 정상적으로 조회됩니다.',
    dnsSystemFailed: '현재 사용 중인 DNS 서버에서 서비스 주소가 조회되지 않습니다.',
    dnsSwitchSame: (resolvers) => `공용 DNS 서버인 ${resolvers}에서도 정상적으로 조회되므로, DNS를 바꿔서 해결될 문제는 아닙니다.`,
    dnsSwitchHelps: (resolvers) => `DNS를 ${withParticle(resolvers, '으로/로')} 바꾸면 정상적으로 접속되므로, 지금 쓰는 DNS 서버에도 문제가 있습니다.`,
    dnsSwitchSilent: (resolvers) => `공용 DNS 서버인 ${resolvers}도 응답하지 않았습니다.`,
    dohResolver: (host) => `${host}(DoH)`,
    noCaptivePortal: '로그인 페이지가 뜨는 공용 Wi-Fi(캡티브 포털) 환경이 아닙니다.',
    captivePortal: 'Wi-Fi 로그인 페이지(캡티브 포털)가 연결을 가로채고 있습니다.',
    controlAnswered: (p) =>
      p.site ? `다른 웹사이트는 정상적으로 열립니다(${p.site}${p.ms ? `, ${p.ms} 만에 응답` : ' 응답 확인'}).` : '다른 웹사이트는 정상적으로 열립니다.',
    controlFailed: '다른 웹사이트도 열리지 않습니다.',
    noTlsInterception: 'HTTPS 연결을 가로채는 백신이나 프록시는 없습니다(사이트 인증서가 모두 정상으로 확인됨).',
    tlsInterception: '컴퓨터나 네트워크의 어떤 프로그램이 사이트 인증서를 바꿔치기하고 있습니다(HTTPS 가로채기).',
    clockOk: (offset) => `컴퓨터 시계와 서버 시간의 차이는 ${offset} 이내입니다.`,
    clockOff: (offset) => `컴퓨터 시계가 서버 시간과 ${offset} 차이 납니다.`,
    noProxy: '프록시는 사용하지 않습니다.',
    proxyWorks: (sources) => `프록시(${sources})를 사용 중이며 정상적으로 동작합니다.`,
    proxyFailing: (sources) => `설정된 프록시(${sources})가 제대로 동작하지 않습니다.`,
    triedTitle: '직접 해 본 조치',
    notChecked: '이번에는 제 쪽 네트워크 점검이 끝나지 않았습니다.',
  },
  official: {
    statusPage: '상태 페이지',
    overall: '전체 상태',
    overallValue: (p) => `${p.indicator}(“${p.description}”)`,
    components: '구성 요소',
    component: (p) => `${p.name}: ${p.status}`,
    incidentTitle: (name) => `진행 중인 장애: “${name}”`,
    maintenanceTitle: (name) => `점검: “${name}”`,
    status: '상태',
    impact: '영향도',
    startedAt: '시작 시각',
    updatedAt: '마지막 업데이트',
    plannedEnd: '종료 예정',
    link: '링크',
    noIncidents: '진행 중인 장애 공지는 없었습니다.',
    lag: '평소 공지 시점',
    lagValue: (p) => `${p.ahead ? `이 컴퓨터에서 문제를 감지하기 보통 ${p.lag} 전` : `이 컴퓨터에서 문제를 감지하고 보통 ${p.lag} 뒤`} (장애 ${p.outages}건의 중앙값)`,
    notConfigured: (name) => `${name}의 공식 상태 페이지는 Status Doctor에 등록되어 있지 않습니다.`,
    unreadable: (name) => `당시 ${name} 상태 페이지를 읽어 오지 못했습니다.`,
    warnings: '참고',
    warning: (p) => {
      const name = p.name ?? '서비스';
      switch (p.code) {
        case 'status-page-unavailable':
          return `${name} 상태 페이지를 읽어 오지 못했습니다.`;
        case 'status-page-components-missing':
          return `${name} 상태 페이지에서 지정한 구성 요소를 찾지 못해 페이지 전체 상태를 대신 표시했습니다.`;
        case 'extra-ca-unreadable':
          return '설정에 지정한 추가 CA 인증서 파일을 읽지 못했습니다.';
      }
    },
    indicators: {
      none: '모든 시스템 정상',
      minor: '일부 문제',
      major: '주요 장애',
      critical: '심각한 장애',
      maintenance: '점검 중',
    },
    incidentStatuses: {
      investigating: '조사 중',
      identified: '원인 파악됨',
      monitoring: '조치 후 모니터링 중',
      resolved: '해결됨',
      postmortem: '사후 분석',
      unknown: '상태 알 수 없음',
    },
    impacts: { none: '없음', minor: '낮음', major: '높음', critical: '매우 높음', maintenance: '점검' },
    componentStatuses: {
      operational: '정상',
      degraded_performance: '성능 저하',
      partial_outage: '부분 장애',
      major_outage: '전면 장애',
      under_maintenance: '점검 중',
      unknown: '알 수 없음',
    },
    maintenanceStatuses: {
      scheduled: '예정',
      in_progress: '진행 중',
      verifying: '확인 중',
      completed: '완료',
    },
  },
  request: {
    serviceSide: '현재 알려진 장애인지, 언제쯤 복구될 예정인지 알려 주시면 감사하겠습니다. 혹시 제 쪽에서 확인해야 할 부분이 있다면 함께 안내 부탁드립니다.',
    maintenance: '점검이 언제 끝날 예정인지 알려 주시면 감사하겠습니다.',
    rateLimited: '요청이 제한되는 이유와 제한이 언제 풀리는지 확인해 주시면 감사하겠습니다.',
    account: '계정이나 로그인 세션에 문제가 없는지 확인해 주시고, 추가로 해 볼 수 있는 방법이 있다면 안내 부탁드립니다.',
    localNetwork: '혹시 서비스 쪽에서도 관련된 문제가 확인되면 알려 주시기 바랍니다.',
    unclear: '서비스 쪽에 이 오류와 관련된 문제가 있는지 확인 부탁드립니다.',
  },
  footer: (p) =>
    p.localHidden
      ? `Status Doctor ${p.version}에서 만든 보고서입니다. API 키, 토큰, 쿠키, 비밀번호는 삭제했고, 사설 IP·컴퓨터 이름·사용자 이름은 가렸습니다.`
      : `Status Doctor ${p.version}에서 만든 보고서입니다. API 키, 토큰, 쿠키, 비밀번호는 삭제했습니다.`,
};
