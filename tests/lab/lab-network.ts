import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAB_HOSTS, LAB_INTERFACES, LAB_LINKS, LAB_PREFIXES } from './lab-addresses.ts';
import { destroyNamespaceSync, registerCleanup, sweepStaleLabs } from './lab-cleanup.ts';
import { mustRun, runCommand, type CommandResult } from './lab-commands.ts';

// The topology, three namespaces joined by two veth pairs and nothing else:
//
//   client [lab0 10.213.1.2] ── [lan0 10.213.1.1] router [wan0 10.213.2.1] ── [up0 10.213.2.2] internet
//
// Both ends of every veth are created directly inside lab namespaces; the
// host's namespace never holds a lab interface, a lab route or a NAT rule,
// so nothing in the lab can reach the host or beyond.

/** The three namespace names of one lab. */
export interface LabNamespaces {
  readonly client: string;
  readonly router: string;
  readonly internet: string;
}

/** A created topology. */
export interface LabTopology {
  /** `<pid>-<random hex>`, unique to this lab. */
  readonly runId: string;
  readonly namespaces: LabNamespaces;
  /** `ip -n <namespace> ARGS`; rejects unless it exits 0. */
  ip(namespace: string, args: readonly string[]): Promise<string>;
  /** Runs a command inside a namespace through `ip netns exec` (which also bind-mounts `/etc/netns/<ns>/`). */
  exec(namespace: string, file: string, args: readonly string[], options?: { readonly input?: string; readonly timeoutMs?: number }): Promise<CommandResult>;
  /** Removes the namespaces, their veths, their processes and their `/etc/netns` entries. Synchronous, idempotent. */
  destroy(): void;
}

const toInt = (address: string): number => address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);

function parsePrefix(prefix: string): { start: number; end: number } | undefined {
  const [address = '', lengthText] = prefix.split('/');
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) return undefined;
  const length = lengthText === undefined ? 32 : Number(lengthText);
  const size = 2 ** (32 - length);
  const start = Math.floor(toInt(address) / size) * size;
  return { start, end: start + size - 1 };
}

/**
 * The lab prefixes that overlap one of the host's IPv4 routes (default
 * routes aside: they cover everything and are not a conflict), each with the
 * route it meets. Empty when the lab can start.
 */
export function findHostRouteOverlaps(hostRoutes: readonly string[], labPrefixes: readonly string[] = LAB_PREFIXES): string[] {
  const overlaps: string[] = [];
  for (const route of hostRoutes) {
    if (route === 'default' || route === '0.0.0.0/0') continue;
    const host = parsePrefix(route);
    if (!host) continue;
    for (const prefix of labPrefixes) {
      const lab = parsePrefix(prefix);
      if (lab && host.start <= lab.end && lab.start <= host.end) overlaps.push(`${prefix} overlaps the host route ${route}`);
    }
  }
  return overlaps;
}

async function hostRouteDestinations(): Promise<string[]> {
  const output = await mustRun('ip', ['-4', '-j', 'route', 'show', 'table', 'all']);
  const routes = JSON.parse(output) as { dst?: string }[];
  return routes.map((route) => route.dst ?? '').filter((dst) => dst !== '');
}

async function hostInterfaceNames(): Promise<Set<string>> {
  const links = JSON.parse(await mustRun('ip', ['-j', 'link', 'show'])) as { ifname: string }[];
  return new Set(links.map((link) => link.ifname));
}

/**
 * Creates the lab's namespaces and links. Refuses to start when a lab
 * prefix overlaps a route of the host. Sweeps namespaces left by dead
 * earlier runs first, and registers the teardown for every exit path before
 * creating anything.
 */
