import { describe, expect, it } from 'vitest';
import { checkRoute } from '../../../../src/core/network/route/check-route.ts';
import { LINUX_ROUTE_COMMANDS } from '../../../../src/core/network/route/read-linux-route.ts';
import { MACOS_ROUTE_COMMANDS } from '../../../../src/core/network/route/read-macos-route.ts';
import { WINDOWS_ROUTE_COMMANDS } from '../../../../src/core/network/route/read-windows-route.ts';
import type { CommandResult } from '../../../../src/core/network/system/command-runner.ts';
import { commandFixture, fakeRunner, MISSING, ran } from '../system/command-fixture.ts';

const line = (command: readonly [string, readonly string[]]): string => [command[0], ...command[1]].join(' ');
const options = { timeoutMs: 2_000 };
const noFile = async (): Promise<string> => {
  throw new Error('ENOENT');
};

function linux(addresses: string | CommandResult, routes4: string | CommandResult, routes6: string | CommandResult = ran('[]')) {
  const answer = (value: string | CommandResult): CommandResult => (typeof value === 'string' ? ran(commandFixture(value)) : value);
  return fakeRunner({
    [line(LINUX_ROUTE_COMMANDS.addresses)]: answer(addresses),
    [line(LINUX_ROUTE_COMMANDS.routes4)]: answer(routes4),
    [line(LINUX_ROUTE_COMMANDS.routes6)]: answer(routes6),
  });
}

describe('checkRoute on Linux', () => {
  it('picks the default route with the lowest metric', async () => {
    const runCommand = linux('linux/ip-addr-with-tunnels.json', 'linux/ip-route-two-defaults.json', 'linux/ip-6-route-link-local-gateway.json');
    const evidence = await checkRoute(options, { runCommand, platform: 'linux', readTextFile: noFile });
    expect(evidence).toMatchObject({ completed: true, interfaceUp: true, defaultRoute: { family: 4, gateway: '198.51.100.1', interfaceName: 'eth0' }, routesThroughTunnel: false });
  });

  it("sees OpenVPN's def1 routes send everything through tun0, though the default route still names the router", async () => {
    const runCommand = linux('linux/ip-addr-with-tunnels.json', 'linux/ip-route-openvpn-def1.json');
    const evidence = await checkRoute(options, { runCommand, platform: 'linux', readTextFile: noFile });
    expect(evidence.defaultRoute).toEqual({ family: 4, gateway: '198.51.100.1', interfaceName: 'eth0' });
    expect(evidence.routesThroughTunnel).toBe(true);
    expect(evidence.tunnelInterfaces).toContain('tun0');
  });

  it('sees a WireGuard default in its own routing table', async () => {
    const runCommand = linux('linux/ip-addr-with-tunnels.json', 'linux/ip-route-table-all-wireguard.json', 'linux/ip-6-route-table-all-wireguard.json');
    const evidence = await checkRoute(options, { runCommand, platform: 'linux', readTextFile: noFile });
    expect(evidence).toMatchObject({ completed: true, routesThroughTunnel: true, defaultRoute: { gateway: '198.51.100.1', interfaceName: 'eth0' } });
    expect(evidence.tunnelInterfaces).toContain('wg0');
  });

  it('reports no VPN when the tunnel devices exist but carry no default route', async () => {
    const runCommand = linux('linux/ip-addr-with-tunnels.json', 'linux/ip-route-wireguard-main-table.json');
    const evidence = await checkRoute(options, { runCommand, platform: 'linux', readTextFile: noFile });
    expect(evidence.routesThroughTunnel).toBe(false);
  });

  it('reads an unplugged cable as no interface up and no default route', async () => {
    const runCommand = linux('linux/ip-addr-cable-out.json', 'linux/ip-route-empty.json');
    const evidence = await checkRoute(options, { runCommand, platform: 'linux', readTextFile: noFile });
    expect(evidence).toEqual({ completed: true, interfaceUp: false, tunnelInterfaces: [], routesThroughTunnel: false });
  });

  it('ignores a configured default route whose link is down', async () => {
    const runCommand = linux('linux/ip-addr-cable-out.json', 'linux/ip-route-static-cable-out.json');
    const evidence = await checkRoute(options, { runCommand, platform: 'linux', readTextFile: noFile });
    expect(evidence.defaultRoute).toBeUndefined();
    expect(evidence.completed).toBe(true);
  });

  it('uses an IPv6 default (with its zone) when there is no IPv4 one', async () => {
    const runCommand = linux('linux/ip-addr-with-tunnels.json', 'linux/ip-route-empty.json', 'linux/ip-6-route-link-local-gateway.json');
    const evidence = await checkRoute(options, { runCommand, platform: 'linux', readTextFile: noFile });
    expect(evidence.defaultRoute).toEqual({ family: 6, gateway: 'fe80::1%eth0', interfaceName: 'eth0' });
  });

  it('falls back to /proc/net/route when ip is missing', async () => {
    const read: string[] = [];
    const evidence = await checkRoute(options, {
      runCommand: fakeRunner({}),
      platform: 'linux',
      readTextFile: async (path) => {
        read.push(path);
        return commandFixture('linux/proc-net-route-two-defaults.txt');
      },
    });
    expect(read).toEqual(['/proc/net/route']);
    expect(evidence).toMatchObject({ completed: true, interfaceUp: true, defaultRoute: { family: 4, gateway: '198.51.100.1', interfaceName: 'eth0' } });
  });

  it('falls back to /proc/net/route when ip is too old for JSON', async () => {
    const tooOld = ran('', 255, 'Option "-j" is unknown, try "ip -help".\n');
    const evidence = await checkRoute(options, {
      runCommand: linux(tooOld, tooOld, tooOld),
      platform: 'linux',
      readTextFile: async () => commandFixture('linux/proc-net-route-no-default.txt'),
    });
    expect(evidence).toEqual({ completed: true, interfaceUp: false, tunnelInterfaces: [], routesThroughTunnel: false });
  });

  it('does not complete when nothing can be read', async () => {
    const evidence = await checkRoute(options, { runCommand: fakeRunner({}), platform: 'linux', readTextFile: noFile });
    expect(evidence.completed).toBe(false);
  });

  it('runs only read-only ip queries, under the deadline', async () => {
    const runCommand = linux('linux/ip-addr-with-tunnels.json', 'linux/ip-route-two-defaults.json');
    await checkRoute({ timeoutMs: 1_500 }, { runCommand, platform: 'linux', readTextFile: noFile });
    expect(runCommand.calls.map((call) => [call.file, ...call.args].join(' '))).toEqual([
      'ip -j -d addr show',
      'ip -j -4 route show table all',
      'ip -j -6 route show table all',
    ]);
    expect(runCommand.calls.every((call) => call.timeoutMs > 0 && call.timeoutMs <= 1_500)).toBe(true);
  });

  it('gives up at its deadline when the commands hang', async () => {
    const runCommand = fakeRunner({ [line(LINUX_ROUTE_COMMANDS.addresses)]: 'hang', [line(LINUX_ROUTE_COMMANDS.routes4)]: 'hang', [line(LINUX_ROUTE_COMMANDS.routes6)]: 'hang' });
    const startedAt = performance.now();
    const evidence = await checkRoute({ timeoutMs: 200 }, { runCommand, platform: 'linux', readTextFile: noFile });
    expect(evidence.completed).toBe(false);
    expect(performance.now() - startedAt).toBeLessThan(1_500);
  });
});

