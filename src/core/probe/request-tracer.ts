import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { isIP, type LookupFunction, type Socket } from 'node:net';
import type { buildConnector } from 'undici';
import type { ConnectionPhase } from './classify-error.ts';

/** Milestones of one connection opened by the prober's connector (ms, monotonic clock). */
export interface ConnectionTrace {
  readonly startedAt: number;
  readonly secure: boolean;
  /** False for an IP literal: there is nothing to resolve, so no DNS phase. */
  readonly resolvesName: boolean;
  lookupAt?: number;
  /** TCP connected. */
  connectedAt?: number;
  /** Ready for HTTP: TLS done for https, TCP connected for http. */
  readyAt?: number;
  remoteAddress?: string;
  /** Requests written to this connection so far. */
  requests: number;
}

/** One request of a probe (one hop of a redirect chain) as undici ran it. */
export interface HopTrace {
  readonly startedAt: number;
  /** undici's request object, claimed from `undici:request:create` during our dispatch. */
  request?: object;
  /** The connection undici opened for this request during its dispatch, if it opened one. */
  opened?: ConnectionTrace;
  /** The connection the request was written to (`undici:client:sendHeaders`). */
  used?: ConnectionTrace;
  /** True when the request went over a connection that was up before it started. */
  reused?: boolean;
  remoteAddress?: string;
  sentAt?: number;
  headersAt?: number;
  /** The error undici published on `undici:request:error`. */
  error?: unknown;
}

/** Per-phase durations of one hop, in ms; phases that did not happen are absent. */
export interface HopTimings {
  readonly dnsMs?: number;
  readonly connectMs?: number;
  readonly tlsMs?: number;
  readonly ttfbMs?: number;
}

/**
 * Follows the prober's requests and connections through undici's diagnostics
 * channels and the sockets' own events. One tracer per prober: it subscribes
 * once and unsubscribes on {@link RequestTracer.close}.
 */
export interface RequestTracer {
  /** Wraps undici's connector so every socket it opens is timed. */
  wrapConnector(connector: buildConnector.connector): buildConnector.connector;
  /**
   * Wraps the name lookup given to the connector, so the DNS phase is timed
   * even when a lookup answers synchronously (before any socket listener could
   * see its 'lookup' event). Node calls it synchronously inside the connect.
   */
  wrapLookup(lookup: LookupFunction): LookupFunction;
  /**
   * Runs `dispatch` (which calls undici) with `hop` as the claimant: the
   * request undici creates for it, and the connection undici opens for it,
   * belong to `hop`. undici creates the request synchronously inside
   * `dispatch`, or (when its pool holds requests back while an HTTPS
   * connection negotiates h1 or h2) later, in the async context of the
   * dispatch; an AsyncLocalStorage carries `hop` into both, so any number of
   * probes can run at once.
   */
  dispatch<T>(hop: HopTrace, dispatch: () => T): T;
  /** Stops listening; safe to call twice. */
  close(): void;
}

interface RequestMessage {
  readonly request: object;
}
interface SendHeadersMessage extends RequestMessage {
  readonly socket: Socket;
}
interface ErrorMessage extends RequestMessage {
  readonly error: unknown;
}

