import { ProxyAgent, request } from 'undici';
import { trustedCaCertificates } from '../../http/trust-store.ts';

/**
 * What one request through a proxy got: the HTTP status (from the target,
 * or from the proxy itself), or an error code: `refused` (the proxy port is
 * closed), `timeout`, `proxy-status-NNN` (the proxy answered NNN instead of
 * opening a tunnel, or 407 to a plain request), `proxy-not-found` (its name does not
 * resolve), or another error code (a TLS failure, say).
 */
export interface ProxyProbeResult {
  readonly status?: number;
  readonly error?: string;
}

/** Sends one request to `targetUrl` through the proxy at `proxyUrl`; never rejects. */
export type ProxyProbe = (proxyUrl: string, targetUrl: string, timeoutMs: number) => Promise<ProxyProbeResult>;

/** Options of {@link createProxyProbe}. */
export interface ProxyProbeOptions {
  /** Extra CA certificates (PEM) trusted for the target, e.g. `tls.extraCaFile`. */
  readonly extraCaCertificates?: readonly string[];
  readonly userAgent?: string;
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function classify(error: unknown, timedOut: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  // A refused CONNECT: "Proxy response (407) !== 200 when HTTP Tunneling";
  // a 407 to a plain request: "Proxy Authentication Required (407)".
  const tunnelStatus = /Proxy response \((\d{3})\)/.exec(message)?.[1] ?? /Proxy Authentication Required \((407)\)/.exec(message)?.[1];
  if (tunnelStatus !== undefined) return `proxy-status-${tunnelStatus}`;
  const code = errorCode(error);
  if (code === 'ECONNREFUSED') return 'refused';
  if (timedOut || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'ETIMEDOUT') return 'timeout';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'proxy-not-found';
  return code ?? (error instanceof Error ? error.name : 'error');
}

/**
 * Creates the real {@link ProxyProbe} on undici's ProxyAgent: a HEAD
 * request, through a CONNECT tunnel for https targets (and as an
 * absolute-form request for http ones), bounded by `timeoutMs` as a whole.
 * The agent is closed afterwards.
 */
export function createProxyProbe(options: ProxyProbeOptions = {}): ProxyProbe {
  const ca = trustedCaCertificates(options.extraCaCertificates ?? []);
  return async (proxyUrl, targetUrl, timeoutMs) => {
    const budget = Math.max(1, timeoutMs);
    let agent: ProxyAgent;
    try {
      agent = new ProxyAgent({ uri: proxyUrl, connectTimeout: budget, requestTls: { ca } });
    } catch (error) {
      return { error: classify(error, false) };
    }
    // The deadline is kept here rather than with an AbortSignal: undici does
    // not pass a request's signal on to the CONNECT it sends the proxy, so a
    // proxy that never answers the CONNECT would hold the request for
    // minutes. Destroying the agent ends everything, the tunnel included.
    const attempt: Promise<ProxyProbeResult> = request(targetUrl, {
      dispatcher: agent,
      method: 'HEAD',
      headers: options.userAgent !== undefined ? { 'user-agent': options.userAgent } : {},
      headersTimeout: budget,
    }).then(
      async (response) => {
        // A HEAD answer has no body; dump() ends the stream cleanly so that
        // closing the agent afterwards aborts nothing still in flight.
        response.body.on('error', () => undefined);
        await response.body.dump().catch(() => undefined);
        return { status: response.statusCode };
      },
      (error: unknown) => ({ error: classify(error, false) }),
    );
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<ProxyProbeResult>((resolve) => {
      timer = setTimeout(() => resolve({ error: 'timeout' }), budget);
    });
    try {
      return await Promise.race([attempt, timedOut]);
    } finally {
      clearTimeout(timer);
      agent.destroy().catch(() => undefined);
    }
  };
}

/** The {@link ProxyProbe} with Node's default CAs. */
export const probeThroughProxy: ProxyProbe = createProxyProbe();
