import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProxy, PROXY_SETTING_COMMANDS } from '../../../../src/core/network/proxy/check-proxy.ts';
import { createProxyProbe, type ProxyProbe, type ProxyProbeResult } from '../../../../src/core/network/proxy/probe-through-proxy.ts';
import type { CommandResult } from '../../../../src/core/network/system/command-runner.ts';
import { commandFixture, fakeRunner, MISSING, ran } from '../system/command-fixture.ts';
import { closedPortUrl, startProxy, startTargets } from './loopback-proxy.ts';

const CONTROL = 'https://www.google.com/generate_204';
const options = { timeoutMs: 2_000 };
const line = (command: readonly [string, readonly string[]]): string => [command[0], ...command[1]].join(' ');
const scutil = line(PROXY_SETTING_COMMANDS.scutil);
const reg = line(PROXY_SETTING_COMMANDS.internetSettings);
const gsettings = (schema: string, key: string): string => line(PROXY_SETTING_COMMANDS.gsettings(schema, key));

/** A fake probe answering per proxy URL, recording what it was asked. */
function fakeProbe(answers: Readonly<Record<string, ProxyProbeResult>>): ProxyProbe & { readonly asked: string[] } {
  const asked: string[] = [];
  const probe: ProxyProbe = async (proxyUrl, targetUrl) => {
    asked.push(`${proxyUrl} -> ${targetUrl}`);
    return answers[proxyUrl] ?? { status: 204 };
  };
  return Object.assign(probe, { asked });
}

const noGnome: Record<string, CommandResult> = {};

