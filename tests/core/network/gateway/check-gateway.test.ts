import { describe, expect, it } from 'vitest';
import { checkGateway, GATEWAY_TCP_PORTS } from '../../../../src/core/network/gateway/check-gateway.ts';
import type { ConnectOutcome, TcpConnect } from '../../../../src/core/network/gateway/tcp-connect.ts';
import type { CommandResult } from '../../../../src/core/network/system/command-runner.ts';
import { commandFixture, fakeRunner, MISSING, ran } from '../system/command-fixture.ts';

type FakeAnswer = ConnectOutcome | 'silent';

/** A fake TCP stack: each port answers at once, or stays silent until its timeout (or the caller's abort). */
function fakeConnect(answers: Partial<Record<number, FakeAnswer>>, onAnswer?: () => void): TcpConnect & { readonly tried: string[] } {
  const tried: string[] = [];
  const connect: TcpConnect = (host, port, timeoutMs, signal) => {
    tried.push(`${host}:${port}`);
    const answer = answers[port] ?? 'silent';
    if (answer !== 'silent') {
      onAnswer?.();
      return Promise.resolve(answer);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), timeoutMs);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve('timeout');
      });
    });
  };
  return Object.assign(connect, { tried });
}

const linuxNeighbours = (text = commandFixture('linux/ip-neigh.json')): Record<string, CommandResult> => ({ 'ip -j neigh show': ran(text) });
const silentEverywhere = { 53: 'unreachable', 80: 'unreachable', 443: 'unreachable' } as const;

