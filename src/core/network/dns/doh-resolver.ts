import type { Deadline } from '../../check/deadline.ts';
import { answerAddresses } from './answer-addresses.ts';
import { decodeDnsMessage } from './decode-dns-message.ts';
import { DNS_RCODE, DNS_TYPE } from './dns-message.ts';
import type { DohFetch } from './doh-fetch.ts';
import { encodeDnsQuery, isQueryableName, toBase64Url } from './encode-dns-query.ts';
import { combineOutcomes, type HostAnswer, type QueryOutcome } from './query-outcome.ts';

/** Errors that mean the DoH server never answered in time, as opposed to answering badly. */
const SILENT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * Asks one DoH resolver (RFC 8484, GET with `?dns=`) for each host's A and
 * AAAA records within `window`. One promise per host, in order; none
 * rejects: what cannot be asked or read is `error`, what did not come in
 * time is `timeout`.
 */
export function resolveOverDoh(
  resolverUrl: string,
  hosts: readonly string[],
  fetchDoh: DohFetch,
  window: Deadline,
  monotonicMs: () => number,
): Promise<HostAnswer>[] {
  const startedAt = monotonicMs();
  return hosts.map((host) => {
    const work = Promise.all([
      askDoh(resolverUrl, host, DNS_TYPE.A, fetchDoh, window.signal),
      askDoh(resolverUrl, host, DNS_TYPE.AAAA, fetchDoh, window.signal),
    ]).then((outcomes) => combineOutcomes(host, outcomes, Math.round(monotonicMs() - startedAt)));
    return window.race(work, (): HostAnswer => ({ host, kind: 'timeout', addresses: [], ms: Math.round(monotonicMs() - startedAt) }));
  });
}

async function askDoh(
  resolverUrl: string,
  host: string,
  type: typeof DNS_TYPE.A | typeof DNS_TYPE.AAAA,
  fetchDoh: DohFetch,
  signal: AbortSignal,
): Promise<QueryOutcome> {
  if (!isQueryableName(host) || !URL.canParse(resolverUrl)) return { kind: 'error', detail: 'cannot be asked' };
  const url = new URL(resolverUrl);
  url.searchParams.set('dns', toBase64Url(encodeDnsQuery({ name: host, type })));
  try {
    const response = await fetchDoh(url.href, signal);
    if (response.status !== 200) return { kind: 'error', detail: `HTTP ${response.status}` };
    const mediaType = response.contentType?.split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/dns-message') return { kind: 'error', detail: `content-type ${response.contentType ?? 'missing'}` };
    return readAnswer(response.body, host, type);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (signal.aborted || SILENT_CODES.has(code)) return { kind: 'timeout', detail: code || 'no answer in time' };
    return { kind: 'error', detail: code || (error instanceof Error ? error.message : String(error)) };
  }
}

/** Reads a DoH answer; anything that is not a response to our question is `error`. */
export function readAnswer(body: Uint8Array, host: string, type: typeof DNS_TYPE.A | typeof DNS_TYPE.AAAA): QueryOutcome {
  const decoded = decodeDnsMessage(body);
  if (!decoded.ok) return { kind: 'error', detail: decoded.reason };
  const message = decoded.message;
  const name = host.toLowerCase().replace(/\.$/, '');
  if (!message.isResponse || message.opcode !== 0 || message.id !== 0) return { kind: 'error', detail: 'not a response to our query' };
  const question = message.questions[0];
  if (message.questions.length > 1 || (question !== undefined && (question.name !== name || question.type !== type))) {
    return { kind: 'error', detail: 'answers another question' };
  }
  switch (message.rcode) {
    case DNS_RCODE.NOERROR: {
      const addresses = answerAddresses(message, name, type);
      return addresses.length > 0 ? { kind: 'answer', addresses } : { kind: 'nodata' };
    }
    case DNS_RCODE.NXDOMAIN:
      return { kind: 'nxdomain' };
    case DNS_RCODE.SERVFAIL:
      return { kind: 'servfail' };
    case DNS_RCODE.REFUSED:
      return { kind: 'refused' };
    default:
      return { kind: 'error', detail: `RCODE ${message.rcode}` };
  }
}
