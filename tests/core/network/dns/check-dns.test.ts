import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkDns, type DnsCheckDependencies, type DnsCheckRequest } from '../../../../src/core/network/dns/check-dns.ts';
import { decideNetworkState } from '../../../../src/core/network/decide-network-state.ts';
import type { ResolverResult } from '../../../../src/core/network/network-evidence.ts';
import { startDnsTestServer, type DnsTestServer } from '../../../support/dns-test-server.ts';
import { startDohTestServer, type DohTestServer } from '../../../support/doh-test-server.ts';
import { startLoopbackEdge, type LoopbackEdge } from '../../../support/loopback-edge.ts';
import { fakeLookup, serviceAt, startSilentTwin, startTwin, type FakeLookupRule, type TwinServer } from './dns-check-fixtures.ts';

// The switch test end to end against servers on 127.0.0.1: a UDP resolver,
// a DoH resolver, the loopback edge (a certificate valid for `localhost`)
// and "twins" on 127.0.0.x at the edge's port playing other edges or
// impostors. The system resolver (getaddrinfo) is faked: it cannot be
// pointed at a test server.

let edge: LoopbackEdge;
let port: number;
/** 127.0.0.2: a certificate from a CA nobody trusts (a rewrite to a block page). */
let impostor: TwinServer;
/** 127.0.0.3: a valid certificate, but the service's edge answers 502 there. */
let brokenEdge: TwinServer;
/** 127.0.0.4: a valid certificate and 200 (another healthy CDN edge). */
let otherEdge: TwinServer;
/** 127.0.0.5: nothing listens. */
const DEAD_ADDRESS = '127.0.0.5';
/** 127.0.0.6: accepts TCP, never answers (TLS hangs). */
let silent: TwinServer;

beforeAll(async () => {
  edge = await startLoopbackEdge();
  port = Number(new URL(edge.httpsUrl).port);
  impostor = await startTwin('127.0.0.2', port, 'untrusted', 200);
  brokenEdge = await startTwin('127.0.0.3', port, 'valid', 502);
  otherEdge = await startTwin('127.0.0.4', port, 'valid', 200);
  silent = await startSilentTwin('127.0.0.6', port);
});

afterAll(async () => {
  await Promise.all([edge?.close(), impostor?.close(), brokenEdge?.close(), otherEdge?.close(), silent?.close()]);
});

let udp: DnsTestServer;
let doh: DohTestServer;
const started: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

/** Fresh UDP and DoH resolvers that both answer `localhost` with 127.0.0.1 unless told otherwise. */
async function startResolvers(options: { http2Only?: boolean } = {}): Promise<void> {
  udp = await startDnsTestServer();
  doh = await startDohTestServer({ ...(options.http2Only ? { http2Only: true } : {}) });
  started.push(udp, doh);
  udp.zone.set('localhost', { a: ['127.0.0.1'] });
  doh.zone.set('localhost', { a: ['127.0.0.1'] });
}

const serviceUrl = (): string => `https://localhost:${port}/ok`;

function run(system: FakeLookupRule, options: { timeoutMs?: number; signal?: AbortSignal; request?: Partial<DnsCheckRequest>; deps?: DnsCheckDependencies } = {}) {
  const request: DnsCheckRequest = {
    services: [serviceAt('chat', serviceUrl())],
    publicResolvers: [udp.server],
    dohResolvers: [doh.url],
    timeoutMs: options.timeoutMs ?? 3000,
    ...(options.signal ? { signal: options.signal } : {}),
    ...options.request,
  };
  return checkDns(request, { lookup: fakeLookup({ localhost: system }), extraCaCertificates: [edge.caCertificatePem], ...options.deps });
}

const kinds = (result: ResolverResult): string[] => result.answers.map((answer) => answer.kind);