export async function createLabTopology(): Promise<LabTopology> {
  sweepStaleLabs();
  const overlaps = findHostRouteOverlaps(await hostRouteDestinations());
  if (overlaps.length > 0) throw new Error(`network lab refuses to start: ${overlaps.join('; ')}`);
  const hostLinksBefore = await hostInterfaceNames();

  const runId = `${process.pid}-${randomBytes(3).toString('hex')}`;
  const namespaces: LabNamespaces = {
    client: `sdlab-${runId}-client`,
    router: `sdlab-${runId}-router`,
    internet: `sdlab-${runId}-internet`,
  };
  const all = [namespaces.client, namespaces.router, namespaces.internet];
  const destroy = registerCleanup(() => {
    for (const namespace of all) destroyNamespaceSync(namespace);
  });

  const ip = (namespace: string, args: readonly string[]) => mustRun('ip', ['-n', namespace, ...args]);
  const exec: LabTopology['exec'] = (namespace, file, args, options = {}) =>
    runCommand('ip', ['netns', 'exec', namespace, file, ...args], options);

  try {
    for (const namespace of all) {
      await mustRun('ip', ['netns', 'add', namespace]);
      await ip(namespace, ['link', 'set', 'lo', 'up']);
    }
    const { client, router, internet } = namespaces;
    const { clientAddress, routerLanAddress, routerWanAddress, internetAddress, prefixLength } = LAB_LINKS;
    // `ip -n router` puts the first end in the router; `netns` puts the peer straight into the other lab namespace.
    await ip(router, ['link', 'add', LAB_INTERFACES.routerLan, 'type', 'veth', 'peer', 'name', LAB_INTERFACES.client, 'netns', client]);
    await ip(router, ['link', 'add', LAB_INTERFACES.routerWan, 'type', 'veth', 'peer', 'name', LAB_INTERFACES.internet, 'netns', internet]);

    await ip(client, ['addr', 'add', `${clientAddress}/${prefixLength}`, 'dev', LAB_INTERFACES.client]);
    await ip(router, ['addr', 'add', `${routerLanAddress}/${prefixLength}`, 'dev', LAB_INTERFACES.routerLan]);
    await ip(router, ['addr', 'add', `${routerWanAddress}/${prefixLength}`, 'dev', LAB_INTERFACES.routerWan]);
    await ip(internet, ['addr', 'add', `${internetAddress}/${prefixLength}`, 'dev', LAB_INTERFACES.internet]);
    for (const address of new Set(Object.values(LAB_HOSTS).flat())) {
      await ip(internet, ['addr', 'add', `${address}/32`, 'dev', 'lo']);
    }
    await ip(client, ['link', 'set', LAB_INTERFACES.client, 'up']);
    await ip(router, ['link', 'set', LAB_INTERFACES.routerLan, 'up']);
    await ip(router, ['link', 'set', LAB_INTERFACES.routerWan, 'up']);
    await ip(internet, ['link', 'set', LAB_INTERFACES.internet, 'up']);

    const sysctl = await exec(router, 'sysctl', ['-qw', 'net.ipv4.ip_forward=1']);
    if (sysctl.code !== 0) throw new Error(`could not turn on forwarding in the router: ${sysctl.stderr}`);
    await ip(client, ['route', 'add', 'default', 'via', routerLanAddress]);
    await ip(router, ['route', 'add', '198.51.100.0/24', 'via', internetAddress]);
    await ip(router, ['route', 'add', '203.0.113.0/24', 'via', internetAddress]);
    await ip(internet, ['route', 'add', LAB_LINKS.lanPrefix, 'via', routerWanAddress]);

    // `ip netns exec` bind-mounts these over /etc: the client's system resolver is the router (the ISP's
    // dnsmasq), and name lookups go through files and DNS only — never a host daemon such as systemd-resolved.
    const nsswitch = labNsswitch();
    writeEtc(client, { 'resolv.conf': `nameserver ${routerLanAddress}\n`, hosts: '127.0.0.1 localhost\n::1 localhost\n', 'nsswitch.conf': nsswitch });
    writeEtc(router, { 'resolv.conf': 'nameserver 127.0.0.1\n', hosts: '127.0.0.1 localhost\n', 'nsswitch.conf': nsswitch });
    writeEtc(internet, { 'resolv.conf': `nameserver ${LAB_HOSTS.publicResolvers[0]}\n`, hosts: '127.0.0.1 localhost\n', 'nsswitch.conf': nsswitch });

    const added = [...(await hostInterfaceNames())].filter((name) => !hostLinksBefore.has(name));
    if (added.length > 0) throw new Error(`network lab: interfaces appeared in the host namespace (${added.join(', ')}); stopping`);
  } catch (error) {
    destroy();
    throw error;
  }

  return { runId, namespaces, ip, exec, destroy };
}

/** The host's nsswitch.conf with its `hosts:` line pinned to files and DNS. */
function labNsswitch(): string {
  const host = existsSync('/etc/nsswitch.conf') ? readFileSync('/etc/nsswitch.conf', 'utf8') : '';
  const others = host.split('\n').filter((line) => !/^\s*hosts\s*:/.test(line) && line.trim() !== '');
  return [...others, 'hosts: files dns', ''].join('\n');
}

function writeEtc(namespace: string, files: Record<string, string>): void {
  const dir = join('/etc/netns', namespace);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}
