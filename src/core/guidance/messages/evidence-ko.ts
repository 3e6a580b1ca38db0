import { withParticle } from '../../i18n/korean-particles.ts';
import type { evidenceEn } from './evidence-en.ts';
import type { DnsFailureParams, ProbeSentenceParams } from './message-params.ts';

const repeated = (times: string | undefined) => (times ? `${times}번 연속으로 ` : '');

/** 이번 진단에서 확인한 내용을 근거로 드는 문장들. */
export const evidenceKo: typeof evidenceEn = {
  common: {
    theService: '서비스',
    range: (from, to) => `${from}~${to}`,
    seconds: (_count, text) => `${text}초`,
    possessive: (name) => `${name}의`,
  },
  probe: {
    ok: (p: ProbeSentenceParams) => `${p.name} 서버는 정상적으로 응답했습니다(HTTP ${p.status ?? '200'}, ${p.took}).`,
    'auth-required': (p) => `${p.name} 서버가 로그인을 요구하는 응답(HTTP ${p.status ?? '401'})을 보냈습니다. 서버는 정상적으로 동작하고 있습니다.`,
    challenge: (p) => `${p.name} 서버가 봇 확인 화면으로 응답했습니다. 서버는 정상적으로 동작하고 있습니다.`,
    'rate-limited': (p) =>
      p.retryAfter
        ? `${p.name} 서버가 요청이 너무 많다는 응답(HTTP 429)을 보내며 ${p.retryAfter} 뒤에 다시 요청하라고 알려 왔습니다.`
        : `${p.name} 서버가 요청이 너무 많다는 응답(HTTP 429)을 보냈습니다.`,
    'http-5xx': (p) => `${p.name} 서버가 ${repeated(p.times)}HTTP ${p.status ?? '5xx'} 서버 오류로 응답했습니다.`,
    'edge-origin-error': (p) => {
      const edge = p.edge ?? '중계 서버';
      return `${p.name} 앞단의 ${withParticle(edge, '이/가')} ${repeated(p.times)}HTTP ${p.status ?? '52x'} 오류를 보냈습니다. ${withParticle(edge, '이/가')} ${p.name} 서버에 연결하지 못했다는 뜻입니다${p.cfRay ? `(Ray ID ${p.cfRay})` : ''}.`;
    },
    timeout: (p) => `${p.name} 서버가 ${repeated(p.times)}${p.took} 안에 응답하지 않았습니다.`,
    'dns-error': (p) => `${p.host} 주소를 조회하지 못했습니다.`,
    'connect-refused': (p) => `${p.name} 서버가 ${repeated(p.times)}연결을 거부했습니다.`,
    'connect-timeout': (p) => `${p.name} 서버에 ${repeated(p.times)}${p.took} 안에 연결되지 않았습니다.`,
    reset: (p) => `${p.name} 서버와의 연결이 ${repeated(p.times)}응답 전에 끊겼습니다.`,
    'tls-error': (p) => `${p.name} 서버와 보안 연결을 맺지 못했습니다${p.code ? `(${p.code})` : ''}.`,
    'tls-untrusted': (p) => `${p.name} 서버가 이 기기에서 신뢰하지 않는 인증서를 보냈습니다.`,
    'redirect-loop': (p) => `${p.name} 서버가 요청을 같은 곳으로 계속 되돌려 보냈습니다(리디렉션 반복).`,
    'invalid-response': (p) => `${p.name} 서버가 올바르지 않은 HTTP 응답을 보냈습니다.`,
  },
  otherAddressUp: (hosts) => `다른 주소(${hosts})는 지금도 정상적으로 응답합니다.`,
  incidentStatus: {
    investigating: '원인 조사 중',
    identified: '원인 파악됨',
    monitoring: '조치 후 모니터링 중',
    resolved: '해결됨',
    postmortem: '해결됨',
    unknown: '진행 중',
  },
  official: {
    incident: (p) => `${p.name} 공식 상태 페이지에는 ${p.since ? `${p.since}부터 ` : ''}“${p.title}” 공지가 올라와 있습니다(${p.status}).`,
    silent: (p) => `${p.name} 공식 상태 페이지에는 아직 공지가 없습니다. 공식 공지는 실제 장애보다 ${p.lag} 이상 늦게 올라오는 경우가 많습니다.`,
    says: (p) => `${p.name} 공식 상태 페이지에 표시된 상태는 “${p.description}”입니다.`,
  },
  path: {
    control: (p) => `인터넷 연결은 정상입니다. 비교용으로 확인한 ${p.host}에서도 ${p.took ? `${p.took} 만에 ` : ''}응답이 왔습니다.`,
    edge: (name) => `이 오류는 ${name} 쪽에서 보낸 응답이므로, 인터넷 연결 자체에는 문제가 없습니다.`,
    other: '같은 시각에 다른 사이트는 정상적으로 응답했으므로, 인터넷 연결 자체에는 문제가 없습니다.',
  },
  gateway: {
    up: (p) => `공유기(${p.address})는 ${p.took ? `${p.took} 만에 ` : ''}정상적으로 응답했습니다.`,
    down: (address) => `공유기(${address})가 응답하지 않았습니다.`,
  },
  systemDns: (failures: readonly DnsFailureParams[]) => {
    const clause: Record<DnsFailureParams['kind'], (hosts: string) => string> = {
      timeout: (hosts) => `${hosts} 주소 조회에 응답하지 않았습니다.`,
      servfail: (hosts) => `${hosts} 주소 조회에 서버 오류(SERVFAIL)로 답했습니다.`,
      nxdomain: (hosts) => `${hosts} 주소가 존재하지 않는다고 답했습니다.`,
      refused: (hosts) => `${hosts} 주소 조회를 거부했습니다.`,
      rewritten: (hosts) => `${hosts} 주소를 실제와 다른 곳으로 알려 줬습니다.`,
      error: (hosts) => `${hosts} 주소 조회에 실패했습니다.`,
    };
    const [first, ...rest] = failures.map((f) => clause[f.kind](f.hosts));
    if (first === undefined) return '지금 쓰는 DNS 서버(보통 공유기나 통신사가 정해 준 서버)가 제대로 동작하지 않습니다.';
    return [`지금 쓰는 DNS 서버(보통 공유기나 통신사가 정해 준 서버)가 ${first}`, ...rest.map((r) => `또 ${r}`)].join(' ');
  },
};
