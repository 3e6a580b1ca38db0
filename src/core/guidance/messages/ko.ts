import type { guidanceEn } from './en.ts';
import { clientKo } from './client-ko.ts';
import { evidenceKo } from './evidence-ko.ts';
import { howToKo } from './how-to-ko.ts';
import { networkKo } from './network-ko.ts';
import { serviceKo } from './service-ko.ts';

/** 한국어 안내 사전: 진단 결과 안내에 쓰는 모든 문장. */
export const guidanceKo: typeof guidanceEn = {
  evidence: evidenceKo,
  network: networkKo,
  service: serviceKo,
  client: clientKo,
  howTo: howToKo,
};
