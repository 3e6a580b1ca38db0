import { withParticle } from '../../i18n/korean-particles.ts';
import type { howToEn } from './how-to-en.ts';

/**
 * 운영체제와 브라우저마다 다른 방법. 메뉴 이름은 한국어판 Windows 11,
 * macOS, 브라우저에 표시되는 그대로 씁니다.
 */
export const howToKo: typeof howToEn = {
  changeDns: {
    windows: (p) =>
      `설정 > 네트워크 및 인터넷 > Wi-Fi(유선이면 이더넷) > 하드웨어 속성으로 들어가세요. DNS 서버 할당 옆의 편집을 눌러 수동으로 바꾸고 IPv4를 켠 다음, 기본 설정 DNS에 ${p.secondary ? `${p.primary}, 대체 DNS에 ${withParticle(p.secondary, '을/를')}` : withParticle(p.primary, '을/를')} 입력하고 저장하세요.`,
    macos: (p) =>
      `시스템 설정 > 네트워크 > Wi-Fi에서 연결된 네트워크 옆의 세부사항…을 누르고 DNS 항목으로 가세요. + 버튼으로 ${withParticle(p.secondary ? `${p.primary}, ${p.secondary}` : p.primary, '을/를')} 추가한 뒤 확인을 누르세요.`,
    linux: (p) =>
      `설정 > 네트워크에서 연결 옆 톱니바퀴를 누르고 IPv4 탭에서 DNS 항목의 자동을 끈 다음 ${withParticle(p.secondary ? `${p.primary}, ${p.secondary}` : p.primary, '을/를')} 입력하고 적용하세요. 그다음 연결을 껐다 켜면 됩니다. 터미널에서는 nmcli connection modify "<연결 이름>" ipv4.dns "${p.secondary ? `${p.primary} ${p.secondary}` : p.primary}" ipv4.ignore-auto-dns yes를 실행한 다음 nmcli connection up "<연결 이름>"으로 다시 연결하세요. 연결 이름은 nmcli connection show로 확인할 수 있습니다.`,
  },
  flushDns: {
    windows: '터미널이나 명령 프롬프트를 열고 ipconfig /flushdns를 실행하세요.',
    macos: '터미널을 열고 sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder를 실행하세요. Mac 암호를 물으면 입력하세요.',
    linux: '터미널에서 resolvectl flush-caches를 실행하세요(systemd-resolved를 쓰는 배포판 기준). 그 밖의 환경에서는 네트워크 연결을 껐다 켜면 같은 효과가 있습니다.',
  },
  browserCache: '그다음 브라우저를 완전히 닫았다가 다시 여세요. Chrome과 Edge는 DNS 응답을 따로 저장해 두기 때문입니다.',
  secureDnsSystem: {
    windows: (address) =>
      `Windows 11에서는 컴퓨터 전체의 DNS를 암호화할 수 있습니다. 설정 > 네트워크 및 인터넷 > Wi-Fi(또는 이더넷) > 하드웨어 속성에서 DNS 서버 할당 옆의 편집을 누르고, 수동으로 바꿔 IPv4를 켠 다음 기본 설정 DNS에 ${withParticle(address, '을/를')} 입력하세요. 이어서 HTTPS를 통한 DNS를 켜기(자동 템플릿)로 바꾸고 저장하세요.`,
    macos: () =>
      'macOS의 시스템 설정에는 DNS 암호화를 켜는 스위치가 없습니다. Cloudflare 같은 DNS 제공업체의 앱이나 구성 프로파일을 설치한 뒤 시스템 설정에서 허용해야 합니다(일반 > 기기 관리, 이전 버전은 개인정보 보호 및 보안 > 프로파일). 앞 단계의 브라우저 설정이 더 간단합니다.',
    linux: () =>
      'Linux 데스크톱에는 DNS over HTTPS를 켜는 스위치가 없습니다. 대신 systemd-resolved의 DNS over TLS로 암호화할 수 있습니다. /etc/systemd/resolved.conf에 DNS=1.1.1.1#cloudflare-dns.com과 DNSOverTLS=yes를 넣고 sudo systemctl restart systemd-resolved를 실행하세요. 다만 DNS를 막는 네트워크는 이 방식(853번 포트)도 막을 수 있습니다. HTTPS로 오가는 앞 단계의 브라우저 설정은 대개 통과합니다.',
  },
  reconnect: {
    windows: '작업 표시줄 오른쪽 끝의 네트워크 아이콘을 눌러 Wi-Fi가 켜져 있고 비행기 모드가 꺼져 있는지 확인한 뒤, 사용하던 네트워크에 연결하세요. 유선이라면 랜선이 양쪽 끝에 단단히 꽂혀 있는지 확인하세요.',
    macos: '메뉴 막대(또는 제어 센터)의 Wi-Fi를 눌러 Wi-Fi가 켜져 있는지 확인하고 사용하던 네트워크를 고르세요. 유선이나 어댑터를 쓴다면 단단히 꽂혀 있는지 확인하세요.',
    linux: '화면 오른쪽 위의 시스템 메뉴에서 Wi-Fi가 켜져 있고 연결되어 있는지 확인하세요. 터미널에서는 nmcli device status로 연결 상태를 보고, nmcli radio wifi on으로 Wi-Fi를 다시 켤 수 있습니다.',
  },
  openPortal: {
    windows: (page) => `보통 Windows가 네트워크 로그인 알림을 띄웁니다. 알림을 눌러 로그인 페이지를 여세요. 알림이 없다면 브라우저에서 ${page}에 접속하세요.`,
    macos: (page) => `이런 네트워크에 연결하면 macOS가 보통 로그인 창을 직접 띄웁니다. 창이 뜨지 않으면 Safari에서 ${page}에 접속하세요.`,
    linux: (page) => `대부분의 Linux 데스크톱은 네트워크 로그인 알림을 띄웁니다. 알림을 눌러 로그인 페이지를 여세요. 알림이 없다면 브라우저에서 ${page}에 접속하세요.`,
  },
  anyHttpPage: 'https://가 아니라 http://로 시작하는 주소(예: http://example.com)',
  setClock: {
    windows: '설정 > 시간 및 언어 > 날짜 및 시간에서 자동으로 시간 설정과 자동으로 표준 시간대 설정을 켜고 지금 동기화를 누르세요.',
    macos: '시스템 설정 > 일반 > 날짜 및 시간에서 시간과 날짜를 자동으로 설정하는 옵션을 켜고, 시간대가 맞는지도 확인하세요.',
    linux: '터미널에서 timedatectl set-ntp true를 실행하세요(설정 > 날짜 및 시간에서 자동 설정을 켜도 됩니다). 시간대는 timedatectl로 확인할 수 있습니다.',
  },
  proxySettings: {
    windows: '설정 > 네트워크 및 인터넷 > 프록시에서 더 이상 쓰지 않는 프록시 설정을 끄세요.',
    macos: '시스템 설정 > 네트워크 > Wi-Fi > 세부사항… > 프록시에서 더 이상 쓰지 않는 프록시를 끄세요.',
    linux: '설정 > 네트워크 > 네트워크 프록시에서 쓰지 않는 프록시라면 사용 안 함으로 바꾸세요. 셸 설정 파일의 HTTPS_PROXY, HTTP_PROXY 환경 변수도 확인하세요.',
  },
  hardRefresh: {
    windows: 'Ctrl+F5',
    macos: '⌘+Shift+R',
    linux: 'Ctrl+Shift+R',
  },
  browser: {
    clearSiteData: {
      chrome: (site) => `Chrome: ${site}에 접속한 상태에서 주소창 왼쪽 아이콘(자물쇠 또는 조절 아이콘)을 누르고 사이트 설정 > 데이터 삭제를 누르세요.`,
      edge: (site) => `Edge: 설정 > 쿠키 및 사이트 권한 > 쿠키 및 사이트 데이터 관리 및 삭제 > 모든 쿠키 및 사이트 데이터 보기에서 ${withParticle(site, '을/를')} 검색해 삭제하세요.`,
      firefox: (site) => `Firefox: ${site}에 접속한 상태에서 주소창의 자물쇠 아이콘을 누르고 쿠키 및 사이트 데이터 삭제…를 눌러 확인하세요.`,
      safari: (site) => `Safari: Safari > 설정 > 개인정보 보호 > 웹 사이트 데이터 관리…에서 ${withParticle(site, '을/를')} 검색한 뒤 제거를 누르세요.`,
    },
    privateWindow: {
      chrome: (mod) => `Chrome 새 시크릿 창(${mod}+Shift+N)`,
      edge: (mod) => `Edge 새 InPrivate 창(${mod}+Shift+N)`,
      firefox: (mod) => `Firefox 새 사생활 보호 창(${mod}+Shift+P)`,
      safari: (mod) => `Safari 파일 > 새로운 개인정보 보호 윈도우(${mod}+Shift+N)`,
    },
    extensions: {
      chrome: 'Chrome: 주소창에 chrome://extensions를 입력하고 확장 프로그램을 하나씩 끄세요.',
      edge: 'Edge: 주소창에 edge://extensions를 입력하고 확장 프로그램을 하나씩 끄세요.',
      firefox: 'Firefox: 주소창에 about:addons를 입력하고 확장 기능에서 하나씩 끄세요.',
      safari: 'Safari: Safari > 설정 > 확장 프로그램에서 체크를 하나씩 해제하세요.',
    },
    secureDns: {
      chrome: 'Chrome: 설정 > 개인정보 보호 및 보안 > 보안에서 보안 DNS 사용을 켜고 Cloudflare(1.1.1.1) 같은 제공업체를 고르세요.',
      edge: 'Edge: 설정 > 개인 정보, 검색 및 서비스 > 보안에서 보안 DNS 사용을 켜고 Cloudflare(1.1.1.1) 같은 제공업체를 고르세요.',
      firefox: 'Firefox: 설정 > 개인 정보 및 보안 > HTTPS를 통한 DNS에서 보호 강화를 고르세요.',
      safari: 'Safari에는 별도 설정이 없고 시스템의 DNS를 그대로 씁니다(다음 단계 참고).',
    },
  },
};
