import type { ProbeOutcome } from './probe-result.ts';

/**
 * How far a request got: resolving the name, opening TCP, the TLS handshake,
 * or (connection up) sending the request and waiting for the answer.
 */
export type ConnectionPhase = 'dns' | 'connect' | 'tls' | 'request';

/** What a failed request means for "is the service up". */
export interface ErrorClassification {
  readonly outcome: ProbeOutcome;
  /** The error's code (`CERT_HAS_EXPIRED`, `ECONNRESET`, …) when it had one. */
  readonly errorCode?: string;
  /** One short technical line for the evidence view, starting with the code. */
  readonly detail: string;
}

/** The chain cannot be verified up to a CA we trust: someone else's certificate. */
const TLS_UNTRUSTED_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'INVALID_CA',
]);

/** A trusted chain that is still wrong (name, dates, revocation) or a failed handshake. */
const TLS_ERROR_CODES = new Set([
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_PURPOSE',
  'ERR_TLS_HANDSHAKE_TIMEOUT',
  'EPROTO',
]);

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL']);

/** The connection could not be opened; the route or the host is gone. */
const CONNECT_FAILED_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EADDRNOTAVAIL']);

const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'ERR_STREAM_PREMATURE_CLOSE']);

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ABORT_ERR', 'UND_ERR_ABORTED', 'UND_ERR_ABORT']);

const INVALID_RESPONSE_CODES = new Set([
  'UND_ERR_HEADERS_OVERFLOW',
  'UND_ERR_RESPONSE_EXCEEDED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_INVALID_ARG',
  'ERR_INVALID_URL',
  // undici's HTTPParserError can come without a code; its name is the code then.
  'HTTPParserError',
]);

const GENERIC_ERROR_NAMES = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'AggregateError', 'AbortError']);

const DETAIL_MAX = 160;

/**
 * Classifies why a request failed, from its error (and the error's `cause` /
 * `errors` chain) and the phase it had reached.
 *
 * - anything while resolving the name, or ENOTFOUND / EAI_AGAIN … → `dns-error`
 * - ECONNREFUSED → `connect-refused`
 * - UND_ERR_CONNECT_TIMEOUT, ETIMEDOUT, unreachable network/host → `connect-timeout`
 *   (`tls-error` when it was the TLS handshake that never finished)
 * - a chain not rooted in a trusted CA (UNABLE_TO_VERIFY_LEAF_SIGNATURE,
 *   SELF_SIGNED_CERT_IN_CHAIN, …) → `tls-untrusted`
 * - any other TLS failure (ERR_TLS_CERT_ALTNAME_INVALID, CERT_HAS_EXPIRED,
 *   CERT_NOT_YET_VALID, ERR_SSL_* handshake alerts) → `tls-error`
 * - ECONNRESET, the socket closing before the headers (UND_ERR_SOCKET) → `reset`
 * - a malformed answer (HPE_* parser errors, header overflow) → `invalid-response`
 * - anything unrecognised → `reset`: the connection failed in a way we cannot name
 *
 * The code is kept in `errorCode` and also starts `detail`,
 * so the network diagnosis can tell an expired certificate from a wrong one.
 */
export function classifyError(error: unknown, phase: ConnectionPhase | undefined): ErrorClassification {
  const codes = errorCodes(error);
  const code = codes.find(isKnownCode) ?? codes[0];
  const outcome = outcomeFor(code, phase);
  const during = phase === 'tls' && outcome !== 'tls-error' && outcome !== 'tls-untrusted' ? ' during TLS handshake' : '';
  const detail = oneLine(`${code ?? 'error'}${during}: ${messageOf(error)}`);
  return code === undefined ? { outcome, detail } : { outcome, errorCode: code, detail };
}

/**
 * Classifies a probe whose deadline passed first, by the phase it was stuck in:
 * resolving → `dns-error`, opening TCP (or no connection yet) → `connect-timeout`,
 * TLS handshake → `tls-error`, waiting for the answer → `timeout`.
 */
export function classifyDeadline(phase: ConnectionPhase | undefined, timeoutMs: number): ErrorClassification {
  switch (phase) {
    case 'dns':
      return { outcome: 'dns-error', detail: `no DNS answer within ${timeoutMs} ms` };
    case 'tls':
      return { outcome: 'tls-error', detail: `TLS handshake not finished within ${timeoutMs} ms` };
    case 'request':
      return { outcome: 'timeout', detail: `no response headers within ${timeoutMs} ms` };
    case 'connect':
    case undefined:
      return { outcome: 'connect-timeout', detail: `no connection within ${timeoutMs} ms` };
  }
}

function outcomeFor(code: string | undefined, phase: ConnectionPhase | undefined): ProbeOutcome {
  if (phase === 'dns') return 'dns-error';
  if (code === undefined) return 'reset';
  if (TLS_UNTRUSTED_CODES.has(code)) return 'tls-untrusted';
  if (isTlsErrorCode(code)) return 'tls-error';
  if (DNS_CODES.has(code)) return 'dns-error';
  if (code === 'ECONNREFUSED') return 'connect-refused';
  if (CONNECT_FAILED_CODES.has(code)) {
    if (phase === 'tls') return 'tls-error';
    return phase === 'request' && code === 'ETIMEDOUT' ? 'timeout' : 'connect-timeout';
  }
  if (RESET_CODES.has(code) || code.startsWith('ERR_HTTP2_')) return 'reset';
  if (TIMEOUT_CODES.has(code)) return 'timeout';
  if (INVALID_RESPONSE_CODES.has(code) || code.startsWith('HPE_')) return 'invalid-response';
  return 'reset';
}

function isTlsErrorCode(code: string): boolean {
  return TLS_ERROR_CODES.has(code) || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_');
}

function isKnownCode(code: string): boolean {
  return (
    TLS_UNTRUSTED_CODES.has(code) ||
    isTlsErrorCode(code) ||
    DNS_CODES.has(code) ||
    code === 'ECONNREFUSED' ||
    CONNECT_FAILED_CODES.has(code) ||
    RESET_CODES.has(code) ||
    TIMEOUT_CODES.has(code) ||
    INVALID_RESPONSE_CODES.has(code) ||
    code.startsWith('HPE_') ||
    code.startsWith('ERR_HTTP2_')
  );
}

/**
 * Codes of the error, its causes and (for AggregateError) its parts,
 * outermost first. An error without a code stands in with its class name
 * when that is specific (not plain Error, TypeError, …).
 */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const pending: unknown[] = [error];
  const seen = new Set<unknown>();
  while (pending.length > 0 && seen.size < 16) {
    const current = pending.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const { code, name, cause, errors } = current as { code?: unknown; name?: unknown; cause?: unknown; errors?: unknown };
    const id = typeof code === 'string' && code.length > 0 ? code : typeof name === 'string' && !GENERIC_ERROR_NAMES.has(name) ? name : undefined;
    if (id !== undefined && !codes.includes(id)) codes.push(id);
    pending.push(cause);
    if (Array.isArray(errors)) pending.push(...(errors as unknown[]));
  }
  return codes;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    // Node's advice to the developer ("try running Node.js with --use-system-ca") is noise in evidence.
    if (error.message) return error.message.replace(/; if the root CA is installed locally.*$/s, '');
    const first = (error as { errors?: unknown }).errors;
    if (Array.isArray(first) && first[0] instanceof Error) return first[0].message;
    return error.name;
  }
  return String(error);
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > DETAIL_MAX ? `${line.slice(0, DETAIL_MAX - 1)}…` : line;
}
