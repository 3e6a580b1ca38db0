import { describe, expect, it } from 'vitest';
import { startDeadline, systemClock } from '../../../../src/core/check/deadline.ts';
import { resolveWithSystem } from '../../../../src/core/network/dns/system-resolver.ts';
import { fakeLookup } from './dns-check-fixtures.ts';

describe('resolveWithSystem', () => {
  it('classifies what getaddrinfo says', async () => {
    const window = startDeadline(1000, systemClock, { settleMs: 0 });
    const lookup = fakeLookup({
      'ok.test': ['192.0.2.1', '2001:db8::1'],
      'gone.test': { error: 'ENOTFOUND' },
      'broken.test': { error: 'EAI_AGAIN' },
      'refused.test': { error: 'EAI_FAIL' },
      'odd.test': { error: 'EPERM' },
      'empty.test': [],
    });
    const hosts = ['ok.test', 'gone.test', 'broken.test', 'refused.test', 'odd.test', 'empty.test'];
    const answers = await Promise.all(resolveWithSystem(hosts, lookup, window, () => performance.now()));
    window.dispose();
    expect(answers.map(({ host, kind, addresses }) => ({ host, kind, addresses }))).toEqual([
      { host: 'ok.test', kind: 'ok', addresses: ['192.0.2.1', '2001:db8::1'] },
      { host: 'gone.test', kind: 'nxdomain', addresses: [] },
      { host: 'broken.test', kind: 'servfail', addresses: [] },
      { host: 'refused.test', kind: 'refused', addresses: [] },
      { host: 'odd.test', kind: 'error', addresses: [] },
      { host: 'empty.test', kind: 'nxdomain', addresses: [] },
    ]);
  });

  it('keeps at most three lookups in flight, leaving threadpool threads for everything else', async () => {
    const window = startDeadline(2000, systemClock, { settleMs: 0 });
    let inFlight = 0;
    let most = 0;
    const lookup = async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight -= 1;
      return [{ address: '192.0.2.1', family: 4 }];
    };
    const hosts = Array.from({ length: 8 }, (_, index) => `h${index}.test`);
    const answers = await Promise.all(resolveWithSystem(hosts, lookup, window, () => performance.now()));
    window.dispose();
    expect(answers.every((answer) => answer.kind === 'ok')).toBe(true);
    expect(most).toBe(3);
  });

  it('reports hosts still waiting for a lookup slot as timeout when the window closes', async () => {
    const window = startDeadline(100, systemClock, { settleMs: 0 });
    const hosts = Array.from({ length: 5 }, (_, index) => `h${index}.test`);
    const startedAt = performance.now();
    const answers = await Promise.all(resolveWithSystem(hosts, () => new Promise(() => undefined), window, () => performance.now()));
    expect(performance.now() - startedAt).toBeLessThan(200);
    expect(answers.map((answer) => answer.kind)).toEqual(['timeout', 'timeout', 'timeout', 'timeout', 'timeout']);
  });
});
