import { hasSubscribers } from 'node:diagnostics_channel';
import { describe, expect, it } from 'vitest';
import { createRequestTracer, hopPhase, hopTimings, type ConnectionTrace, type HopTrace } from '../../../src/core/probe/request-tracer.ts';

const connection = (overrides: Partial<ConnectionTrace>): ConnectionTrace => ({
  startedAt: 100,
  secure: true,
  resolvesName: true,
  requests: 0,
  ...overrides,
});

describe('hopPhase', () => {
  it('says where a request is stuck', () => {
    expect(hopPhase(undefined)).toBeUndefined();
    expect(hopPhase({ startedAt: 100 })).toBeUndefined();
    expect(hopPhase({ startedAt: 100, opened: connection({}) })).toBe('dns');
    expect(hopPhase({ startedAt: 100, opened: connection({ lookupAt: 110 }) })).toBe('connect');
    expect(hopPhase({ startedAt: 100, opened: connection({ resolvesName: false }) })).toBe('connect');
    expect(hopPhase({ startedAt: 100, opened: connection({ lookupAt: 110, connectedAt: 120 }) })).toBe('tls');
    expect(hopPhase({ startedAt: 100, opened: connection({ lookupAt: 110, connectedAt: 120, readyAt: 130 }), sentAt: 131 })).toBe('request');
  });
});

describe('hopTimings', () => {
  it('splits a fresh HTTPS connection into DNS, connect, TLS and first byte', () => {
    const used = connection({ lookupAt: 103, connectedAt: 112, readyAt: 133 });
    const hop: HopTrace = { startedAt: 100, used, reused: false, sentAt: 133, headersAt: 180 };
    expect(hopTimings(hop)).toEqual({ dnsMs: 3, connectMs: 9, tlsMs: 21, ttfbMs: 80 });
  });

  it('gives a reused connection no DNS, connect or TLS phase', () => {
    const used = connection({ lookupAt: 3, connectedAt: 12, readyAt: 33, requests: 1 });
    expect(hopTimings({ startedAt: 1000, used, reused: true, headersAt: 1040.04 })).toEqual({ ttfbMs: 40 });
  });

  it('has no DNS phase for an IP literal and no TLS phase for plain HTTP', () => {
    const used = connection({ secure: false, resolvesName: false, readyAt: 104.26 });
    expect(hopTimings({ startedAt: 100, used, reused: false, headersAt: 110 })).toEqual({ connectMs: 4.3, ttfbMs: 10 });
  });

  it('keeps the phases a failed connection got through', () => {
    const opened = connection({ lookupAt: 102, connectedAt: 105 });
    expect(hopTimings({ startedAt: 100, opened })).toEqual({ dnsMs: 2, connectMs: 3 });
  });
});

describe('createRequestTracer', () => {
  it('subscribes once and leaves nothing behind on close', () => {
    const channels = ['undici:request:create', 'undici:client:sendHeaders', 'undici:request:headers', 'undici:request:error'];
    const tracers = Array.from({ length: 50 }, () => createRequestTracer());
    for (const name of channels) expect(hasSubscribers(name)).toBe(true);
    for (const tracer of tracers) {
      tracer.close();
      tracer.close();
    }
    for (const name of channels) expect(hasSubscribers(name)).toBe(false);
  });
});