describe('checkProxy', () => {
  it('finds no proxy and nothing failing on a plain machine', async () => {
    const probe = fakeProbe({});
    const evidence = await checkProxy(options, { env: {}, runCommand: fakeRunner(noGnome), platform: 'linux', probeThroughProxy: probe }, CONTROL);
    expect(evidence).toEqual({ completed: true, sources: [], failing: false });
    expect(probe.asked).toEqual([]);
  });

  it('reports a proxy from HTTPS_PROXY that answers 407, without its password', async () => {
    const probe = fakeProbe({ 'http://alice:s3cret@proxy.corp.example:3128/': { error: 'proxy-status-407' } });
    const evidence = await checkProxy(options, { env: { https_proxy: 'http://alice:s3cret@proxy.corp.example:3128' }, runCommand: fakeRunner(noGnome), platform: 'linux', probeThroughProxy: probe }, CONTROL);
    expect(evidence).toEqual({
      completed: true,
      sources: ['HTTPS_PROXY'],
      failing: true,
      detail: 'The proxy proxy.corp.example:3128 (from HTTPS_PROXY) answered 407 (it wants a password)',
    });
    expect(probe.asked).toEqual([`http://alice:s3cret@proxy.corp.example:3128/ -> ${CONTROL}`]);
  });

  it.each([
    [{ status: 407 }, 'answered 407 (it wants a password)'],
    [{ error: 'refused' }, 'refused the connection'],
    [{ error: 'timeout' }, 'did not answer in time'],
  ] as const)('counts %j as failing', async (answer, why) => {
    const evidence = await checkProxy(options, { env: { HTTPS_PROXY: 'proxy.corp.example:8080' }, runCommand: fakeRunner(noGnome), platform: 'linux', probeThroughProxy: fakeProbe({ 'http://proxy.corp.example:8080/': answer }) }, CONTROL);
    expect(evidence.failing).toBe(true);
    expect(evidence.detail).toContain(why);
  });

  it('does not blame a proxy that passed the request on, whatever the site answered', async () => {
    for (const answer of [{ status: 204 }, { status: 502 }, { error: 'CERT_HAS_EXPIRED' }]) {
      const evidence = await checkProxy(options, { env: { HTTPS_PROXY: 'http://proxy.corp.example:8080' }, runCommand: fakeRunner(noGnome), platform: 'linux', probeThroughProxy: fakeProbe({ 'http://proxy.corp.example:8080/': answer }) }, CONTROL);
      expect(evidence).toEqual({ completed: true, sources: ['HTTPS_PROXY'], failing: false });
    }
  });

  it('only tries proxies for the control URL’s scheme, and not when NO_PROXY exempts its host', async () => {
    const probe = fakeProbe({});
    await checkProxy(options, { env: { HTTP_PROXY: 'http://plain.example:80', HTTPS_PROXY: 'http://secure.example:443' }, runCommand: fakeRunner(noGnome), platform: 'linux', probeThroughProxy: probe }, CONTROL);
    expect(probe.asked).toEqual([`http://secure.example:443/ -> ${CONTROL}`]);

    const exempt = fakeProbe({});
    const evidence = await checkProxy(options, { env: { HTTPS_PROXY: 'http://secure.example:443', NO_PROXY: '.google.com' }, runCommand: fakeRunner(noGnome), platform: 'linux', probeThroughProxy: exempt }, CONTROL);
    expect(exempt.asked).toEqual([]);
    expect(evidence.sources).toEqual(['HTTPS_PROXY']);
  });

  it('reports SOCKS proxies and PAC scripts without trying them', async () => {
    const probe = fakeProbe({});
    const runCommand = fakeRunner({ [scutil]: ran(commandFixture('proxy/scutil-proxy-pac.txt')) });
    const evidence = await checkProxy(options, { env: { ALL_PROXY: 'socks5://127.0.0.1:1080' }, runCommand, platform: 'darwin', probeThroughProxy: probe }, CONTROL);
    expect(evidence).toEqual({ completed: true, sources: ['ALL_PROXY', 'automatic proxy configuration (PAC)'], failing: false });
    expect(probe.asked).toEqual([]);
  });

  it('reads the macOS system proxy with scutil', async () => {
    const probe = fakeProbe({ 'http://proxy.corp.example:8443/': { error: 'refused' } });
    const runCommand = fakeRunner({ [scutil]: ran(commandFixture('proxy/scutil-proxy-manual.txt')) });
    const evidence = await checkProxy(options, { env: {}, runCommand, platform: 'darwin', probeThroughProxy: probe }, CONTROL);
    expect(evidence).toEqual({ completed: true, sources: ['system settings'], failing: true, detail: 'The proxy proxy.corp.example:8443 (from system settings) refused the connection' });
  });

  it('reads the Windows proxy from the registry, and takes a missing key as no proxy', async () => {
    const probe = fakeProbe({});
    const withProxy = await checkProxy(options, { env: {}, runCommand: fakeRunner({ [reg]: ran(commandFixture('proxy/reg-query-internet-settings-manual.txt')) }), platform: 'win32', probeThroughProxy: probe }, CONTROL);
    expect(withProxy).toEqual({ completed: true, sources: ['system settings'], failing: false });
    expect(probe.asked).toEqual([`http://proxy.corp.example:8080/ -> ${CONTROL}`]);
    const noKey = await checkProxy(options, { env: {}, runCommand: fakeRunner({ [reg]: ran('', 1, 'ERROR: The system was unable to find the specified registry key or value.') }), platform: 'win32', probeThroughProxy: probe }, CONTROL);
    expect(noKey).toEqual({ completed: true, sources: [], failing: false });
  });

  it('reads GNOME’s manual proxy with gsettings', async () => {
    const probe = fakeProbe({ 'http://proxy.corp.example:3128/': { error: 'timeout' } });
    const runCommand = fakeRunner({
      [gsettings('org.gnome.system.proxy', 'mode')]: ran("'manual'\n"),
      [gsettings('org.gnome.system.proxy', 'autoconfig-url')]: ran("''\n"),
      [gsettings('org.gnome.system.proxy.https', 'host')]: ran("'proxy.corp.example'\n"),
      [gsettings('org.gnome.system.proxy.https', 'port')]: ran('3128\n'),
      [gsettings('org.gnome.system.proxy.http', 'host')]: ran("''\n"),
      [gsettings('org.gnome.system.proxy.http', 'port')]: ran('0\n'),
      [gsettings('org.gnome.system.proxy.socks', 'host')]: ran("''\n"),
      [gsettings('org.gnome.system.proxy.socks', 'port')]: ran('0\n'),
    });
    const evidence = await checkProxy(options, { env: {}, runCommand, platform: 'linux', probeThroughProxy: probe }, CONTROL);
    expect(evidence).toMatchObject({ completed: true, sources: ['system settings'], failing: true });
    // GNOME's http schema also holds the proxy password: it is never read.
    expect(runCommand.calls.map((call) => call.args.join(' ')).filter((args) => args.includes('authentication'))).toEqual([]);
  });

  it('only lists what it finds when there is no control URL to try', async () => {
    const probe = fakeProbe({});
    const evidence = await checkProxy(options, { env: { HTTPS_PROXY: 'http://proxy.corp.example:8080' }, runCommand: fakeRunner(noGnome), platform: 'linux', probeThroughProxy: probe });
    expect(evidence).toEqual({ completed: true, sources: ['HTTPS_PROXY'], failing: false });
    expect(probe.asked).toEqual([]);
  });

  it('does not complete when the system settings cannot be read', async () => {
    const evidence = await checkProxy(options, { env: {}, runCommand: fakeRunner({ [scutil]: MISSING }), platform: 'darwin', probeThroughProxy: fakeProbe({}) }, CONTROL);
    expect(evidence).toEqual({ completed: false, sources: [], failing: false });
  });

  it('does not blame a proxy for its own deadline, even with a probe that overstays', async () => {
    const slow: ProxyProbe = () => new Promise(() => undefined);
    const startedAt = performance.now();
    const evidence = await Promise.race([
      checkProxy({ timeoutMs: 300 }, { env: { HTTPS_PROXY: 'http://proxy.corp.example:8080' }, runCommand: fakeRunner(noGnome), platform: 'linux', probeThroughProxy: slow }, CONTROL),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1_000)),
    ]);
    expect(evidence).toEqual({ completed: false, sources: ['HTTPS_PROXY'], failing: false });
    expect(performance.now() - startedAt).toBeLessThan(1_000);
    const tooLate = await checkProxy({ timeoutMs: 50 }, { env: { HTTPS_PROXY: 'http://proxy.corp.example:8080' }, runCommand: fakeRunner(noGnome), platform: 'linux', probeThroughProxy: slow }, CONTROL);
    expect(tooLate.completed).toBe(false);
  });
});