describe('a healthy network', () => {
  it('resolves everywhere, validates the alternatives and says switching would not help', async () => {
    await startResolvers();
    const startedAt = performance.now();
    const { dns, regional } = await run(['127.0.0.1']);
    expect(performance.now() - startedAt).toBeLessThan(1000);
    expect(dns.completed).toBe(true);
    expect(dns.system).toMatchObject({ resolver: 'system', transport: 'system', answers: [{ host: 'localhost', kind: 'ok', addresses: ['127.0.0.1'] }] });
    expect(dns.system.tlsValidated).toBeUndefined();
    expect(dns.alternatives).toMatchObject([
      { resolver: udp.server, transport: 'udp', tlsValidated: true, answers: [{ host: 'localhost', kind: 'ok', addresses: ['127.0.0.1'] }] },
      { resolver: doh.url, transport: 'doh', tlsValidated: true, answers: [{ host: 'localhost', kind: 'ok', addresses: ['127.0.0.1'] }] },
    ]);
    expect(dns.switchWouldHelp).toBe(false);
    expect(regional).toEqual({ completed: true, services: [] });
  });

  it('does not call a CDN handing out other addresses a rewrite when TLS validates there', async () => {
    await startResolvers();
    const { dns, regional } = await run([otherEdge.address]);
    expect(kinds(dns.system)).toEqual(['ok']);
    expect(dns.system.tlsValidated).toBe(true);
    expect(dns.switchWouldHelp).toBe(false);
    expect(regional.services).toEqual([]);
  });
});

describe('a failing system resolver', () => {
  it('times out while a public resolver answers with an address whose TLS validates: switching would help', async () => {
    await startResolvers();
    const startedAt = performance.now();
    const { dns } = await run('hang', { timeoutMs: 1500 });
    expect(performance.now() - startedAt).toBeLessThan(1600);
    expect(kinds(dns.system)).toEqual(['timeout']);
    expect(dns.alternatives.every((alternative) => alternative.tlsValidated === true)).toBe(true);
    expect(dns.switchWouldHelp).toBe(true);
    expect(decideNetworkState({ dns }).state).toBe('dns-failure');
  });

  it('answers SERVFAIL (EAI_AGAIN at once)', async () => {
    await startResolvers();
    const { dns } = await run({ error: 'EAI_AGAIN' });
    expect(kinds(dns.system)).toEqual(['servfail']);
    expect(dns.switchWouldHelp).toBe(true);
  });

  it('says the name does not exist (ENOTFOUND) while public resolvers know it', async () => {
    await startResolvers();
    const { dns } = await run({ error: 'ENOTFOUND' });
    expect(kinds(dns.system)).toEqual(['nxdomain']);
    expect(dns.switchWouldHelp).toBe(true);
  });

  it('rewrites the name to an address whose certificate does not validate', async () => {
    await startResolvers();
    const { dns, regional } = await run([impostor.address]);
    expect(dns.system.answers).toMatchObject([{ kind: 'rewritten', addresses: [impostor.address] }]);
    expect(dns.system.tlsValidated).toBe(false);
    expect(dns.switchWouldHelp).toBe(true);
    expect(regional.services).toEqual([]);
    expect(decideNetworkState({ dns }).state).toBe('dns-failure');
  });

  it('rewrites the name to an address where nothing answers', async () => {
    await startResolvers();
    const { dns, regional } = await run([DEAD_ADDRESS]);
    expect(kinds(dns.system)).toEqual(['rewritten']);
    expect(dns.switchWouldHelp).toBe(true);
    expect(regional.services).toEqual([]);
  });
});

describe('plain DNS blocked', () => {
  it('finds UDP resolvers silent and DoH working (over HTTP/2 only): secure DNS would help', async () => {
    await startResolvers({ http2Only: true });
    udp.zone.set('localhost', { drop: true });
    const { dns } = await run({ error: 'EAI_AGAIN', afterMs: 1000 }, { timeoutMs: 2000 });
    expect(kinds(dns.system)).toEqual(['timeout']);
    expect(dns.alternatives).toMatchObject([
      { transport: 'udp', tlsValidated: false, answers: [{ kind: 'timeout', addresses: [] }] },
      { transport: 'doh', tlsValidated: true, answers: [{ kind: 'ok', addresses: ['127.0.0.1'] }] },
    ]);
    expect(doh.requests.every((request) => request.httpVersion === '2.0' && request.accept === 'application/dns-message')).toBe(true);
    expect(dns.switchWouldHelp).toBe(true);
    expect(decideNetworkState({ dns }).state).toBe('dns-blocked');
  });
});