describe('checkRoute on macOS', () => {
  const mac = (v4: CommandResult, v6: CommandResult) => fakeRunner({ [line(MACOS_ROUTE_COMMANDS.default4)]: v4, [line(MACOS_ROUTE_COMMANDS.default6)]: v6 });
  const notInTable = ran('', 1, commandFixture('macos/route-get-default-not-in-table.txt'));

  it('reads the router behind Wi-Fi', async () => {
    const runCommand = mac(ran(commandFixture('macos/route-get-default-wifi.txt')), ran(commandFixture('macos/route-get-inet6-default.txt')));
    expect(await checkRoute(options, { runCommand, platform: 'darwin' })).toEqual({
      completed: true,
      interfaceUp: true,
      defaultRoute: { family: 4, gateway: '192.168.1.1', interfaceName: 'en0' },
      tunnelInterfaces: [],
      routesThroughTunnel: false,
    });
  });

  it('sees the default route going through a VPN utun', async () => {
    const runCommand = mac(ran(commandFixture('macos/route-get-default-vpn-utun.txt')), notInTable);
    expect(await checkRoute(options, { runCommand, platform: 'darwin' })).toEqual({
      completed: true,
      interfaceUp: true,
      defaultRoute: { family: 4, interfaceName: 'utun5' },
      tunnelInterfaces: ['utun5'],
      routesThroughTunnel: true,
    });
  });

  it('reads "not in table" for both families as no default route', async () => {
    const evidence = await checkRoute(options, { runCommand: mac(notInTable, notInTable), platform: 'darwin' });
    expect(evidence).toEqual({ completed: true, interfaceUp: false, tunnelInterfaces: [], routesThroughTunnel: false });
  });

  it('uses the IPv6 default on an IPv6-only network', async () => {
    const evidence = await checkRoute(options, { runCommand: mac(notInTable, ran(commandFixture('macos/route-get-inet6-default.txt'))), platform: 'darwin' });
    expect(evidence.defaultRoute).toEqual({ family: 6, gateway: 'fe80::1%en0', interfaceName: 'en0' });
  });

  it('does not complete without route', async () => {
    expect((await checkRoute(options, { runCommand: mac(MISSING, MISSING), platform: 'darwin' })).completed).toBe(false);
  });
});

