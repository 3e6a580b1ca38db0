import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAB_DOH_URL, LAB_HOSTS, LAB_NAMES } from './lab-addresses.ts';

/** The id of the lab's chat service in the CLI config and the report. */
export const LAB_SERVICE_ID = 'lab-chat';

/**
 * The `--config` the CLI runs with inside the client namespace: every URL,
 * resolver and CA points into the lab, and the gateway is found the way a
 * user's would be (`auto`).
 */
export function labCheckConfig(caFile: string, deadlineMs: number): object {
  return {
    services: [{ id: LAB_SERVICE_ID, name: 'Lab Chat', probes: [{ url: `https://${LAB_NAMES.chat}/`, method: 'HEAD' }] }],
    network: {
      publicResolvers: [...LAB_HOSTS.publicResolvers],
      dohResolvers: [LAB_DOH_URL],
      connectivityChecks: [{ url: `http://${LAB_NAMES.connectivity}/generate_204`, expectStatus: 204 }],
      controlUrls: [`https://${LAB_NAMES.control}/`],
      gateway: 'auto',
    },
    tls: { extraCaFile: caFile },
    deadlineMs,
  };
}

/** Writes that config into `dir` (one file per deadline) and returns its path. */
export function writeLabCheckConfig(dir: string, caFile: string, deadlineMs: number): string {
  const path = join(dir, `check-config-${deadlineMs}.json`);
  writeFileSync(path, `${JSON.stringify(labCheckConfig(caFile, deadlineMs), null, 2)}\n`);
  return path;
}