describe('everything failing', () => {
  it('reports each failure and never claims a switch would help', async () => {
    await startResolvers();
    udp.zone.set('localhost', { fail: 'servfail' });
    const doh500 = await startDohTestServer({ mode: 'http-500' });
    const dohGarbage = await startDohTestServer({ mode: 'garbage' });
    const dohPortal = await startDohTestServer({ mode: 'wrong-content-type' });
    started.push(doh500, dohGarbage, dohPortal);
    const refusing = await startDnsTestServer();
    started.push(refusing);
    refusing.zone.set('localhost', { fail: 'refused' });

    const { dns } = await run(
      { error: 'ENOTFOUND' },
      { request: { publicResolvers: [udp.server, refusing.server, 'not-an-address'], dohResolvers: [doh500.url, dohGarbage.url, dohPortal.url] } },
    );
    expect(dns.completed).toBe(true);
    expect(kinds(dns.system)).toEqual(['nxdomain']);
    expect(dns.alternatives.map((alternative) => [alternative.resolver, ...kinds(alternative)])).toEqual([
      [udp.server, 'servfail'],
      [refusing.server, 'refused'],
      ['not-an-address', 'error'],
      [doh500.url, 'error'],
      [dohGarbage.url, 'error'],
      [dohPortal.url, 'error'],
    ]);
    expect(dns.alternatives.some((alternative) => alternative.tlsValidated)).toBe(false);
    expect(dns.switchWouldHelp).toBe(false);
  });

  it('does not count an alternative whose address fails TLS as a way out', async () => {
    await startResolvers();
    udp.zone.set('localhost', { a: [impostor.address] });
    doh.zone.set('localhost', { a: [impostor.address] });
    const { dns } = await run('hang', { timeoutMs: 1500 });
    expect(dns.alternatives.map((alternative) => alternative.tlsValidated)).toEqual([false, false]);
    expect(dns.switchWouldHelp).toBe(false);
    expect(decideNetworkState({ dns }).state).not.toMatch(/^dns-/);
  });
});