describe('checkProxy with real proxies on 127.0.0.1', () => {
  let targets: Awaited<ReturnType<typeof startTargets>>;
  let demandingAuth: Awaited<ReturnType<typeof startProxy>>;
  let forwarding: Awaited<ReturnType<typeof startProxy>>;
  beforeAll(async () => {
    [targets, demandingAuth, forwarding] = await Promise.all([startTargets(), startProxy('auth-required'), startProxy('forward')]);
  });
  afterAll(async () => {
    await Promise.all([targets.close(), demandingAuth.close(), forwarding.close()]);
  });

  it('tells a proxy that wants a password, one that is gone and one that works apart', async () => {
    const probeThroughProxy = createProxyProbe({ extraCaCertificates: [targets.caPem] });
    const check = (proxy: string) => checkProxy({ timeoutMs: 3_000 }, { env: { HTTPS_PROXY: proxy }, runCommand: fakeRunner(noGnome), platform: 'linux', probeThroughProxy }, targets.httpsUrl);
    expect(await check(demandingAuth.url)).toMatchObject({ completed: true, failing: true, detail: expect.stringContaining('407') });
    expect(await check(await closedPortUrl())).toMatchObject({ completed: true, failing: true, detail: expect.stringContaining('refused') });
    expect(await check(forwarding.url)).toEqual({ completed: true, sources: ['HTTPS_PROXY'], failing: false });
  });
});
