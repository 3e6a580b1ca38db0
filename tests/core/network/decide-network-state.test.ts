import { describe, expect, it } from 'vitest';
import { decideNetworkState } from '../../../src/core/network/decide-network-state.ts';
import type { DnsEvidence, NetworkEvidence, ResolverResult } from '../../../src/core/network/network-evidence.ts';

const route = { completed: true, interfaceUp: true, defaultRoute: { gateway: '10.0.0.1', interfaceName: 'eth0', family: 4 as const }, tunnelInterfaces: [], routesThroughTunnel: false };
const gateway = { completed: true, address: '10.0.0.1', reachable: true, method: 'tcp' as const, ms: 2 };
const internet = (ok: boolean, outcome = ok ? 'ok' : 'timeout', extra: object = {}) => ({
  completed: true,
  controls: [{ url: 'https://control.example/', ok, outcome, ...extra }],
  resolversAnswering: ok ? ['198.51.100.53'] : [],
});
const portal = (result: 'clean' | 'redirect' | 'unreachable') => ({ completed: true, checks: [{ url: 'http://check.example/generate_204', result }] });
const resolver = (transport: ResolverResult['transport'], kind: ResolverResult['answers'][number]['kind'], tlsValidated?: boolean): ResolverResult => ({
  resolver: transport === 'system' ? 'system' : transport === 'doh' ? 'https://198.51.100.54/dns-query' : '198.51.100.53',
  transport,
  answers: [{ host: 'chat.example', kind, addresses: kind === 'ok' ? ['203.0.113.20'] : [] }],
  ...(tlsValidated !== undefined ? { tlsValidated } : {}),
});
const dns = (system: ResolverResult, ...alternatives: ResolverResult[]): DnsEvidence => ({ completed: true, system, alternatives, switchWouldHelp: false });

const healthy: NetworkEvidence = {
  route,
  gateway,
  internet: internet(true),
  captivePortal: portal('clean'),
  dns: dns(resolver('system', 'ok'), resolver('udp', 'ok', true), resolver('doh', 'ok', true)),
};

describe('decideNetworkState', () => {
  it('is ok, with the path proven, when every check is healthy', () => {
    expect(decideNetworkState(healthy)).toEqual({ state: 'ok', pathProven: true });
  });

  it('is unknown, blaming nobody, when no check finished', () => {
    expect(decideNetworkState({})).toEqual({ state: 'unknown', pathProven: false });
    expect(decideNetworkState({ route: { ...route, completed: false, interfaceUp: false } }).state).toBe('unknown');
  });

  it('is offline with no interface up or no default route', () => {
    expect(decideNetworkState({ ...healthy, route: { ...route, interfaceUp: false } }).state).toBe('offline');
    const { defaultRoute: _, ...noRoute } = route;
    expect(decideNetworkState({ ...healthy, route: noRoute, internet: internet(false) }).state).toBe('offline');
  });

  it('blames the router only when nothing beyond it answers either', () => {
    const silentRouter = { ...gateway, reachable: false, method: undefined };
    expect(decideNetworkState({ ...healthy, gateway: silentRouter, internet: internet(false) }).state).toBe('router-unreachable');
    // Many routers drop TCP and ping from inside: if the internet answers, the router works.
    expect(decideNetworkState({ ...healthy, gateway: silentRouter }).state).toBe('ok');
  });

  it('sees a captive portal before calling the internet down', () => {
    expect(decideNetworkState({ ...healthy, internet: internet(false), captivePortal: portal('redirect') }).state).toBe('captive-portal');
  });

  it('calls the internet down when the router answers but nothing beyond does', () => {
    const silentDns = dns(resolver('system', 'timeout'), resolver('udp', 'timeout'), resolver('doh', 'timeout'));
    expect(decideNetworkState({ ...healthy, internet: internet(false), captivePortal: portal('unreachable'), dns: silentDns })).toEqual({
      state: 'internet-down',
      pathProven: false,
    });
  });

  it.each(['timeout', 'servfail', 'rewritten'] as const)('calls a system resolver that %s a DNS failure when a public one works', (kind) => {
    const evidence = { ...healthy, internet: internet(false, 'dns-error'), dns: dns(resolver('system', kind), resolver('udp', 'ok', true)) };
    evidence.internet = { ...evidence.internet, resolversAnswering: ['198.51.100.53'] };
    expect(decideNetworkState(evidence).state).toBe('dns-failure');
  });

  it('does not blame DNS when the public answer does not work either', () => {
    const evidence = { ...healthy, dns: dns(resolver('system', 'servfail'), resolver('udp', 'ok', false)) };
    expect(decideNetworkState(evidence).state).toBe('ok');
  });

  it('calls DNS blocked when plain DNS to public resolvers is silent but DoH works', () => {
    const evidence = { ...healthy, dns: dns(resolver('system', 'nxdomain'), resolver('udp', 'timeout'), resolver('doh', 'ok', true)) };
    expect(decideNetworkState(evidence).state).toBe('dns-blocked');
  });

  it('sees TLS interception when the control site and the services show an untrusted issuer', () => {
    const evidence = { ...healthy, internet: { ...internet(false, 'tls-untrusted'), resolversAnswering: ['198.51.100.53'] } };
    expect(decideNetworkState(evidence, [{ url: 'https://chat.example/', outcome: 'tls-untrusted' }]).state).toBe('tls-interception');
    // One service with a bad certificate while the control site is fine is that service's problem.
    expect(decideNetworkState(healthy, [{ url: 'https://chat.example/', outcome: 'tls-untrusted' }]).state).toBe('ok');
  });

  it('sees clock skew when certificates are out of date and the servers disagree with the local clock', () => {
    const expired = { ...internet(false, 'tls-error', { tlsErrorCode: 'CERT_NOT_YET_VALID' }), resolversAnswering: ['198.51.100.53'] };
    expect(decideNetworkState({ ...healthy, internet: expired, clockSkewMs: -400 * 86_400_000 }).state).toBe('clock-skew');
    expect(decideNetworkState({ ...healthy, internet: expired, clockSkewMs: 1_000 }).state).toBe('ok');
  });

  it('reports a failing proxy', () => {
    expect(decideNetworkState({ ...healthy, proxy: { completed: true, sources: ['HTTPS_PROXY'], failing: true } }).state).toBe('proxy-problem');
  });
});

describe('decideNetworkState, silence versus a wrong answer', () => {
  it('does not call the internet down when the control site answered with an untrusted certificate', () => {
    const untrusted = { completed: true, controls: [{ url: 'https://control.example/', ok: false, outcome: 'tls-untrusted' }], resolversAnswering: [] };
    expect(decideNetworkState({ internet: untrusted }, [{ url: 'https://chat.example/', outcome: 'tls-untrusted' }]).state).toBe('tls-interception');
  });
});

describe('decideNetworkState, VPN', () => {
  it('blames the VPN, not the line, when everything goes through a tunnel and nothing answers', () => {
    const silentDns = dns(resolver('system', 'timeout'), resolver('udp', 'timeout'));
    const throughTunnel = { ...route, tunnelInterfaces: ['wg0'], routesThroughTunnel: true };
    const evidence = { route: throughTunnel, gateway, internet: internet(false), captivePortal: portal('unreachable'), dns: silentDns };
    expect(decideNetworkState(evidence).state).toBe('proxy-problem');
    expect(decideNetworkState({ ...evidence, route }).state).toBe('internet-down');
  });
});
