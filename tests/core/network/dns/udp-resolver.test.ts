import { afterEach, describe, expect, it } from 'vitest';
import { startDeadline, systemClock } from '../../../../src/core/check/deadline.ts';
import { createNodeResolver, resolveOverUdp, type UdpResolver } from '../../../../src/core/network/dns/udp-resolver.ts';
import { startDnsTestServer, type DnsTestServer } from '../../../support/dns-test-server.ts';

let server: DnsTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function resolveAll(resolver: string, hosts: string[], windowMs = 1500, create = createNodeResolver) {
  const window = startDeadline(windowMs, systemClock, { settleMs: 0 });
  try {
    return await Promise.all(resolveOverUdp(resolver, hosts, create, window, () => performance.now()));
  } finally {
    window.dispose();
  }
}

describe('resolveOverUdp', () => {
  it('classifies a real resolver’s answers per host, A and AAAA together', async () => {
    server = await startDnsTestServer();
    server.zone.set('both.test', { a: ['192.0.2.1'], aaaa: ['2001:db8::1'] });
    server.zone.set('v6.test', { aaaa: ['2001:db8::2'] });
    server.zone.set('alias.test', { cname: 'both.test' });
    server.zone.set('sick.test', { fail: 'servfail' });
    server.zone.set('closed.test', { fail: 'refused' });
    const answers = await resolveAll(server.server, ['both.test', 'v6.test', 'alias.test', 'missing.test', 'sick.test', 'closed.test']);
    expect(answers.map(({ host, kind, addresses }) => ({ host, kind, addresses }))).toEqual([
      { host: 'both.test', kind: 'ok', addresses: ['192.0.2.1', '2001:db8::1'] },
      { host: 'v6.test', kind: 'ok', addresses: ['2001:db8::2'] },
      { host: 'alias.test', kind: 'ok', addresses: ['192.0.2.1', '2001:db8::1'] },
      { host: 'missing.test', kind: 'nxdomain', addresses: [] },
      { host: 'sick.test', kind: 'servfail', addresses: [] },
      { host: 'closed.test', kind: 'refused', addresses: [] },
    ]);
    // Two tries of A and AAAA for each of the six names (the alias's target is answered inside).
    expect(server.zone.queries).toHaveLength(24);
  });

  it('ends at the window even with a resolver that ignores cancel', async () => {
    let cancelled = 0;
    const deaf = (): UdpResolver => ({
      setServers: () => undefined,
      resolve4: () => new Promise(() => undefined),
      resolve6: () => new Promise(() => undefined),
      cancel: () => void (cancelled += 1),
    });
    const startedAt = performance.now();
    const answers = await resolveAll('127.0.0.1:1', ['a.test'], 150, deaf);
    expect(performance.now() - startedAt).toBeLessThan(250);
    expect(answers).toMatchObject([{ host: 'a.test', kind: 'timeout', addresses: [] }]);
    expect(cancelled).toBeGreaterThanOrEqual(2);
  });

  it('gives `error` for a resolver string it cannot use, without sending anything', async () => {
    let created = 0;
    const counting = (options: { timeout: number; tries: number }): UdpResolver => {
      created += 1;
      return createNodeResolver(options);
    };
    for (const bad of ['dns.example', '1.1.1.1:99999', '[::1', '']) {
      expect(await resolveAll(bad, ['a.test'], 500, counting)).toMatchObject([{ kind: 'error' }]);
    }
    expect(created).toBe(0);
  });
});