describe('checkGateway', () => {
  it('counts a refused TCP connection as the router answering, with the time of that answer', async () => {
    let clock = 1_000;
    const connect = fakeConnect({ 80: 'refused' }, () => {
      clock += 12;
    });
    const evidence = await checkGateway('203.0.113.1', { timeoutMs: 3_000 }, { connect, runCommand: fakeRunner({ 'ping -n -c 1 -W 1 203.0.113.1': 'hang' }), platform: 'linux', monotonicMs: () => clock });
    expect(evidence).toEqual({ completed: true, address: '203.0.113.1', reachable: true, method: 'tcp', ms: 12 });
    expect(connect.tried.sort()).toEqual(GATEWAY_TCP_PORTS.map((port) => `203.0.113.1:${port}`).sort());
  });

  it('answers from a REACHABLE neighbour entry without waiting for TCP or ping', async () => {
    const startedAt = performance.now();
    const evidence = await checkGateway('198.51.100.1', { timeoutMs: 5_000 }, {
      connect: fakeConnect({}),
      runCommand: fakeRunner({ ...linuxNeighbours(), 'ping -n -c 1 -W 1 198.51.100.1': 'hang' }),
      platform: 'linux',
    });
    expect(evidence).toMatchObject({ completed: true, reachable: true, method: 'neighbour' });
    expect(performance.now() - startedAt).toBeLessThan(1_000);
  });

  it('says the router is unreachable when its ARP entry FAILED, TCP found no host and ping got no reply', async () => {
    const evidence = await checkGateway('203.0.113.1', { timeoutMs: 3_000 }, {
      connect: fakeConnect(silentEverywhere),
      runCommand: fakeRunner({ ...linuxNeighbours(), 'ping -n -c 1 -W 1 203.0.113.1': ran(commandFixture('linux/ping-no-reply.txt').replaceAll('198.51.100.1', '203.0.113.1'), 1) }),
      platform: 'linux',
    });
    expect(evidence).toEqual({ completed: true, address: '203.0.113.1', reachable: false });
  });

  it('lets a silent TCP stack run into its connect timeout and still decide before the deadline', async () => {
    const evidence = await checkGateway('203.0.113.1', { timeoutMs: 1_000, connectTimeoutMs: 200 }, { connect: fakeConnect({}), runCommand: fakeRunner(linuxNeighbours()), platform: 'linux' });
    expect(evidence).toEqual({ completed: true, address: '203.0.113.1', reachable: false });
  });

  it('counts a Windows ping reply in Japanese, and not the "destination host unreachable" that exits 0', async () => {
    const reply = await checkGateway('192.168.11.200', { timeoutMs: 3_000 }, {
      connect: fakeConnect(silentEverywhere),
      runCommand: fakeRunner({ 'ping -n 1 -w 1000 192.168.11.200': ran(commandFixture('windows/ping-ja-reply.txt').replaceAll('8.8.8.8', '192.168.11.200')), 'arp -a': ran('') }),
      platform: 'win32',
    });
    expect(reply).toMatchObject({ completed: true, reachable: true, method: 'ping' });

    const unreachable = await checkGateway('192.168.11.200', { timeoutMs: 3_000 }, {
      connect: fakeConnect(silentEverywhere),
      runCommand: fakeRunner({ 'ping -n 1 -w 1000 192.168.11.200': ran(commandFixture('windows/ping-ja-destination-host-unreachable.txt')), 'arp -a': ran('') }),
      platform: 'win32',
    });
    expect(unreachable).toEqual({ completed: true, address: '192.168.11.200', reachable: false });
  });

  it('reads the macOS ARP table and runs macOS ping arguments', async () => {
    const runCommand = fakeRunner({ 'arp -an': ran(commandFixture('macos/arp-an.txt')), 'ping -n -c 1 -t 1 192.168.1.1': 'hang' });
    const evidence = await checkGateway('192.168.1.1', { timeoutMs: 3_000 }, { connect: fakeConnect({}), runCommand, platform: 'darwin' });
    expect(evidence).toMatchObject({ reachable: true, method: 'neighbour' });
    const incomplete = await checkGateway('192.168.1.34', { timeoutMs: 2_000 }, {
      connect: fakeConnect(silentEverywhere),
      runCommand: fakeRunner({ 'arp -an': ran(commandFixture('macos/arp-an.txt')), 'ping -n -c 1 -t 1 192.168.1.34': ran('PING 192.168.1.34 (192.168.1.34): 56 data bytes\n', 2) }),
      platform: 'darwin',
    });
    expect(incomplete).toEqual({ completed: true, address: '192.168.1.34', reachable: false });
  });

  it('matches a link-local router on its own interface only', async () => {
    const deps = { connect: fakeConnect(silentEverywhere), runCommand: fakeRunner({ ...linuxNeighbours(), 'ping -6 -n -c 1 -W 1 fe80::1%eth0': 'hang', 'ping -6 -n -c 1 -W 1 fe80::1%wlan0': ran('', 1, 'ping: connect: Network is unreachable') }), platform: 'linux' as const };
    expect(await checkGateway('fe80::1%eth0', { timeoutMs: 2_000 }, deps)).toMatchObject({ reachable: true, method: 'neighbour' });
    expect(await checkGateway('fe80::1%wlan0', { timeoutMs: 2_000 }, deps)).toMatchObject({ completed: true, reachable: false });
  });

  it('runs IPv6 ping with each platform’s fixed arguments', async () => {
    for (const [platform, command] of [
      ['linux', 'ping -6 -n -c 1 -W 1 2001:db8::1'],
      ['darwin', 'ping6 -n -c 1 2001:db8::1'],
      ['win32', 'ping -6 -n 1 -w 1000 2001:db8::1'],
    ] as const) {
      const runCommand = fakeRunner({ [command]: ran(`64 bytes from 2001:db8::1: icmp_seq=1 ttl=64 time=0.3 ms\n`) });
      const evidence = await checkGateway('2001:db8::1', { timeoutMs: 2_000 }, { connect: fakeConnect(silentEverywhere), runCommand, platform });
      expect(evidence).toMatchObject({ reachable: true, method: 'ping' });
    }
  });

  it('does not complete when time runs out before every method has said no', async () => {
    const startedAt = performance.now();
    const evidence = await checkGateway('203.0.113.1', { timeoutMs: 300 }, {
      connect: fakeConnect({}),
      runCommand: fakeRunner({ 'ip -j neigh show': 'hang', 'ping -n -c 1 -W 1 203.0.113.1': 'hang' }),
      platform: 'linux',
    });
    expect(evidence).toEqual({ completed: false, address: '203.0.113.1', reachable: false });
    expect(performance.now() - startedAt).toBeLessThan(1_500);
  });

  it('does not complete when neither TCP nor ping could run', async () => {
    const evidence = await checkGateway('203.0.113.1', { timeoutMs: 2_000 }, {
      connect: fakeConnect({ 53: 'error', 80: 'error', 443: 'error' }),
      runCommand: fakeRunner(linuxNeighbours('[]')),
      platform: 'linux',
    });
    expect(evidence).toEqual({ completed: false, address: '203.0.113.1', reachable: false });
    const pingless = await checkGateway('203.0.113.1', { timeoutMs: 2_000 }, { connect: fakeConnect(silentEverywhere), runCommand: fakeRunner({ 'ping -n -c 1 -W 1 203.0.113.1': MISSING }), platform: 'linux' });
    expect(pingless.completed).toBe(true);
  });

  it('stops at once when the caller cancels', async () => {
    const controller = new AbortController();
    controller.abort();
    const evidence = await checkGateway('203.0.113.1', { timeoutMs: 5_000, signal: controller.signal }, { connect: fakeConnect({ 80: 'connected' }), runCommand: fakeRunner({}), platform: 'linux' });
    expect(evidence.completed).toBe(false);
  });

  it('refuses an address that is not an IP address', async () => {
    const connect = fakeConnect({});
    expect(await checkGateway('router.local', { timeoutMs: 1_000 }, { connect, runCommand: fakeRunner({}), platform: 'linux' })).toEqual({ completed: false, address: 'router.local', reachable: false });
    expect(connect.tried).toEqual([]);
  });
});