describe('packet loss and deadlines', () => {
  it('still gets a UDP answer at once when the first packet is lost, thanks to the parallel tries', async () => {
    await startResolvers();
    udp.zone.set('localhost', { a: ['127.0.0.1'], dropFirst: true });
    const { dns } = await run(['127.0.0.1'], { timeoutMs: 4000 });
    const answer = dns.alternatives[0]?.answers[0];
    expect(answer).toMatchObject({ kind: 'ok', addresses: ['127.0.0.1'] });
    // Without the second try this query would wait out the resolver window (2.4 s).
    expect(answer?.ms).toBeLessThan(500);
    expect(udp.zone.queries.filter((query) => query.dropped)).toHaveLength(1);
  });

  it('returns timeout for resolvers that never answer, within timeoutMs + 100 ms', async () => {
    await startResolvers();
    udp.zone.set('localhost', { drop: true });
    doh.zone.set('localhost', { drop: true });
    const startedAt = performance.now();
    const { dns, regional } = await run('hang', { timeoutMs: 800 });
    const elapsed = performance.now() - startedAt;
    expect(elapsed).toBeGreaterThanOrEqual(400);
    expect(elapsed).toBeLessThan(900);
    expect(dns.completed).toBe(true);
    expect([dns.system, ...dns.alternatives].flatMap(kinds)).toEqual(['timeout', 'timeout', 'timeout']);
    expect(dns.switchWouldHelp).toBe(false);
    expect(regional.completed).toBe(true);
  });

  it('ends hanging TLS checks and regional probes at the deadline', async () => {
    await startResolvers();
    const startedAt = performance.now();
    // The system's address accepts TCP and then says nothing: its TLS check and its regional probe both hang.
    const { dns, regional } = await run([silent.address], { timeoutMs: 1000 });
    const elapsed = performance.now() - startedAt;
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(1100);
    expect(dns.system).toMatchObject({ tlsValidated: false, answers: [{ kind: 'rewritten', addresses: [silent.address] }] });
    expect(dns.switchWouldHelp).toBe(true);
    expect(regional).toEqual({ completed: true, services: [] });
  });

  it('reports an alternative whose address hangs in TLS as not validated, by the deadline', async () => {
    await startResolvers();
    udp.zone.set('localhost', { a: [silent.address] });
    const startedAt = performance.now();
    const { dns } = await run('hang', { timeoutMs: 1000 });
    expect(performance.now() - startedAt).toBeLessThan(1100);
    expect(dns.alternatives.map((alternative) => alternative.tlsValidated)).toEqual([false, true]);
    expect(dns.switchWouldHelp).toBe(true);
  });

  it('ends with what it has when the caller cancels', async () => {
    await startResolvers();
    udp.zone.set('localhost', { drop: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const startedAt = performance.now();
    const { dns } = await run('hang', { timeoutMs: 5000, signal: controller.signal });
    expect(performance.now() - startedAt).toBeLessThan(400);
    expect(kinds(dns.system)).toEqual(['timeout']);
    expect(dns.alternatives[0]?.answers[0]?.kind).toBe('timeout');
  });

  it('does not run without host names to test, nor once cancelled', async () => {
    await startResolvers();
    const literalsOnly = await run(['127.0.0.1'], { request: { services: [serviceAt('ip', `https://127.0.0.1:${port}/ok`)] } });
    expect(literalsOnly.dns.completed).toBe(false);
    expect(literalsOnly.regional.completed).toBe(false);
    const cancelled = await run(['127.0.0.1'], { signal: AbortSignal.abort() });
    expect(cancelled.dns.completed).toBe(false);
  });
});

describe('the regional check', () => {
  it('finds the service down at the system resolver’s edge and up at a public resolver’s', async () => {
    await startResolvers();
    const { dns, regional } = await run([brokenEdge.address]);
    expect(kinds(dns.system)).toEqual(['ok']);
    expect(dns.switchWouldHelp).toBe(false);
    expect(regional).toEqual({
      completed: true,
      services: [{ serviceId: 'chat', systemAddress: brokenEdge.address, workingAddress: '127.0.0.1', viaResolver: udp.server }],
    });
  });

  it('lists nothing when the service is up at both edges', async () => {
    await startResolvers();
    const { regional } = await run([otherEdge.address]);
    expect(regional).toEqual({ completed: true, services: [] });
  });
});

describe('hosts and transports', () => {
  it('checks a plain-http service with a HEAD instead of TLS, and each host once', async () => {
    await startResolvers();
    const httpPort = new URL(edge.httpUrl).port;
    const lookup = fakeLookup({ localhost: 'hang' });
    const { dns } = await run('hang', {
      timeoutMs: 1500,
      request: {
        services: [serviceAt('plain', `http://localhost:${httpPort}/ok`), serviceAt('same-host', `http://LOCALHOST:${httpPort}/status/200`)],
      },
      deps: { lookup },
    });
    expect(dns.system.answers.map((answer) => answer.host)).toEqual(['localhost']);
    expect(lookup.asked).toEqual(['localhost']);
    expect(dns.alternatives.map((alternative) => alternative.tlsValidated)).toEqual([true, true]);
    expect(dns.switchWouldHelp).toBe(true);
  });

  it('reaches a DoH resolver by name through the system resolver, or through a public resolver when that fails', async () => {
    await startResolvers();
    const byName = doh.url.replace('127.0.0.1', 'localhost');
    const viaSystem = await run(['127.0.0.1'], { request: { dohResolvers: [byName] } });
    expect(viaSystem.dns.alternatives[1]?.answers[0]?.kind).toBe('ok');
    // The system resolver is dead; the UDP resolver's answer for `localhost` bootstraps DoH.
    const viaPublic = await run('hang', { timeoutMs: 1500, request: { dohResolvers: [byName] } });
    expect(viaPublic.dns.alternatives[1]).toMatchObject({ transport: 'doh', tlsValidated: true, answers: [{ kind: 'ok' }] });
  });

  it('follows CNAMEs and keeps AAAA answers, checking TLS on the IPv4 address', async () => {
    await startResolvers();
    udp.zone.set('localhost', { cname: 'edge.test' });
    udp.zone.set('edge.test', { a: ['127.0.0.1'], aaaa: ['::1'] });
    doh.zone.set('localhost', { cname: 'edge.test' });
    doh.zone.set('edge.test', { a: ['127.0.0.1'], aaaa: ['::1'] });
    const { dns } = await run(['::1', '127.0.0.1']);
    for (const alternative of dns.alternatives) {
      expect(alternative.answers[0]).toMatchObject({ kind: 'ok', addresses: ['127.0.0.1', '::1'] });
      expect(alternative.tlsValidated).toBe(true);
    }
    expect(kinds(dns.system)).toEqual(['ok']);
  });
});