/** Creates a {@link RequestTracer}; `now` is a monotonic clock in ms. */
export function createRequestTracer(now: () => number = () => performance.now()): RequestTracer {
  const hops = new WeakMap<object, HopTrace>();
  const connections = new WeakMap<Socket, ConnectionTrace>();
  const claimant = new AsyncLocalStorage<HopTrace>();
  /** The connection being opened right now, for the lookup it triggers. */
  let connecting: ConnectionTrace | undefined;
  let open = true;

  const onCreate = (message: unknown): void => {
    const { request } = message as RequestMessage;
    const hop = claimant.getStore();
    if (hop !== undefined && hop.request === undefined) {
      hop.request = request;
      hops.set(request, hop);
    }
  };
  const onSendHeaders = (message: unknown): void => {
    const { request, socket } = message as SendHeadersMessage;
    const hop = hops.get(request);
    if (hop === undefined) return;
    const connection = connections.get(socket);
    hop.sentAt = now();
    hop.used = connection;
    hop.remoteAddress = socket.remoteAddress ?? connection?.remoteAddress;
    // A connection that was ready before this request started existed for
    // someone else (or sat idle in the pool): that is reuse even if this is its
    // first request, as when the probe that opened it gave up before it was up.
    hop.reused =
      connection === undefined ||
      connection.requests > 0 ||
      (connection.readyAt !== undefined && connection.readyAt <= hop.startedAt);
    if (connection !== undefined) connection.requests += 1;
  };
  const onHeaders = (message: unknown): void => {
    const hop = hops.get((message as RequestMessage).request);
    if (hop !== undefined) hop.headersAt ??= now();
  };
  const onError = (message: unknown): void => {
    const { request, error } = message as ErrorMessage;
    const hop = hops.get(request);
    if (hop !== undefined) hop.error ??= error;
  };

  const subscriptions: ReadonlyArray<readonly [string, (message: unknown) => void]> = [
    ['undici:request:create', onCreate],
    ['undici:client:sendHeaders', onSendHeaders],
    ['undici:request:headers', onHeaders],
    ['undici:request:error', onError],
  ];
  for (const [name, listener] of subscriptions) subscribe(name, listener);

  return {
    wrapConnector(connector) {
      // undici's connector returns the socket it creates, though its types say void.
      const connect = connector as unknown as (options: buildConnector.Options, callback: buildConnector.Callback) => Socket;
      return (options, callback) => {
        const trace: ConnectionTrace = {
          startedAt: now(),
          secure: options.protocol === 'https:',
          resolvesName: isIP(options.hostname) === 0,
          requests: 0,
        };
        // Only a hop still waiting for its connection can own a new one; the
        // context may also be that of an earlier hop whose socket callback
        // made undici reconnect.
        const hop = claimant.getStore();
        if (hop !== undefined && hop.opened === undefined && hop.sentAt === undefined) hop.opened = trace;
        // The callback fires when the connection is ready (secureConnect for
        // https, connect for http), before undici writes the first request.
        const ready = (...args: Parameters<buildConnector.Callback>): void => {
          if (args[0] === null) trace.readyAt = now();
          callback(...args);
        };
        let socket: Socket;
        connecting = trace;
        try {
          socket = connect(options, ready);
        } finally {
          connecting = undefined;
        }
        connections.set(socket, trace);
        socket.once('lookup', (error: Error | null) => {
          if (error === null) trace.lookupAt ??= now();
        });
        socket.once('connect', () => {
          trace.connectedAt = now();
          trace.remoteAddress = socket.remoteAddress;
        });
      };
    },
    wrapLookup(lookup) {
      const traced = (hostname: string, options: object, callback: (...args: unknown[]) => void): void => {
        const trace = connecting;
        lookup(hostname, options as Parameters<LookupFunction>[1], (...args: unknown[]) => {
          if (trace !== undefined && args[0] === null) trace.lookupAt ??= now();
          callback(...args);
        });
      };
      return traced as LookupFunction;
    },
    dispatch(hop, dispatch) {
      return claimant.run(hop, dispatch);
    },
    close() {
      if (!open) return;
      open = false;
      for (const [name, listener] of subscriptions) unsubscribe(name, listener);
    },
  };
}

/** The phase a hop was in: where it is stuck, or where it failed. */
export function hopPhase(hop: HopTrace | undefined): ConnectionPhase | undefined {
  if (hop === undefined) return undefined;
  if (hop.sentAt !== undefined) return 'request';
  const connection = hop.opened;
  if (connection === undefined) return undefined;
  if (connection.resolvesName && connection.lookupAt === undefined) return 'dns';
  if (connection.connectedAt === undefined && connection.readyAt === undefined) return 'connect';
  if (connection.secure && connection.readyAt === undefined) return 'tls';
  return 'request';
}

/**
 * Phase durations of a hop. A fresh connection gives DNS (names only),
 * connect and TLS (https only), as far as it got; a reused one gives none.
 * `ttfbMs` runs from the hop's start to its response headers, so on a fresh
 * connection it includes the connection's phases.
 */
export function hopTimings(hop: HopTrace | undefined): HopTimings {
  if (hop === undefined) return {};
  const timings: { dnsMs?: number; connectMs?: number; tlsMs?: number; ttfbMs?: number } = {};
  const connection = hop.reused === true ? undefined : (hop.used ?? hop.opened);
  if (connection !== undefined) {
    const { startedAt, lookupAt, readyAt, secure } = connection;
    // For http, ready is the TCP connect, and undici's own 'connect' listener
    // (which calls back) runs before ours.
    const connectedAt = secure ? connection.connectedAt : (readyAt ?? connection.connectedAt);
    if (connection.resolvesName && lookupAt !== undefined) timings.dnsMs = roundMs(lookupAt - startedAt);
    if (connectedAt !== undefined) timings.connectMs = roundMs(connectedAt - (lookupAt ?? startedAt));
    if (secure && connectedAt !== undefined && readyAt !== undefined) timings.tlsMs = roundMs(readyAt - connectedAt);
  }
  if (hop.headersAt !== undefined) timings.ttfbMs = roundMs(hop.headersAt - hop.startedAt);
  return timings;
}

/** Rounds a duration to 0.1 ms: finer is noise, coarser hides loopback and LAN phases. */
export function roundMs(ms: number): number {
  return Math.max(0, Math.round(ms * 10) / 10);
}
