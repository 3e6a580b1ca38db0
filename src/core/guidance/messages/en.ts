import { clientEn } from './client-en.ts';
import { evidenceEn } from './evidence-en.ts';
import { howToEn } from './how-to-en.ts';
import { networkEn } from './network-en.ts';
import { serviceEn } from './service-en.ts';

/** The English guidance dictionary: every sentence a verdict's guidance can say. */
export const guidanceEn = {
  evidence: evidenceEn,
  network: networkEn,
  service: serviceEn,
  client: clientEn,
  howTo: howToEn,
};
