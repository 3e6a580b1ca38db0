import type { RedactionLabels } from './en.ts';

/** The placeholders in Korean, for a report a Korean support desk reads. */
export const redactionKo: RedactionLabels = {
  secret: {
    apiKey: '[숨김: API 키]',
    token: '[숨김: 토큰]',
    password: '[숨김: 비밀번호]',
    cookie: '[숨김: 쿠키]',
    session: '[숨김: 세션 ID]',
    credentials: '[숨김: 계정 정보]',
    privateKey: '[숨김: 개인 키]',
    secret: '[숨김: 비밀 값]',
  },
  local: {
    address: '[사설 IP]',
    macAddress: '[MAC 주소]',
    hostName: '[컴퓨터 이름]',
    userName: '[사용자 이름]',
    homeFolder: '[홈 폴더]',
  },
};
