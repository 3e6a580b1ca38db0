import { isIP, type LookupFunction } from 'node:net';
import tls, { type PeerCertificate, type TLSSocket } from 'node:tls';
import { trustContext } from '../../http/trust-context.ts';
import { parseHttpDate } from '../clock/parse-http-date.ts';
import { certificateName } from './certificate-name.ts';

/** Limits and trust for one {@link TlsInspector} call. */
export interface TlsInspectOptions {
  /** One deadline for connecting, the handshake and reading the `Date` header. */
  readonly timeoutMs: number;
  /** Cancels the inspection; what was seen so far is still returned. */
  readonly signal?: AbortSignal;
  /** PEM CAs trusted besides Node's default store; give the prober's, so `authorized` agrees with the probe. */
  readonly extraCaCertificates?: readonly string[];
  /** Name resolution; default the system resolver. */
  readonly lookup?: LookupFunction;
}

/** What the server presented on one TLS connection. */
export interface TlsInspection {
  /** True when the handshake finished and a certificate was seen; every other field but `error` needs it. */
  readonly completed: boolean;
  /** Display name (CN, else O, else OU) of the leaf certificate's issuer, e.g. "Contoso Web Filter Root". */
  readonly issuer?: string;
  /** Display name of the leaf certificate's subject. */
  readonly subject?: string;
  /** Start of the leaf certificate's validity, ISO 8601. */
  readonly validFrom?: string;
  /** End of the leaf certificate's validity, ISO 8601. */
  readonly validTo?: string;
  /** The certificate chain validated against the trust store and matched the host name. */
  readonly authorized: boolean;
  /** Why it did not validate (`CERT_HAS_EXPIRED`, `UNABLE_TO_VERIFY_LEAF_SIGNATURE`, `ERR_TLS_CERT_ALTNAME_INVALID`…). */
  readonly authorizationError?: string;
  /** The server's `Date` header, when it answered the HEAD with a valid HTTP date. */
  readonly serverDate?: string;
  /** Why the inspection did not complete (connection refused, no handshake in time, cancelled). */
  readonly error?: string;
}

/**
 * Opens one TLS connection to an https URL and reports the certificate the
 * server presented, whether it validated, and the server's `Date`. Never
 * rejects: a connection that fails is `completed: false` with `error`.
 */
export type TlsInspector = (url: string, options: TlsInspectOptions) => Promise<TlsInspection>;

/** Bytes of the answer read at most while looking for the end of its headers. */
const MAX_HEAD_BYTES = 16 * 1024;
const MAX_ERROR_LENGTH = 160;

/**
 * The real {@link TlsInspector}, on node:tls.
 *
 * The handshake runs with `rejectUnauthorized: false` so that a certificate
 * we would refuse can still be read; `authorized` and `authorizationError`
 * then say what the verification (chain, dates, host name) found. Nothing is
 * sent but a bare `HEAD / HTTP/1.1` with `Host` and `Connection: close`, to
 * read the `Date` header: no cookies, no credentials, no body. The connection
 * closes as soon as the answer's headers are in.
 *
 * When the deadline passes (or the signal aborts) after the handshake, the
 * certificate is still reported, only without `serverDate`.
 */
