import type { ProbeResult } from './probe-result.ts';

const CODE_PREFIX = /^([A-Za-z][A-Za-z0-9_]*)(?=:| during TLS handshake:)/;

/**
 * The error code behind a failed probe (`CERT_HAS_EXPIRED`,
 * `CERT_NOT_YET_VALID`, `ERR_TLS_CERT_ALTNAME_INVALID`, `ECONNRESET`, …), read
 * from the start of its `detail`, so the network diagnosis can tell an expired
 * certificate from a wrong one. Undefined for HTTP answers, deadlines and
 * errors that had no code.
 */
export function probeErrorCode(result: Pick<ProbeResult, 'status' | 'detail'>): string | undefined {
  if (result.status !== undefined || result.detail === undefined) return undefined;
  return CODE_PREFIX.exec(result.detail)?.[1];
}
