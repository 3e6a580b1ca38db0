import type { DnsAnswerKind } from '../network-evidence.ts';

/** What one query (one name, one record type, one try) came back with. */
export type QueryOutcome =
  | { readonly kind: 'answer'; readonly addresses: readonly string[] }
  /** The name exists but has no record of this type (NOERROR, empty answer). */
  | { readonly kind: 'nodata' }
  | { readonly kind: 'nxdomain' | 'servfail' | 'refused' | 'error' | 'timeout'; readonly detail?: string };

/** How one resolver answered for one host name (the shape of `ResolverResult.answers`). */
export interface HostAnswer {
  readonly host: string;
  readonly kind: DnsAnswerKind;
  readonly addresses: readonly string[];
  readonly ms?: number;
}

const RANK: Record<QueryOutcome['kind'], number> = {
  answer: 6,
  nodata: 5,
  nxdomain: 4,
  servfail: 3,
  refused: 2,
  error: 1,
  timeout: 0,
};

/** True when the resolver itself said something (as opposed to silence or a local failure). */
export function cameFromServer(outcome: QueryOutcome): boolean {
  return outcome.kind !== 'timeout' && outcome.kind !== 'error';
}

/** The more telling of two outcomes: an answer over a refusal over silence. */
export function betterOutcome(first: QueryOutcome, second: QueryOutcome): QueryOutcome {
  return RANK[second.kind] > RANK[first.kind] ? second : first;
}

/**
 * One host's answer from its A and AAAA outcomes: `ok` with every address
 * (A first) if either had any; otherwise the most telling failure, a name
 * without addresses counting as `nxdomain`.
 */
export function combineOutcomes(host: string, outcomes: readonly QueryOutcome[], ms?: number): HostAnswer {
  const addresses: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind !== 'answer') continue;
    for (const address of outcome.addresses) if (!addresses.includes(address)) addresses.push(address);
  }
  const timing = ms === undefined ? {} : { ms };
  if (addresses.length > 0) return { host, kind: 'ok', addresses, ...timing };
  const best = outcomes.reduce<QueryOutcome>((chosen, outcome) => betterOutcome(chosen, outcome), { kind: 'timeout' });
  const kind: DnsAnswerKind = best.kind === 'nodata' || best.kind === 'answer' ? 'nxdomain' : best.kind;
  return { host, kind, addresses: [], ...timing };
}

/**
 * Classifies a `node:dns` error (c-ares codes for `Resolver`, getaddrinfo
 * codes for `lookup`). EAI_AGAIN is getaddrinfo's word for both "the server
 * said SERVFAIL" and "nobody answered"; callers that can tell them apart by
 * time do so (see the system resolver).
 */
export function outcomeOfDnsError(error: unknown): QueryOutcome {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const detail = code || (error instanceof Error ? error.message : String(error));
  switch (code) {
    case 'ENODATA':
      return { kind: 'nodata' };
    case 'ENOTFOUND':
      return { kind: 'nxdomain', detail };
    case 'ESERVFAIL':
      return { kind: 'servfail', detail };
    // EAI_FAIL is getaddrinfo's "non-recoverable failure" (the server answered
    // REFUSED, NOTIMP or FORMERR); ECONNREFUSED means nothing listens on the
    // resolver's port (ICMP port unreachable): either way we were turned away.
    case 'EREFUSED':
    case 'EAI_FAIL':
    case 'ECONNREFUSED':
      return { kind: 'refused', detail };
    case 'ETIMEOUT':
    case 'ETIMEDOUT':
    case 'ECANCELLED':
    case 'EAI_AGAIN':
      return { kind: 'timeout', detail };
    default:
      return { kind: 'error', detail };
  }
}

/**
 * The address a check connects to: the first IPv4 one if there is any, else
 * the first. IPv4 works on nearly every network, so an IPv6 address that
 * cannot be routed here never reads as a bad answer.
 */
export function preferredAddress(addresses: readonly string[]): string | undefined {
  return addresses.find((address) => !address.includes(':')) ?? addresses[0];
}
