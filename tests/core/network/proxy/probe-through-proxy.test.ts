import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProxyProbe } from '../../../../src/core/network/proxy/probe-through-proxy.ts';
import { closedPortUrl, startProxy, startTargets } from './loopback-proxy.ts';

type Started<T extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<T>>;

let targets: Started<typeof startTargets>;
let forwarding: Started<typeof startProxy>;
let demandingAuth: Started<typeof startProxy>;
let silent: Started<typeof startProxy>;

beforeAll(async () => {
  [targets, forwarding, demandingAuth, silent] = await Promise.all([startTargets(), startProxy('forward'), startProxy('auth-required'), startProxy('silent')]);
});
afterAll(async () => {
  await Promise.all([targets.close(), forwarding.close(), demandingAuth.close(), silent.close()]);
});

describe('probeThroughProxy (undici ProxyAgent)', () => {
  it('gets the answer of an https site through a CONNECT tunnel', async () => {
    const probe = createProxyProbe({ extraCaCertificates: [targets.caPem] });
    expect(await probe(forwarding.url, targets.httpsUrl, 5_000)).toEqual({ status: 204 });
    expect(forwarding.requests.at(-1)).toMatch(/^CONNECT 127\.0\.0\.1:\d+$/);
  });

  it('sends an http request to the proxy in absolute form', async () => {
    const probe = createProxyProbe();
    expect(await probe(forwarding.url, targets.httpUrl, 5_000)).toEqual({ status: 204 });
    expect(forwarding.requests.at(-1)).toBe(`HEAD ${targets.httpUrl}`);
  });

  it('reports a proxy that wants a password, for tunnels and plain requests', async () => {
    const probe = createProxyProbe({ extraCaCertificates: [targets.caPem] });
    expect(await probe(demandingAuth.url, targets.httpsUrl, 5_000)).toEqual({ error: 'proxy-status-407' });
    expect(await probe(demandingAuth.url, targets.httpUrl, 5_000)).toEqual({ error: 'proxy-status-407' });
  });

  it('reports a proxy port that refuses connections', async () => {
    expect(await createProxyProbe()(await closedPortUrl(), targets.httpsUrl, 5_000)).toEqual({ error: 'refused' });
  });

  it('gives up on a proxy that never answers, in about the time it was given', async () => {
    const startedAt = performance.now();
    expect(await createProxyProbe()(silent.url, targets.httpsUrl, 400)).toEqual({ error: 'timeout' });
    expect(performance.now() - startedAt).toBeLessThan(3_000);
  });

  it('does not throw for a proxy URL it cannot use', async () => {
    const result = await createProxyProbe()('not a url', targets.httpsUrl, 1_000);
    expect(result.error).toBeDefined();
  });
});
