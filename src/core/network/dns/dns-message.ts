/**
 * The parts of a DNS message (RFC 1035) the switch test reads. Names are
 * lower-case, without the trailing dot; a label byte that is not a letter,
 * digit, `-` or `_` is written `\DDD`, so a hostile label such as `a.b`
 * can never pass for the two labels `a` and `b`.
 */

/** Record types the switch test asks for or follows. */
export const DNS_TYPE = { A: 1, CNAME: 5, AAAA: 28 } as const;

/** The Internet class, the only one asked for. */
export const DNS_CLASS_IN = 1;

/** Response codes the switch test tells apart (RFC 1035 §4.1.1). */
export const DNS_RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;

/** The data of one answer record, decoded for the types that matter here. */
export type DnsRecordData =
  | { readonly kind: 'a'; readonly address: string }
  | { readonly kind: 'aaaa'; readonly address: string }
  | { readonly kind: 'cname'; readonly target: string }
  | { readonly kind: 'other' };

/** One resource record of the answer section. */
export interface DnsRecord {
  readonly name: string;
  readonly type: number;
  readonly class: number;
  readonly ttl: number;
  readonly data: DnsRecordData;
}

/** One entry of the question section. */
export interface DnsQuestion {
  readonly name: string;
  readonly type: number;
  readonly class: number;
}

/** A decoded message: header, questions and answers (authority and additional are not read). */
export interface DnsMessage {
  readonly id: number;
  readonly isResponse: boolean;
  readonly opcode: number;
  readonly truncated: boolean;
  readonly recursionAvailable: boolean;
  readonly rcode: number;
  readonly questions: readonly DnsQuestion[];
  readonly answers: readonly DnsRecord[];
}