describe('checkRoute on Windows', () => {
  const windows = (netRoute: CommandResult, netAdapter: CommandResult, routePrint: CommandResult) =>
    fakeRunner({
      [line(WINDOWS_ROUTE_COMMANDS.netRoute)]: netRoute,
      [line(WINDOWS_ROUTE_COMMANDS.netAdapter)]: netAdapter,
      [line(WINDOWS_ROUTE_COMMANDS.routePrint)]: routePrint,
    });

  it('picks the route with the lowest RouteMetric + InterfaceMetric', async () => {
    const runCommand = windows(ran(commandFixture('windows/get-netroute-two-defaults.json')), ran(''), MISSING);
    const evidence = await checkRoute(options, { runCommand, platform: 'win32' });
    expect(evidence).toMatchObject({ completed: true, interfaceUp: true, defaultRoute: { family: 4, gateway: '192.168.178.1', interfaceName: 'Ethernet' } });
  });

  it('sees the default route going through a VPN adapter, reports the real router behind it, and ignores a disconnected TAP adapter', async () => {
    const runCommand = windows(ran(commandFixture('windows/get-netroute-vpn-compressed.json')), ran(commandFixture('windows/get-netadapter-vpn-compressed.json')), MISSING);
    const evidence = await checkRoute(options, { runCommand, platform: 'win32' });
    expect(evidence).toEqual({
      completed: true,
      interfaceUp: true,
      defaultRoute: { family: 4, gateway: '192.168.0.1', interfaceName: 'Ethernet' },
      tunnelInterfaces: ['happ-tun'],
      routesThroughTunnel: true,
    });
  });

  it('reads empty Get-NetRoute output as no default route', async () => {
    const runCommand = windows(ran(''), ran('[]'), MISSING);
    expect(await checkRoute(options, { runCommand, platform: 'win32' })).toEqual({ completed: true, interfaceUp: false, tunnelInterfaces: [], routesThroughTunnel: false });
  });

  it('falls back to route print when PowerShell is missing', async () => {
    const runCommand = windows(MISSING, MISSING, ran(commandFixture('windows/route-print-en.txt')));
    const evidence = await checkRoute(options, { runCommand, platform: 'win32' });
    // The TAP adapter is listed but has no route: it is not connected.
    expect(evidence).toEqual({ completed: true, interfaceUp: true, defaultRoute: { family: 4, gateway: '10.1.0.1' }, tunnelInterfaces: [], routesThroughTunnel: false });
  });

  it('reads a Japanese route print with OpenVPN def1 routes', async () => {
    const runCommand = windows(ran("'powershell.exe' is not recognized", 1), MISSING, ran(commandFixture('windows/route-print-ja-openvpn.txt')));
    const evidence = await checkRoute(options, { runCommand, platform: 'win32' });
    expect(evidence).toEqual({
      completed: true,
      interfaceUp: true,
      defaultRoute: { family: 4, gateway: '192.168.0.1' },
      tunnelInterfaces: ['TAP-Windows Adapter V9'],
      routesThroughTunnel: true,
    });
  });

  it('reads a route print with loopback routes only as offline', async () => {
    const runCommand = windows(MISSING, MISSING, ran(commandFixture('windows/route-print-offline-en.txt')));
    expect(await checkRoute(options, { runCommand, platform: 'win32' })).toEqual({ completed: true, interfaceUp: false, tunnelInterfaces: [], routesThroughTunnel: false });
  });

  it('runs PowerShell without a profile and with fixed scripts', async () => {
    const runCommand = windows(MISSING, MISSING, MISSING);
    const evidence = await checkRoute(options, { runCommand, platform: 'win32' });
    expect(evidence.completed).toBe(false);
    const [netRoute] = runCommand.calls;
    expect(netRoute?.file).toBe('powershell.exe');
    expect(netRoute?.args.slice(0, 3)).toEqual(['-NoProfile', '-NonInteractive', '-Command']);
    expect(netRoute?.args[3]).toContain("Get-NetRoute -DestinationPrefix '0.0.0.0/0','::/0'");
  });
});

it('does not complete on a platform it has no reader for', async () => {
  expect(await checkRoute(options, { runCommand: fakeRunner({}), platform: 'aix' })).toMatchObject({ completed: false });
});