export const inspectTls: TlsInspector = (url, options) =>
  new Promise<TlsInspection>((resolve) => {
    const target = httpsTarget(url);
    if (target === undefined) {
      resolve({ completed: false, authorized: false, error: 'not an https URL' });
      return;
    }
    let presented: TlsInspection | undefined;
    let head = '';
    let settled = false;
    let socket: TLSSocket | undefined;

    const settle = (result: TlsInspection): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      socket?.destroy();
      resolve(result);
    };
    const unfinished = (error: string): TlsInspection => presented ?? { completed: false, authorized: false, error: oneLine(error) };
    const withDate = (): TlsInspection => {
      if (presented === undefined) return unfinished('connection closed before the handshake');
      const serverDate = dateHeader(head);
      return serverDate === undefined ? presented : { ...presented, serverDate };
    };
    const onAbort = (): void => settle(unfinished('cancelled'));

    const timer = setTimeout(() => settle(unfinished(`no TLS handshake within ${options.timeoutMs} ms`)), Math.max(0, options.timeoutMs));
    if (options.signal?.aborted === true) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    try {
      socket = tls.connect({
        host: target.host,
        port: target.port,
        // SNI carries names only; an IP literal is checked against the certificate's IP entries instead.
        ...(isIP(target.host) === 0 ? { servername: target.host } : {}),
        rejectUnauthorized: false,
        secureContext: trustContext(options.extraCaCertificates),
        ALPNProtocols: ['http/1.1'],
        ...(options.lookup !== undefined ? { lookup: options.lookup } : {}),
      });
    } catch (error) {
      settle(unfinished(errorText(error)));
      return;
    }
    const connection = socket;
    connection.once('secureConnect', () => {
      presented = describePresented(connection);
      connection.write(`HEAD / HTTP/1.1\r\nHost: ${target.hostHeader}\r\nConnection: close\r\n\r\n`);
    });
    connection.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (head.includes('\r\n\r\n') || head.length > MAX_HEAD_BYTES) settle(withDate());
    });
    connection.on('error', (error) => settle(presented === undefined ? unfinished(errorText(error)) : withDate()));
    connection.on('close', () => settle(withDate()));
  });

interface HttpsTarget {
  readonly host: string;
  readonly port: number;
  /** The `Host` header: host and any non-default port, IPv6 in brackets. */
  readonly hostHeader: string;
}

function httpsTarget(url: string): HttpsTarget | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || parsed.hostname === '') return undefined;
  return { host: parsed.hostname.replace(/^\[|\]$/g, ''), port: parsed.port === '' ? 443 : Number(parsed.port), hostHeader: parsed.host };
}

function describePresented(socket: TLSSocket): TlsInspection {
  const certificate: Partial<PeerCertificate> = socket.getPeerCertificate();
  const issuer = certificateName(certificate.issuer);
  const subject = certificateName(certificate.subject);
  const validFrom = isoDate(certificate.valid_from);
  const validTo = isoDate(certificate.valid_to);
  const reason = authorizationReason(socket);
  return {
    completed: true,
    authorized: socket.authorized,
    ...(issuer !== undefined ? { issuer } : {}),
    ...(subject !== undefined ? { subject } : {}),
    ...(validFrom !== undefined ? { validFrom } : {}),
    ...(validTo !== undefined ? { validTo } : {}),
    ...(!socket.authorized && reason !== undefined ? { authorizationError: reason } : {}),
  };
}

// Node sets the verification error's code (a string) here, though its types say Error.
function authorizationReason(socket: TLSSocket): string | undefined {
  const reason: unknown = socket.authorizationError;
  if (typeof reason === 'string' && reason !== '') return oneLine(reason);
  if (reason instanceof Error) return oneLine((reason as { code?: string }).code ?? reason.message);
  return undefined;
}

/** OpenSSL's `Jan  1 00:00:00 2020 GMT` as ISO 8601. */
function isoDate(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The `Date` header of an HTTP/1.x answer's head, when it holds a valid HTTP date. */
function dateHeader(head: string): string | undefined {
  const end = head.indexOf('\r\n\r\n');
  const lines = (end >= 0 ? head.slice(0, end) : head).split('\r\n');
  if (!/^HTTP\/1\.[01] \d{3}/.test(lines[0] ?? '')) return undefined;
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0 || line.slice(0, colon).trim().toLowerCase() !== 'date') continue;
    const value = line.slice(colon + 1).trim();
    return parseHttpDate(value) === undefined ? undefined : value;
  }
  return undefined;
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_ERROR_LENGTH ? `${line.slice(0, MAX_ERROR_LENGTH - 1)}…` : line;
}
