import type { ShellMessages } from './en.ts';

/**
 * 앱 셸(트레이, 알림, 대화상자)이 하는 모든 말. 서비스 이름 뒤에는 받침에
 * 따라 바뀌지 않는 조사(에, 의)나 명사를 붙여, 이름을 어떻게 읽든 문장이
 * 자연스럽게 합니다.
 */
export const shellKo: ShellMessages = {
  tray: {
    states: {
      operational: '정상',
      degraded: '성능 저하',
      outage: '장애',
      maintenance: '점검 중',
      unknown: '확인 불가',
    },
    noData: '확인하는 중…',
    blockedByLocal: '확인 불가 (내 연결 문제)',
    serviceLine: (p) => `${p.name}: ${p.state}${p.muted ? ' · 알림 끔' : ''}`,
    checkNow: '지금 확인',
    checking: '확인하는 중…',
    pause: '1시간 동안 일시 중지',
    resume: '다시 시작',
    open: 'Status Doctor 열기',
    quit: 'Status Doctor 종료',
    latestAlert: (title) => `최근 알림: ${title}`,
    summary: {
      allClear: '모든 서비스 정상',
      noServices: '확인할 서비스가 없습니다',
      checking: '확인하는 중…',
      pausedUntil: (time) => `${time}까지 일시 중지됨`,
      pausedAsleep: '컴퓨터가 잠자기 상태라 일시 중지됨',
      down: (names) => `장애: ${names}`,
      degraded: (names) => `성능 저하: ${names}`,
      maintenance: (names) => `점검 중: ${names}`,
      unknown: (names) => `확인 불가: ${names}`,
    },
  },
  localProblem: {
    offline: '인터넷에 연결되어 있지 않습니다',
    'router-unreachable': '공유기가 응답하지 않습니다',
    'internet-down': '인터넷 회선에 문제가 있습니다',
    'captive-portal': 'Wi-Fi 로그인이 필요합니다',
    'dns-failure': 'DNS 서버에 문제가 있습니다',
    'dns-blocked': '이 네트워크에서 일반 DNS가 막혀 있습니다',
    'tls-interception': '보안 연결을 중간에서 가로채는 프로그램이 있습니다',
    'clock-skew': '컴퓨터 시계가 맞지 않습니다',
    'proxy-problem': '프록시나 VPN에 문제가 있습니다',
    ok: '내 인터넷 연결에 문제가 있습니다',
    unknown: '내 인터넷 연결에 문제가 있습니다',
  },
  notification: {
    outage: {
      title: (name) => `${name}에 장애가 발생했습니다`,
      body: (p) => `${p.duration}째 응답이 없습니다. 내 인터넷 연결은 정상입니다.`,
    },
    reminder: {
      title: (name) => `${name} 장애가 계속되고 있습니다`,
      body: (p) => `지금까지 ${p.duration}째 응답이 없습니다.`,
    },
    unstable: {
      title: (name) => `${name}에 장애가 되풀이되고 있습니다`,
      body: (p) => `${p.duration} 동안 장애가 ${p.count}번 있었습니다. 안정될 때까지 이 서비스 알림은 보내지 않고, 안정되면 한 번 알려 드립니다.`,
    },
    recovered: {
      title: (name) => `${name} 서비스가 복구되었습니다`,
      lasted: (duration) => `장애는 ${duration} 동안 이어졌습니다.`,
      answersAgain: '다시 정상적으로 응답합니다.',
      requested: '요청하신 복구 알림입니다.',
    },
    degraded: {
      title: (name) => `${name} 서비스가 원활하지 않습니다`,
      why: {
        'probes-slow': '평소보다 훨씬 느리게 응답합니다.',
        'probes-partly-failing': '요청 가운데 일부가 실패합니다.',
        'official-degraded': '공식 상태 페이지에 성능 저하가 공지되었습니다.',
        other: '일부 기능이 제대로 동작하지 않습니다.',
      },
    },
    incidentOpened: {
      title: (name) => `${name} 공식 장애 공지`,
      body: (incident) => `공식 상태 페이지에 “${incident}” 공지가 올라왔습니다.`,
    },
    incidentResolved: {
      title: (name) => `${name} 장애 공지 해결`,
      body: (incident) => `공식 상태 페이지에서 “${incident}” 공지를 해결됨으로 표시했습니다.`,
    },
    localProblem: {
      body: 'AI 서비스가 아니라 내 연결 쪽 문제입니다. 해결될 때까지 서비스 알림은 보내지 않습니다. 눌러서 해결 방법을 확인하세요.',
    },
    localCleared: {
      title: '인터넷 연결이 다시 정상입니다',
      body: (duration) => `문제는 ${duration} 동안 이어졌습니다. 서비스 알림을 다시 보냅니다.`,
    },
    officialIncidents: (names) => `공식 상태 페이지 공지: ${names.map((name) => `“${name}”`).join(', ')}.`,
    willTell: '복구되면 알려 드립니다.',
    delayed: '알림을 미뤄 두었다가 지금 알려 드립니다.',
  },
  settingsRecovered: {
    title: '설정을 기본값으로 되돌렸습니다',
    body: (file) => `설정 파일을 읽을 수 없어 기본 설정으로 시작했습니다. 기존 파일은 ${file} 파일로 보관했습니다.`,
    newer: (file) =>
      `설정 파일이 더 새로운 버전의 Status Doctor에서 저장되어, 이 버전은 기본 설정으로 시작했습니다. 기존 파일은 ${file} 파일로 보관했습니다.`,
  },
  dialogs: {
    exportSettings: '설정 내보내기',
    importSettings: '설정 가져오기',
    saveSupportReport: '지원 요청 보고서 저장',
    saveLogs: '로그 저장',
    configFiles: 'Status Doctor 설정 파일',
    markdownFiles: 'Markdown',
    textFiles: '텍스트',
    logFiles: '로그 파일',
    notJson: (reason) => `올바른 JSON 파일이 아닙니다 (${reason})`,
    unreadable: (reason) => `파일을 읽을 수 없습니다 (${reason})`,
  },
  apiKeys: {
    unavailable: '이 컴퓨터에는 키를 안전하게 보관할 저장소가 없어 키를 저장할 수 없습니다.',
    failed: (reason) => `키를 저장하지 못했습니다 (${reason}).`,
  },
};
