import type { DesktopNotices } from './en.ts';

/** The desktop engine's notices, in Korean. */
export const desktopNoticesKo: DesktopNotices = {
  history: {
    'history-recreated': '기록 파일을 사용할 수 없어 새 파일로 시작했습니다. 기존 파일은 같은 폴더에 남겨 두었습니다.',
    'history-in-memory': '지금은 이 컴퓨터에 기록을 저장할 수 없습니다. Status Doctor를 종료할 때까지만 기록이 유지됩니다.',
    'history-write-failed': '기록 일부를 저장하지 못했습니다.',
    'history-read-failed': '기록 일부를 읽지 못했습니다.',
  },
  statusPageUnreadable: (names) => `지금은 ${names} 상태 페이지를 읽을 수 없습니다. 서비스 자체는 계속 확인하고 있습니다.`,
  settingsReset: '설정 파일이 손상되어 기본 설정으로 시작했습니다. 손상된 파일은 같은 폴더에 남겨 두었습니다.',
};
