import type { DnsAnswerKind } from '../../network/network-evidence.ts';

// The parameters of the guidance dictionaries' sentences. Every value is
// already formatted for the reader's language (numbers, durations, dates,
// lists), so the dictionaries only arrange words.

/** What a sentence about one probe is given. */
export interface ProbeSentenceParams {
  /** The service's name. */
  readonly name: string;
  /** The probed host. */
  readonly host: string;
  /** The HTTP status, when there was one. */
  readonly status?: string;
  /** How long the probe took, formatted. */
  readonly took: string;
  /** How many checks in a row saw the same, when more than one. */
  readonly times?: string;
  readonly cfRay?: string;
  /** The edge network in front of the service ("Cloudflare"). */
  readonly edge?: string;
  /** The wait the service asked for, formatted. */
  readonly retryAfter?: string;
  /** An error code (CERT_HAS_EXPIRED…). */
  readonly code?: string;
}

/** A DNS failure kind other than success. */
export type DnsFailureKind = Exclude<DnsAnswerKind, 'ok'>;

/** One way the user's DNS server failed, and for which host names (a formatted list). */
export interface DnsFailureParams {
  readonly kind: DnsFailureKind;
  readonly hosts: string;
}

/** The names a verdict is about: a formatted list and how many. */
export interface NamesParams {
  readonly names: string;
  readonly count: number;
}

/** Browser instructions are written per browser; the OS picks which browsers. */
export type BrowserName = 'chrome' | 'edge' | 'firefox' | 'safari';
