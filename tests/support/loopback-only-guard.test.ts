import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from './loopback-only-guard.ts';
import { LOOPBACK_ONLY_NETWORK, runStatusDoctor, writeTempConfig } from './run-status-doctor.ts';

describe('the loopback-only guard', () => {
  it('knows loopback from everything else', () => {
    for (const host of ['127.0.0.1', '127.8.9.1', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['1.1.1.1', '10.0.0.1', '192.0.2.1', 'example.com', '::ffff:8.8.8.8', '2001:db8::1']) expect(isLoopbackHost(host), host).toBe(false);
  });

  it('stops a test from connecting to a non-loopback address before any packet leaves', () => {
    // 203.0.113.1 is TEST-NET-3: nothing answers there even if the guard failed.
    expect(() => connect({ host: '203.0.113.1', port: 9 })).toThrow(/network safety/);
  });

  it('stops the CLI the tests start, too', async () => {
    const config = writeTempConfig({ services: [{ id: 'x', name: 'X', probes: [{ url: 'http://203.0.113.1:9/' }] }], network: LOOPBACK_ONLY_NETWORK, deadlineMs: 1000 });
    const run = await runStatusDoctor(['check', '--json', '--config', config]);
    const report = JSON.parse(run.stdout) as { services: { probes: { detail?: string }[] }[] };
    expect(report.services[0]?.probes[0]?.detail).toMatch(/network safety/);
  });
});

describe('the loopback-only guard, beyond TCP', () => {
  it('refuses DNS servers, system lookups, UDP and ping aimed outside', async () => {
    const { Resolver, promises } = await import('node:dns');
    const dgram = await import('node:dgram');
    const { execFile } = await import('node:child_process');
    expect(() => new Resolver().setServers(['1.1.1.1'])).toThrow(/network safety/);
    expect(() => new promises.Resolver().setServers(['[2606:4700::1111]:53'])).toThrow(/network safety/);
    expect(() => new promises.Resolver().setServers(['127.0.0.1:5353'])).not.toThrow();
    await expect(promises.lookup('example.com')).rejects.toThrow(/network safety/);
    const socket = dgram.createSocket('udp4');
    expect(() => socket.send(Buffer.from('x'), 53, '203.0.113.1')).toThrow(/network safety/);
    socket.close();
    expect(() => execFile('ping', ['-c', '1', '-W', '1', '203.0.113.1'])).toThrow(/network safety/);
  });
});
