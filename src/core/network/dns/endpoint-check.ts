import { request as httpRequest } from 'node:http';
import { connect as tlsConnect, type SecureContext } from 'node:tls';
import { DEFAULT_USER_AGENT } from '../../probe/create-prober.ts';

/** Whether an address really serves a host name. */
export interface EndpointCheckResult {
  /** TLS: the certificate validated for the name against our trust store. Plain HTTP: the address answered HTTP. */
  readonly validated: boolean;
  /** Why not, when known: a TLS error code (CERT_HAS_EXPIRED, …), ECONNREFUSED, ETIMEDOUT… */
  readonly errorCode?: string;
}

/** A TLS handshake to `address:port` presenting `servername` (SNI), validated for that name. Never rejects. */
export type TlsHandshake = (address: string, port: number, servername: string, timeoutMs: number) => Promise<EndpointCheckResult>;

/** A TCP connect and `HEAD path` with `Host: host` to `address:port`, for plain-http services. Never rejects. */
export type HttpHeadCheck = (address: string, port: number, host: string, path: string, timeoutMs: number) => Promise<EndpointCheckResult>;

const errorCodeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'ERROR';

/**
 * The real TLS check: a handshake validated against `secureContext()`'s CAs
 * with the host name checked against the certificate, then the connection
 * is dropped (no request is sent). A timeout reads as not validated.
 */
export function createTlsHandshake(secureContext: () => SecureContext): TlsHandshake {
  return (address, port, servername, timeoutMs) =>
    new Promise((resolve) => {
      let settled = false;
      const socket = tlsConnect({ host: address, port, servername, secureContext: secureContext(), rejectUnauthorized: true, ALPNProtocols: ['h2', 'http/1.1'] });
      const finish = (result: EndpointCheckResult): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        resolve(result);
      };
      const timer = setTimeout(() => finish({ validated: false, errorCode: 'ETIMEDOUT' }), Math.max(0, timeoutMs));
      // With rejectUnauthorized a bad chain or name arrives as 'error'; `authorized` is checked anyway.
      socket.once('secureConnect', () => finish(socket.authorized ? { validated: true } : { validated: false, errorCode: String(socket.authorizationError) }));
      socket.once('error', (error) => finish({ validated: false, errorCode: errorCodeOf(error) }));
    });
}

/** The real plain-HTTP check: any HTTP answer to HEAD counts (plain HTTP proves no identity). */
export const httpHeadCheck: HttpHeadCheck = (address, port, host, path, timeoutMs) =>
  new Promise((resolve) => {
    let settled = false;
    const request = httpRequest({
      host: address,
      port,
      method: 'HEAD',
      path,
      agent: false,
      setHost: false,
      headers: { host: port === 80 ? host : `${host}:${port}`, 'user-agent': DEFAULT_USER_AGENT },
    });
    const finish = (result: EndpointCheckResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ validated: false, errorCode: 'ETIMEDOUT' }), Math.max(0, timeoutMs));
    request.once('response', (response) => {
      response.resume();
      finish({ validated: true });
    });
    request.once('error', (error) => finish({ validated: false, errorCode: errorCodeOf(error) }));
    request.end();
  });
