import { withParticle } from '../../i18n/korean-particles.ts';
import type { serviceEn } from './service-en.ts';

/** 문제가 서비스 쪽에 있을 때의 안내. */
export const serviceKo: typeof serviceEn = {
  notYourSide: (name) => `문제는 ${name} 쪽에 있으며, 이 기기나 네트워크에서 고칠 것은 없습니다.`,
  followStatusPage: {
    title: '공식 상태 페이지를 확인하세요',
    detail: (url) =>
      `${url ? `${url}에서 진행 상황과 복구 예상 시각을 확인할 수 있습니다.` : '서비스 제공업체가 문제를 해결하는 동안 상태 페이지에 진행 상황을 올립니다.'} Status Doctor도 계속 확인하다가 복구되면 알려 드립니다.`,
  },
  keepWork: {
    title: '작성 중인 내용은 따로 복사해 두세요',
    detail: '긴 메시지는 다시 보내기 전에 메모장 같은 곳에 복사해 두세요. 요청이 실패하면 입력한 내용이 사라질 수 있습니다.',
  },
  retry: {
    titleApi: 'API 재시도에 지수 백오프와 지터를 적용하세요',
    titleOther: 'API를 쓴다면 지수 백오프와 지터로 재시도하세요',
    detail: (p) =>
      `${p.retryAfter ? `서버가 요청한 대로 ${withParticle(p.retryAfter, '을/를')} 기다린 뒤 첫 재시도를 하세요.` : '응답에 Retry-After 헤더가 있으면 먼저 그만큼 기다리세요.'} 그 뒤에도 실패하면(429 또는 5xx) 대기 시간을 ${p.delays.join(' → ')}처럼 두 배씩 늘리고, 매번 ${p.jitter} 범위의 무작위 시간(지터)을 더하세요. 예를 들어 ${p.example} 대기는 ${p.exampleFrom}에서 ${p.exampleTo} 사이가 되므로, 여러 클라이언트가 같은 순간에 한꺼번에 몰리지 않습니다. 어떤 경우에도 마지막 응답의 Retry-After보다 짧게 기다리지 말고, 모두 ${p.tries}번 시도해도 실패하면 멈추고 오류를 보여 주세요. 대부분의 공식 SDK에는 이런 재시도 기능이 들어 있습니다(max_retries 같은 설정).`,
  },
  outage: {
    title: (p) => `${p.names} 서버에 장애가 발생했습니다`,
    waitTitle: '몇 분 기다렸다가 한 번만 다시 시도하세요',
    waitDetail: (p) =>
      `새로고침을 계속 누르면 서버 부담만 늘고 복구가 빨라지지는 않습니다. ${p.soon} 뒤에 한 번만 다시 시도하세요. 그동안 Status Doctor가 계속 확인하다가 다시 응답하면 알려 드립니다.`,
    alternative: {
      title: '급하다면 그동안 다른 AI 서비스를 쓰세요',
      detail: (others) => `${others ? `이번 진단에서 ${withParticle(others, '은/는')} 정상적으로 응답했습니다. ` : ''}이런 장애는 보통 몇 분에서 몇 시간 안에 복구됩니다.`,
    },
  },
  degraded: {
    title: (p) => `${p.names} 서비스가 불안정합니다`,
    summary: (p) => `${p.evidence} 일부 요청은 처리되고 일부는 실패하는 상태입니다. ${p.names} 쪽 문제이며, 사용자 쪽에서 고칠 것은 없습니다.`.trim(),
    retryLater: {
      title: '몇 분 뒤에 다시 시도하세요',
      detail: (soon) => `일부 요청만 실패하는 상태는 보통 ${soon} 안에 풀립니다. 다시 보내면 성공할 수도 있지만, 새로고침을 연달아 누르지는 마세요.`,
    },
    shorter: {
      title: '요청을 짧게 나눠 보내세요',
      detail: '서비스가 불안정할 때는 긴 대화와 큰 파일 업로드가 가장 먼저 실패합니다. 새 대화를 열거나 한 번에 보내는 양을 줄여 보세요.',
    },
  },
  maintenance: {
    title: (p) => `${p.names} 서비스 점검 중입니다`,
    announced: (p) => `${p.name} 공식 상태 페이지에 “${p.window}” 점검이 공지되어 있습니다${p.until ? `(${p.until} 종료 예정)` : ''}.`,
    shown: (names) => `공식 상태 페이지에 ${names} 점검 중으로 표시되어 있습니다.`,
    meaning: '점검 중에는 서비스 일부 또는 전체가 멈출 수 있으며, 사용자 쪽 문제는 아닙니다.',
    waitTitle: '점검이 끝날 때까지 기다리세요',
    waitDetail: (until) =>
      `${until ? `${until}에 끝날 예정입니다.` : '종료 시각은 공식 상태 페이지에 공지됩니다.'} Status Doctor가 계속 확인하다가 서비스가 다시 정상적으로 응답하면 알려 드립니다.`,
  },
  rateLimited: {
    title: (p) => `${p.names} 서버가 요청을 잠시 제한하고 있습니다`,
    meaning: '서버는 정상이지만, 이 기기(또는 같은 네트워크 주소)에서 보낸 요청이 많아 잠시 더 받지 않고 있습니다. 고장이 아니라 사용량 제한입니다.',
    waitTitle: (p) => `${p.told ? '' : '약 '}${p.wait} 기다린 뒤에 다시 요청하세요`,
    waitDetail: (p) =>
      p.told
        ? `서버가 Retry-After 헤더로 ${p.wait} 뒤에 다시 요청하라고 알려 왔습니다. 그 전에 보내는 요청은 다시 거부되고, 제한 시간이 더 길어질 수 있습니다.`
        : '바로 다시 보내면 제한 시간이 더 길어지는 경우가 많습니다.',
    fewer: {
      title: '한꺼번에 보내는 요청을 줄이세요',
      apiDetail:
        '프로그램이 한 번에 보내는 요청 수를 줄이고, 일괄 작업은 시간 간격을 두고 나눠 보내세요. 한도는 API 키나 조직별로 분 단위로 계산되며, 현재 한도는 제공업체의 계정 설정에서 확인할 수 있습니다.',
      detail: (name) =>
        `${name} 탭을 여러 개 열어 두었다면 닫고, 자동으로 새로고침하는 확장 프로그램이나 스크립트는 잠시 멈추세요. VPN이나 회사·학교처럼 여럿이 같은 주소를 쓰는 네트워크에서는 모두의 요청이 한데 합쳐져 제한에 걸립니다.`,
    },
  },
};
