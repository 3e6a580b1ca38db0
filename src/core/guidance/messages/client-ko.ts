import { withParticle } from '../../i18n/korean-particles.ts';
import type { clientEn } from './client-en.ts';

/** 브라우저·앱 쪽 문제(`local-client`), 근거 부족(`inconclusive`), 이상 없음(`all-clear`)의 안내. */
export const clientKo: typeof clientEn = {
  localClient: {
    title: '서비스와 네트워크는 정상입니다 — 브라우저를 확인해 보세요',
    meaning:
      '그런데도 오류가 보인다면 원인은 이 기기에 있을 가능성이 큽니다. 로그인 세션이 만료됐거나, 오래된 사이트 데이터가 남아 있거나, 브라우저 확장 프로그램이 방해하는 경우가 대부분입니다. 간단한 것부터 하나씩 확인해 보세요.',
    signOutIn: {
      title: '로그아웃했다가 다시 로그인하세요',
      detail: (name) =>
        `${name}에서 로그아웃하고 탭을 모두 닫은 뒤, 다시 열어 로그인하세요. 다른 사람은 괜찮은데 혼자만 오류가 난다면 로그인 세션이 꼬인 경우가 가장 많습니다. 보내지 못한 메시지가 있다면 먼저 복사해 두세요.`,
    },
    clearSiteData: {
      title: (site) => `${site}의 사이트 데이터만 지우세요`,
      detail: (p) =>
        `먼저 강력 새로고침(${p.hardRefresh})을 해 보세요. 그래도 안 되면 ${p.site}의 쿠키와 캐시만 지우세요. 다른 사이트의 로그인은 그대로 유지됩니다. ${p.browsers} 지운 뒤에는 다시 로그인하면 됩니다.`,
    },
    privateWindow: {
      title: '시크릿 창에서 열어 보세요',
      detail: (p) =>
        `시크릿 창은 쿠키와 캐시 없이, 대개 확장 프로그램도 꺼진 상태로 열립니다. 여기서 ${withParticle(p.name, '이/가')} 제대로 된다면 그중 하나가 원인입니다. 브라우저별 메뉴와 단축키는 ${p.browsers.join(', ')}입니다.`,
    },
    extensions: {
      title: '브라우저 확장 프로그램을 끄세요',
      detail: (p) =>
        `광고 차단, 번역, 개인정보 보호, AI 사이드바 같은 확장 프로그램이 채팅 화면을 망가뜨리기도 합니다. 모두 끈 뒤 ${withParticle(p.name, '을/를')} 새로고침하고, 하나씩 다시 켜 보면서 원인을 찾으세요. ${p.browsers}`,
    },
    otherDevice: {
      title: '다른 브라우저나 기기에서 열어 보세요',
      detail: (name) =>
        `다른 브라우저로 ${withParticle(name, '을/를')} 열어 보거나, 휴대폰의 Wi-Fi를 끄고 모바일 데이터로 접속해 보세요. 다른 곳에서는 잘 된다면 이 컴퓨터나 브라우저 문제이고, 어디서나 안 된다면 계정 쪽 문제일 가능성이 큽니다. 이럴 때는 다음 단계의 보고서를 고객 지원팀에 보내세요.`,
    },
    supportReport: {
      title: (name) => `${name} 고객 지원팀에 보고서를 보내세요`,
      detail: (name) =>
        `status-doctor report를 실행하고, 출력된 내용을 ${name} 고객 지원 문의에 첨부하세요. 발생 시각(시간대 포함), 사용 환경, 실패한 내용, 이미 해 본 조치가 정리되어 있으며 비밀번호·토큰·쿠키 같은 민감한 정보는 지워져 있습니다.`,
    },
  },
  inconclusive: {
    title: '아직 원인을 판단하지 못했습니다',
    networkUnknown:
      '네트워크 진단이 제시간에 끝나지 않아 인터넷 연결이 정상인지 확인하지 못했습니다. 그래서 서비스 쪽 문제인지 이 기기 쪽 문제인지 아직 판단할 수 없습니다.',
    eitherSide: '이런 실패는 서비스 쪽에서도, 이 기기 쪽에서도 생길 수 있으며 이번 진단만으로는 어느 쪽인지 가릴 수 없습니다.',
    runAgain: {
      title: '다시 진단해 보세요',
      detail: '한 번 더 진단하면 대개 결론이 납니다. 결과가 그대로라면 세부 정보에서 무엇이 어떻게 실패했는지 확인할 수 있습니다.',
    },
    anotherSite: {
      title: '다른 웹사이트를 열어 보세요',
      detail: '다른 사이트도 안 열리면 인터넷 연결 문제이고, 다른 사이트는 잘 열린다면 서비스 쪽 문제일 가능성이 큽니다.',
    },
  },
  allClear: {
    title: '모두 정상입니다',
    summary: (names) =>
      `${names ? `${names} 모두` : '모든 서비스가'} 정상적으로 응답했고, 공식 장애 공지도 없습니다. 그래도 오류가 보인다면 Status Doctor에 오류가 보인다고 알려 주세요. 이 기기에서 확인할 것들을 순서대로 안내해 드립니다.`,
  },
};
