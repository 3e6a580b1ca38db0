/**
 * The one way core reads a small text document (a status page's JSON or feed)
 * over HTTP. It is injected so readers are tested without sockets, and the
 * real implementation caps bodies, bounds redirects and enforces a deadline.
 */
export interface HttpTextRequest {
  readonly url: string;
  /** Extra request headers, such as `If-None-Match`. Names are lower-case. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The whole request, redirects included, must finish within this. */
  readonly timeoutMs: number;
  /** Bodies longer than this are not read: the answer fails with `too-large`. */
  readonly maxBytes: number;
  readonly signal?: AbortSignal;
}

/** A complete answer. Header names are lower-case. */
export interface HttpTextResponse {
  readonly url: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Why a text request produced no answer. */
export type HttpTextErrorKind = 'timeout' | 'too-large' | 'network' | 'tls' | 'too-many-redirects' | 'aborted';

/** Thrown by an {@link HttpTextFetcher} when no complete answer arrived. */
export class HttpTextError extends Error {
  readonly kind: HttpTextErrorKind;
  constructor(kind: HttpTextErrorKind, message: string) {
    super(message);
    this.name = 'HttpTextError';
    this.kind = kind;
  }
}

/** Fetches one text document; rejects with {@link HttpTextError}. */
export type HttpTextFetcher = (request: HttpTextRequest) => Promise<HttpTextResponse>;
