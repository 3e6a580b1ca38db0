import { withParticle } from '../../i18n/korean-particles.ts';
import type { networkEn } from './network-en.ts';

/** 문제가 사용자 쪽 연결에 있을 때(그리고 `regional`일 때)의 안내. */
export const networkKo: typeof networkEn = {
  restartRouter: {
    title: '공유기를 다시 시작하세요',
    detail: (p) => `공유기 전원 어댑터를 뽑고 ${p.wait} 기다린 뒤 다시 꽂으세요. 완전히 켜지기까지 ${p.ready} 정도 걸립니다.`,
  },
  tryHotspot: {
    title: '휴대폰 핫스팟으로 연결해 보세요',
    detail: '휴대폰의 핫스팟을 켜고 이 기기를 연결해 보세요. 이렇게 해서 서비스에 접속된다면 이 기기가 아니라 공유기나 인터넷 회선 쪽 문제입니다.',
  },
  offline: {
    title: '인터넷에 연결되어 있지 않습니다',
    summary: (p) =>
      `${p.noInterface ? '이 기기의 네트워크 어댑터가 하나도 연결되어 있지 않습니다.' : '이 기기는 네트워크에 연결되어 있지만 인터넷으로 나가는 경로가 없습니다.'} 그래서 AI 서비스 상태와 관계없이 여기서는 어디에도 접속할 수 없습니다. 이 기기의 연결부터 바로잡아야 합니다.`,
    reconnect: 'Wi-Fi에 다시 연결하거나 랜선을 다시 꽂으세요',
    restartAdapter: {
      title: '네트워크를 껐다가 다시 켜세요',
      detail: (pause) => `Wi-Fi를 끄고 ${pause}쯤 기다렸다가 다시 켜거나, 랜선을 잠깐 뽑았다가 다시 꽂으세요. 그러면 기기가 공유기에서 주소를 새로 받아 옵니다.`,
    },
    routerTitle: '다른 기기도 인터넷이 안 되면 공유기를 다시 시작하세요',
  },
  routerUnreachable: {
    title: '공유기가 응답하지 않습니다',
    summary: (p) => `${p.gateway} 공유기 너머로도 아무 응답이 없으므로 문제는 이 기기와 공유기 사이에 있습니다. AI 서비스 쪽 문제가 아닙니다.`,
    unknownRouter: '공유기가 응답하지 않았습니다.',
    checkLink: {
      title: '공유기와의 연결을 확인하세요',
      detail: 'Wi-Fi라면 공유기 가까이 가거나, 저장된 네트워크를 삭제하고 다시 연결하세요. 유선이라면 다른 포트나 다른 랜선으로 바꿔 보세요. 공유기 불빛이 평소와 같은지도 확인하세요.',
    },
  },
  captivePortal: {
    title: 'Wi-Fi 로그인이 필요합니다',
    summary: (p) => {
      const what = {
        redirect: `인터넷 연결 확인용 주소(${p.checked})에 접속했더니, 그대로 연결되지 않고 다른 페이지${p.location ? `(${p.location})` : ''}로 넘어갔습니다.`,
        'network-authentication-required': `인터넷 연결 확인용 주소(${p.checked})에 접속했더니 네트워크 인증이 필요하다는 응답(HTTP 511)이 돌아왔습니다.`,
        'wrong-answer': `인터넷 연결 확인용 주소(${p.checked})에 접속했더니 예상과 다른 페이지가 돌아왔습니다.`,
      }[p.how];
      return `${what} 카페, 호텔, 지하철, 공항, 회사의 Wi-Fi는 약관에 동의하거나 로그인하기 전까지 이렇게 접속을 막습니다. AI 서비스 쪽 문제가 아닙니다.`;
    },
    unknownCheck: '인터넷 연결 확인 요청이 중간에서 가로막혔습니다. 카페, 호텔, 지하철, 공항, 회사의 Wi-Fi는 약관에 동의하거나 로그인하기 전까지 이렇게 접속을 막습니다. AI 서비스 쪽 문제가 아닙니다.',
    openPortal: 'Wi-Fi 로그인 페이지를 여세요',
    recheck: {
      title: '다시 진단해 보세요',
      detail: '로그인을 마친 뒤 다시 진단해 보세요. 대부분 바로 AI 서비스에 접속됩니다. 시간이 지나면 로그인이 풀리는 네트워크도 있으니, 다시 막히면 같은 방법으로 로그인하세요.',
    },
  },
  internetDown: {
    title: '인터넷 회선에 문제가 있습니다',
    summary: (p) =>
      `${p.gateway} 하지만 그 너머로는 ${p.controls}도, 공용 DNS 서버${p.resolvers ? `(${p.resolvers})` : ''}도 응답하지 않았습니다. 공유기에서 통신사로 이어지는 회선에 문제가 있으며, AI 서비스 쪽 문제는 아닙니다.`,
    routerOk: '공유기는 정상적으로 응답했습니다.',
    someControls: '비교용 사이트',
    restartModem: {
      title: '모뎀과 공유기를 다시 시작하세요',
      detail: (p) => `둘 다 전원을 뽑고 ${p.wait} 기다린 뒤, 모뎀을 먼저 켜고 모뎀 불빛이 안정되면 공유기를 켜세요.`,
    },
    providerOutage: {
      title: '통신사 장애인지 확인하세요',
      detail: '모바일 데이터로 통신사 앱이나 홈페이지에 들어가면 우리 지역 장애 공지를 볼 수 있습니다. 고객센터에 회선 점검을 요청해도 됩니다.',
    },
    hotspotTitle: '그동안은 휴대폰 핫스팟을 쓰세요',
  },
  dnsFailure: {
    title: 'DNS 서버에 문제가 있습니다',
    summary: (p) =>
      `${p.failure}${p.working ? ` 반면 ${withParticle(p.working, '은/는')} 주소를 제대로 알려 줬고, 그 주소에서 ${p.service ?? '서비스'} 인증서도 정상으로 확인됐습니다. DNS 서버만 바꾸면 해결됩니다.` : ''} ${p.service ? `${p.service} 서비스 자체에는 문제가 없습니다.` : 'AI 서비스 자체에는 문제가 없습니다.'}`,
    encrypted: (name) => `${name}(암호화 DNS)`,
    switchDns: (resolver) => (resolver ? `DNS 서버를 ${withParticle(resolver, '으로/로')} 바꾸세요` : '공용 DNS 서버로 바꾸세요'),
    resolverEvidence: (p) =>
      `${withParticle(p.resolver, '은/는')} ${p.took ? `${p.took} 만에 ` : ''}${p.hosts} 주소를 알려 줬고, 그 주소에서 인증서도 정상으로 확인됐습니다.`,
    flushDns: {
      title: 'DNS 캐시를 비우세요',
      detail: (how) => `기기가 실패한 조회 결과를 한동안 기억하고 있을 수 있습니다. 캐시를 비우면 주소를 새로 조회합니다. ${how}`,
    },
    routerTitle: '또는 공유기를 다시 시작하세요',
    routerDetail: (p) =>
      `설정을 바꾸기 어렵다면 공유기 전원을 뽑고 ${p.wait} 뒤에 다시 꽂아 보세요. 공유기가 다시 연결되면서 통신사 DNS가 회복되기도 합니다. 다만 DNS를 바꾸는 쪽이 더 확실하고, 공유기 관리 페이지에 같은 DNS 서버를 넣으면 집 안의 모든 기기에 한 번에 적용됩니다.`,
  },
  dnsBlocked: {
    title: '이 네트워크가 외부 DNS를 막고 있습니다',
    summary: (p) =>
      `${p.failure} 공용 DNS 서버${p.silent ? `(${p.silent})` : ''}에 보낸 일반 DNS 요청에는 아무 응답도 없었습니다. 이 네트워크가 외부 DNS를 막고 있다는 뜻입니다. 반면 암호화된 DNS(DNS over HTTPS)는 ${p.doh ? `${withParticle(p.doh, '을/를')} 통해 ` : ''}정상적으로 동작합니다.${p.service ? ` 이렇게 받은 주소에서 ${p.service} 인증서도 정상으로 확인됐습니다.` : ''} 보안 DNS를 켜면 접속할 수 있으며, AI 서비스 자체에는 문제가 없습니다.`,
    secureDns: {
      title: '브라우저에서 보안 DNS를 켜세요',
      lead: '보안 DNS는 주소 조회를 HTTPS로 주고받기 때문에 이 네트워크에서도 막히지 않습니다.',
    },
    secureDnsSystem: '또는 컴퓨터 전체에 암호화 DNS를 켜세요',
    askAdmin: {
      title: '또는 네트워크 관리자에게 문의하세요',
      detail: '학교나 회사, 공용 네트워크는 일부러 외부 DNS를 막기도 합니다. AI 서비스를 써도 되는지 관리자에게 확인하세요.',
    },
  },
  tlsInterception: {
    title: '다른 프로그램이 보안 연결을 가로채고 있습니다',
    summary: (p) =>
      `확인한 보안 사이트${p.sites ? `(${p.sites})` : ''}가 모두 ${p.issuer ? `“${p.issuer}”에서 발급한` : '출처를 알 수 없는'} 인증서를 보냈고, 이 기기는 그 인증서를 신뢰하지 않습니다. 백신의 HTTPS 검사 기능, 회사 프록시, 유해 사이트 차단 프로그램 등이 이렇게 연결을 가로채며, 그러면 브라우저와 앱이 AI 서비스 연결을 안전하지 않다고 보고 막습니다. 서비스 자체에는 문제가 없습니다.`,
    antivirus: {
      title: '백신의 HTTPS 검사를 끄세요',
      detail: '사용 중인 백신이나 보안 프로그램의 설정에서 “HTTPS 검사”, “SSL/TLS 필터링”, “암호화된 연결 검사”, “웹 보호” 같은 항목을 찾아 끈 뒤 다시 진단해 보세요.',
    },
    proxyVpn: {
      title: '회사 프록시나 VPN을 끊거나 IT 담당자에게 문의하세요',
      detail: '회사 기기라면 보안 정책에 따라 일부러 가로채는 것일 수 있습니다. IT 담당자에게 AI 서비스를 예외로 등록해 달라고 요청하세요.',
    },
    doNotBypass: {
      title: '인증서 경고를 무시하고 접속하지 마세요',
      detail: '이 경고는 중간에 끼어든 프로그램이 비밀번호를 포함해 주고받는 내용을 볼 수 있다는 뜻입니다. “계속 진행”을 누르지 말고 원인부터 해결하세요.',
    },
  },
  clockSkew: {
    title: '컴퓨터 시계가 맞지 않습니다',
    summary: (p) =>
      `${p.off ? `이 기기의 시계가 서버 시간보다 ${p.off} ${p.ahead ? '빠릅니다' : '느립니다'}. ` : ''}보안 인증서는 정해진 기간에만 유효하기 때문에, 날짜가 틀리면 AI 서비스를 포함한 모든 보안 사이트가 고장 난 것처럼 보입니다. 서비스 자체에는 문제가 없습니다.`,
    autoTime: '날짜와 시간을 자동으로 맞추세요',
    recheck: {
      title: '다시 진단해 보세요',
      detail: '시계를 맞춘 뒤 다시 진단해 보세요. 컴퓨터를 켤 때마다 시계가 다시 틀어진다면 메인보드의 시계용 배터리(CMOS 배터리)가 다 됐을 수 있습니다.',
    },
  },
  proxyProblem: {
    title: '프록시나 VPN이 연결을 막고 있습니다',
    proxySummary: (p) =>
      `이 기기에 프록시가 설정되어 있습니다${p.sources ? `(${p.sources})` : ''}. 직접 연결은 정상인데 프록시를 거친 요청만 실패했습니다.${p.wantsPassword ? ' 프록시가 비밀번호를 요구하고 있습니다(HTTP 407).' : ''} AI 서비스 쪽 문제가 아닙니다.`,
    systemSettings: '시스템 설정',
    autoConfig: '자동 프록시 구성(PAC)',
    tunnelSummary: (tunnels) => `모든 트래픽이 VPN${tunnels ? `(${tunnels})` : ''}을 거쳐 나가는데, 그 너머에서 아무 응답이 없습니다. AI 서비스 쪽 문제가 아닙니다.`,
    disconnect: {
      title: 'VPN이나 프록시를 끄세요',
      detail: '끈 상태에서 다시 진단해 보세요. 서비스에 접속된다면 VPN이나 프록시가 원인이니, 다른 서버로 다시 연결하거나 제공업체에 문의하세요.',
    },
    settings: {
      title: '프록시 설정을 확인하세요',
      detail: (p) =>
        `${p.sources ? `${p.sources}에서 프록시 설정을 찾았습니다. ` : ''}비밀번호를 요구하는 프록시(HTTP 407)라면 다시 로그인해야 하고, 더 이상 쓰지 않는 프록시라면 설정에서 지우세요. ${p.how}`,
    },
  },
  regional: {
    title: (p) => `지금 네트워크 경로에서만 ${p.names}에 접속되지 않습니다`,
    summary: (p) =>
      `${p.systemAddress && p.via ? `지금 쓰는 DNS가 알려 준 ${p.names} 주소(${p.systemAddress})로는 접속에 실패했지만, ${p.via}에서 받은 주소(${p.workingAddress ?? '?'})로는 정상적으로 접속됐습니다. ` : `지금 네트워크가 안내하는 ${p.names} 주소에서만 실패하고 다른 주소에서는 정상입니다. `}${p.names} 전체가 아니라 이 지역을 맡은 서버에만 문제가 있으며, 이 기기에는 문제가 없습니다.`,
    switchDns: (via) => (via ? `DNS 서버를 ${withParticle(via, '으로/로')} 바꾸세요` : 'DNS 서버를 바꾸세요'),
    switchLead: (via) => `${via ? withParticle(via, '은/는') : '다른 DNS 서버는'} 정상적으로 동작하는 서버 주소를 알려 줍니다.`,
    otherNetwork: {
      title: '또는 다른 네트워크를 쓰세요',
      detail: '모바일 데이터나 다른 Wi-Fi로 접속하면 서비스까지 가는 경로가 달라지는 경우가 많습니다.',
    },
    wait: {
      title: '또는 잠시 기다리세요',
      detail: '지역 단위 문제는 보통 한 시간 안에 해결됩니다. Status Doctor가 계속 확인하다가 다시 접속되면 알려 드립니다.',
    },
  },
};
