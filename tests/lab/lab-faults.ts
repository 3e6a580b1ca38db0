import { LAB_HOSTS, LAB_INTERFACES, LAB_LINKS, LAB_NAMES } from './lab-addresses.ts';
import type { LabTopology } from './lab-network.ts';
import { HEALTHY_SERVER_SETTINGS, type LabServerSettings } from './lab-servers.ts';

// Every fault of the decision table, made for real. Applying a fault first
// puts the whole lab back to its healthy baseline (links, routes, firewall,
// queues, ISP resolver, servers), so a scenario that failed half-way never
// leaks into the next one; applying `healthy` is the revert.

/** The faults the lab can make. */
export const LAB_FAULTS = [
  'healthy',
  'interface-down',
  'no-default-route',
  'router-down',
  'upstream-blackholed',
  'isp-dns-timeout',
  'isp-dns-servfail',
  'isp-dns-rewrite',
  'public-dns-blocked',
  'captive-portal',
  'tls-interception',
  'clock-ahead',
  'clock-behind',
  'service-5xx',
  'service-52x',
  'service-hang',
  'regional',
  'packet-loss',
  'slow-link',
] as const;

/** One fault of the lab. */
export type LabFault = (typeof LAB_FAULTS)[number];

/** What a fault may change. Everything left out stays at the healthy baseline. */
export interface FaultPlan {
  /** One line for the README and the logs. */
  readonly description: string;
  /** The servers' behaviour. */
  readonly servers?: LabServerSettings;
  /** Extra lines for the ISP's dnsmasq (the router's resolver), before its forwarding to the public resolvers. */
  readonly ispResolver?: readonly string[];
  /** An nftables ruleset loaded into the router. */
  readonly routerRules?: string;
  /** An nftables ruleset loaded into the internet namespace. */
  readonly internetRules?: string;
  /** `ip` commands run in the client namespace (`ip -n client …`). */
  readonly clientIp?: readonly (readonly string[])[];
  /** `tc` commands run in the router namespace. */
  readonly routerTc?: readonly (readonly string[])[];
  /** The client's clock offset, as faketime takes it (`+365d`); the CLI then runs under faketime. */
  readonly clientClockOffset?: string;
}

/** The ISP resolver's baseline: forward everything to the public resolvers. */
export const ISP_FORWARDING_LINES: readonly string[] = LAB_HOSTS.publicResolvers.map((resolver) => `server=${resolver}`);

const { routerLan, routerWan, client: clientLink } = LAB_INTERFACES;
const edges = (behaviour: LabServerSettings['edgeA']): LabServerSettings => ({ ...HEALTHY_SERVER_SETTINGS, edgeA: behaviour, edgeB: behaviour });

/** The plan of every fault. */
export const FAULT_PLANS: Readonly<Record<LabFault, FaultPlan>> = {
  healthy: { description: 'everything works' },
  'interface-down': {
    description: "the client's only interface is down",
    clientIp: [['link', 'set', clientLink, 'down']],
  },
  'no-default-route': {
    description: 'the client has an address but no default route',
    clientIp: [['route', 'del', 'default']],
  },
  'router-down': {
    description: "the router drops everything arriving on its LAN side, ARP included (it looks switched off)",
    routerRules: `table netdev sdlab_router_down {
  chain lan_ingress {
    type filter hook ingress device "${routerLan}" priority 0; policy drop;
  }
}`,
  },
  'upstream-blackholed': {
    description: 'the router answers, but nothing beyond it does: it drops what it forwards, and the link past its WAN side swallows everything (its own DNS forwarding included)',
    routerRules: `table inet sdlab_blackhole {
  chain forward { type filter hook forward priority 0; policy drop; }
}`,
    // Dropped where the router cannot see it (a dead upstream), so its own queries time out rather than fail at once.
    internetRules: `table netdev sdlab_blackhole {
  chain upstream_ingress {
    type filter hook ingress device "${LAB_INTERFACES.internet}" priority 0; policy drop;
  }
}`,
  },
  'isp-dns-timeout': {
    description: "the ISP resolver on the router never answers (port 53 dropped) while the public resolvers work",
    routerRules: `table inet sdlab_dns_timeout {
  chain input {
    type filter hook input priority 0; policy accept;
    iifname "${routerLan}" meta l4proto { tcp, udp } th dport 53 drop
  }
}`,
  },
  'isp-dns-servfail': {
    description: `the ISP resolver answers SERVFAIL for ${LAB_NAMES.chat} (its backend is broken) while the public resolvers work`,
    ispResolver: [`server=/${LAB_NAMES.chat}/${LAB_HOSTS.servfailBackend}`],
  },
  'isp-dns-rewrite': {
    description: `the ISP resolver rewrites ${LAB_NAMES.chat} to a block page (${LAB_HOSTS.blockPage}) with its own certificate`,
    ispResolver: [`host-record=${LAB_NAMES.chat},${LAB_HOSTS.blockPage}`],
  },
  'public-dns-blocked': {
    description: `plain DNS beyond the router is dropped (port 53 to the public resolvers), DoH works, and the ISP resolver answers NXDOMAIN for ${LAB_NAMES.chat}`,
    ispResolver: [`local=/${LAB_NAMES.chat}/`],
    routerRules: `table inet sdlab_dns_blocked {
  chain forward {
    type filter hook forward priority 0; policy accept;
    iifname "${routerLan}" meta l4proto { tcp, udp } th dport 53 drop
  }
}`,
  },
  'captive-portal': {
    description: `the router sends every plain-HTTP connection to the portal (${LAB_HOSTS.portal}, 302 to its sign-in page) and refuses HTTPS until sign-in`,
    routerRules: `table ip sdlab_portal_nat {
  chain prerouting {
    type nat hook prerouting priority -100; policy accept;
    iifname "${routerLan}" tcp dport 80 dnat to ${LAB_HOSTS.portal}:80
  }
}
table inet sdlab_portal_filter {
  chain forward {
    type filter hook forward priority 0; policy accept;
    iifname "${routerLan}" tcp dport 443 reject with tcp reset
  }
}`,
  },
  'tls-interception': {
    description: 'every HTTPS site (control site, edges, DoH) presents a certificate from "Lab Interceptor", a CA the client does not trust',
    servers: { ...HEALTHY_SERVER_SETTINGS, certificates: 'interceptor' },
  },
  'clock-ahead': {
    description: "the client's clock is a year ahead: every certificate has expired, the servers' Date headers are right",
    clientClockOffset: '+365d',
  },
  'clock-behind': {
    description: "the client's clock is a year behind: no certificate is valid yet, the servers' Date headers are right",
    clientClockOffset: '-365d',
  },
  'service-5xx': { description: 'both edges of the chat service answer 500', servers: edges({ kind: 'status', status: 500 }) },
  'service-52x': { description: 'both edges answer 522 (Cloudflare: origin timed out), with cf-ray', servers: edges({ kind: 'status', status: 522 }) },
  'service-hang': { description: 'both edges accept the connection and never send headers', servers: edges({ kind: 'hang' }) },
  regional: {
    description: `the ISP resolver hands out edge A (${LAB_HOSTS.edgeA}), which answers 502; the public resolvers hand out edge B (${LAB_HOSTS.edgeB}), which works`,
    ispResolver: [`host-record=${LAB_NAMES.chat},${LAB_HOSTS.edgeA}`],
    servers: { ...HEALTHY_SERVER_SETTINGS, edgeA: { kind: 'status', status: 502 } },
  },
  'packet-loss': {
    description: '30 % of the packets the router forwards (each direction) are dropped',
    routerRules: `table inet sdlab_loss {
  chain forward {
    type filter hook forward priority 0; policy accept;
    numgen random mod 100 < 30 drop
  }
}`,
  },
  'slow-link': {
    description: 'the router shapes both directions to 512 kbit/s (tbf)',
    routerTc: [routerLan, routerWan].map((device) => ['qdisc', 'replace', 'dev', device, 'root', 'tbf', 'rate', '512kbit', 'burst', '16kb', 'latency', '400ms']),
  },
};

