/**
 * What one HTTP probe of a service found. The outcome taxonomy is the public
 * contract of DESIGN.md ("Probe outcomes"); everything else is evidence.
 */
export const PROBE_OUTCOMES = [
  'ok',
  'auth-required',
  'challenge',
  'rate-limited',
  'http-5xx',
  'edge-origin-error',
  'timeout',
  'dns-error',
  'connect-refused',
  'connect-timeout',
  'reset',
  'tls-error',
  'tls-untrusted',
  'redirect-loop',
  'invalid-response',
] as const;

/** One of the probe outcomes of DESIGN.md. */
export type ProbeOutcome = (typeof PROBE_OUTCOMES)[number];

/**
 * Per-phase timings in milliseconds. Phases that did not happen (a reused
 * connection has no DNS, connect or TLS phase; plain HTTP has no TLS) are absent.
 */
export interface ProbeTimings {
  readonly dnsMs?: number;
  readonly connectMs?: number;
  readonly tlsMs?: number;
  readonly ttfbMs?: number;
  readonly totalMs: number;
}

/** Identifiers an edge network (Cloudflare and the like) attached to the answer. */
export interface ProbeEdge {
  readonly cfRay?: string;
  readonly server?: string;
}

/** The result of probing one URL once. */
export interface ProbeResult {
  readonly url: string;
  readonly method: 'HEAD' | 'GET';
  readonly outcome: ProbeOutcome;
  /** HTTP status of the final answer, when there was one. */
  readonly status?: number;
  readonly timings: ProbeTimings;
  readonly edge?: ProbeEdge;
  /** Seconds from a 429/503 `Retry-After`, when the service sent one. */
  readonly retryAfterSeconds?: number;
  /** True when the request went over a connection kept from an earlier probe. */
  readonly connectionReused?: boolean;
  /** The peer address the request went to, when known. */
  readonly remoteAddress?: string;
  /**
   * Each redirect target, in order. For `redirect-loop` the last one is the
   * target that was not followed (the repeated URL, or one past the limit).
   */
  readonly redirects?: readonly string[];
  /**
   * A one-line technical detail (error code, TLS reason) for the evidence view.
   * When a request failed with an error it starts with the error's code
   * (`CERT_HAS_EXPIRED: …`); the code alone is in `errorCode`.
   */
  readonly detail?: string;
  /** The error code behind a failure (`CERT_HAS_EXPIRED`, `ECONNRESET`, `ENOTFOUND`…), when there was one. */
  readonly errorCode?: string;
}

/** Outcomes that show the service itself answered, even if not with 200. */
export const SERVICE_REACHABLE_OUTCOMES: ReadonlySet<ProbeOutcome> = new Set([
  'ok',
  'auth-required',
  'challenge',
  'rate-limited',
]);
