import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { createHttpTextFetcher } from '../http/fetch-text.ts';
import type { HttpTextFetcher } from '../http/http-text-fetcher.ts';
import { trustContext } from '../http/trust-context.ts';
import { createHttpProbe, type ProbeRunOptions, type ProbeTarget } from './http-probe.ts';
import type { ProbeResult } from './probe-result.ts';
import { createRequestTracer } from './request-tracer.ts';

/** How a {@link Prober} connects. Every field has a default. */
export interface ProberOptions {
  /** PEM CA certificates trusted in addition to Node's default store. */
  readonly extraCaCertificates?: readonly string[];
  /** Redirects followed per probe or text fetch; one more is a `redirect-loop`. Default 5. */
  readonly maxRedirects?: number;
  /** Default {@link DEFAULT_USER_AGENT}. */
  readonly userAgent?: string;
  /**
   * How long an idle connection is kept for the next probe when the server
   * gives no `Keep-Alive` hint. Default {@link DEFAULT_KEEP_ALIVE_TIMEOUT_MS}.
   */
  readonly keepAliveTimeoutMs?: number;
  /**
   * Name resolution for every connection; default the system resolver.
   * Injecting one lets the network diagnosis probe a service at the address
   * another resolver gave, and lets tests resolve names without DNS. Node may
   * call it with `{ all: true }`.
   */
  readonly lookup?: LookupFunction;
}

/** Probes services and fetches status pages over one shared connection pool. */
export interface Prober {
  /** Probes one URL once. Never rejects: every failure is an outcome. */
  probe(spec: ProbeTarget, options: ProbeRunOptions): Promise<ProbeResult>;
  /** Reads a status page's text; rejects with HttpTextError. */
  readonly fetchText: HttpTextFetcher;
  /** Ends running probes and fetches, closes every connection, stops tracing. */
  close(): Promise<void>;
}

/** The default `User-Agent`: says what we are, so operators can tell probes apart. */
export const DEFAULT_USER_AGENT = 'StatusDoctor (service availability check)';

/**
 * Default idle keep-alive: a little over the default probe interval
 * (60 s ± 10 %), so each probe can reuse the last one's connection when the
 * server allows it. Servers that close sooner simply cost a new handshake.
 */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 70_000;

/** Upper bound for undici's own connect timer; the probe's deadline usually ends it sooner. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Creates a prober: one undici Agent (keep-alive, TLS trust = Node's default
 * store + `extraCaCertificates`) shared by {@link Prober.probe} and
 * {@link Prober.fetchText}, and one request tracer that times each request's
 * DNS, connect, TLS and first-byte phases through undici's diagnostics
 * channels and the sockets' own events.
 */
export function createProber(options: ProberOptions = {}): Prober {
  const maxRedirects = options.maxRedirects ?? 5;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const keepAliveTimeout = options.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS;
  if (!Number.isInteger(maxRedirects) || maxRedirects < 0) throw new RangeError('maxRedirects must be a whole number ≥ 0');

  const tracer = createRequestTracer();
  const connector = buildConnector({
    // One context for every connection: building it parses ~150 CA
    // certificates, which would otherwise cost each new connection ~15 ms.
    secureContext: trustContext(options.extraCaCertificates),
    timeout: CONNECT_TIMEOUT_MS,
    autoSelectFamily: true,
    lookup: tracer.wrapLookup(options.lookup ?? dnsLookup),
  });
  const agent = new Agent({
    connect: tracer.wrapConnector(connector),
    // HTTP/1.1 only. With HTTP/2 allowed, undici queues every request to an
    // origin onto the one connection still negotiating, so a second attempt
    // meant to go around a stalled handshake (see probeWithConfirmation)
    // waits behind it instead; on a lossy link that turned 30 % loss into
    // false outages. A HEAD probe gains nothing from multiplexing.
    allowH2: false,
    keepAliveTimeout,
    keepAliveMaxTimeout: Math.max(keepAliveTimeout, 600_000),
  });
  const closing = new AbortController();

  const probe = createHttpProbe({ dispatcher: agent, tracer, maxRedirects, userAgent, closed: closing.signal });
  const fetchText = createHttpTextFetcher({ dispatcher: agent, maxRedirects, userAgent, closed: closing.signal });
  let closed: Promise<void> | undefined;

  return {
    probe,
    fetchText,
    close() {
      closed ??= (async () => {
        closing.abort();
        tracer.close();
        await agent.destroy();
      })();
      return closed;
    },
  };
}