/** What applying a fault needs from the lab. */
export interface FaultTarget {
  readonly topology: LabTopology;
  /** Runs the ISP's dnsmasq with these extra lines (restarting it only when they differ from what runs). */
  setIspResolver(lines: readonly string[]): Promise<void>;
  /** Switches the internet's servers (restarting them if they died). */
  configureServers(settings: LabServerSettings): Promise<void>;
}

async function nft(topology: LabTopology, namespace: string, ruleset: string): Promise<void> {
  const result = await topology.exec(namespace, 'nft', ['-f', '-'], { input: `${ruleset}\n` });
  if (result.code !== 0) throw new Error(`nft in ${namespace} failed: ${result.stderr.trim()}`);
}

/** Puts links, routes, neighbours, firewall rules and queues back to the healthy baseline. */
async function resetNetwork(topology: LabTopology): Promise<void> {
  const { client, router, internet } = topology.namespaces;
  const { clientAddress, routerLanAddress, internetAddress, routerWanAddress, prefixLength, lanPrefix } = LAB_LINKS;
  for (const namespace of [client, router, internet]) {
    const flushed = await topology.exec(namespace, 'nft', ['flush', 'ruleset']);
    if (flushed.code !== 0) throw new Error(`nft flush ruleset in ${namespace} failed: ${flushed.stderr.trim()}`);
  }
  for (const device of [routerLan, routerWan]) {
    // No qdisc of ours is the usual case; deleting the default one fails harmlessly.
    await topology.exec(router, 'tc', ['qdisc', 'del', 'dev', device, 'root']);
    await topology.ip(router, ['link', 'set', device, 'up']);
  }
  await topology.ip(client, ['link', 'set', clientLink, 'up']);
  await topology.ip(client, ['addr', 'replace', `${clientAddress}/${prefixLength}`, 'dev', clientLink]);
  await topology.ip(client, ['route', 'replace', 'default', 'via', routerLanAddress, 'dev', clientLink]);
  await topology.ip(router, ['route', 'replace', '198.51.100.0/24', 'via', internetAddress]);
  await topology.ip(router, ['route', 'replace', '203.0.113.0/24', 'via', internetAddress]);
  await topology.ip(internet, ['route', 'replace', lanPrefix, 'via', routerWanAddress]);
  for (const namespace of [client, router, internet]) await topology.ip(namespace, ['neigh', 'flush', 'all']);
}

/**
 * Makes one fault (after restoring the healthy baseline); returns its plan,
 * whose `clientClockOffset` the CLI run must honour.
 */
export async function applyFault(target: FaultTarget, fault: LabFault): Promise<FaultPlan> {
  const plan = FAULT_PLANS[fault];
  const { topology } = target;
  await resetNetwork(topology);
  await target.setIspResolver(plan.ispResolver ?? []);
  await target.configureServers(plan.servers ?? HEALTHY_SERVER_SETTINGS);
  if (plan.routerRules) await nft(topology, topology.namespaces.router, plan.routerRules);
  if (plan.internetRules) await nft(topology, topology.namespaces.internet, plan.internetRules);
  for (const args of plan.routerTc ?? []) {
    const result = await topology.exec(topology.namespaces.router, 'tc', args);
    if (result.code !== 0) throw new Error(`tc ${args.join(' ')} failed: ${result.stderr.trim()}`);
  }
  for (const args of plan.clientIp ?? []) await topology.ip(topology.namespaces.client, args);
  return plan;
}
