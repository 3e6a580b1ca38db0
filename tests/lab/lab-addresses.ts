// The lab's address plan. Every address lives only inside the lab's own
// network namespaces: two 10.213.x.0/24 links and the documentation ranges
// 198.51.100.0/24 (sites) and 203.0.113.0/24 (resolvers). Nothing here is
// ever routed toward the host; lab-network.ts refuses to start when any of
// these prefixes overlaps a route of the host.

/** The prefixes the lab uses; none may overlap a route of the host. */
export const LAB_PREFIXES = ['10.213.1.0/24', '10.213.2.0/24', '198.51.100.0/24', '203.0.113.0/24'] as const;

/** Interface names inside the namespaces (each namespace is private to one lab, so names can be fixed). */
export const LAB_INTERFACES = {
  /** The client's link to the router. */
  client: 'lab0',
  /** The router's client-facing (LAN) side. */
  routerLan: 'lan0',
  /** The router's upstream (WAN) side. */
  routerWan: 'wan0',
  /** The internet namespace's link to the router. */
  internet: 'up0',
} as const;

/** Addresses of the client, the router and the internet's side of the upstream link. */
export const LAB_LINKS = {
  clientAddress: '10.213.1.2',
  routerLanAddress: '10.213.1.1',
  lanPrefix: '10.213.1.0/24',
  routerWanAddress: '10.213.2.1',
  internetAddress: '10.213.2.2',
  wanPrefix: '10.213.2.0/24',
  prefixLength: 24,
} as const;

/** The public side: resolvers and sites, all held by the internet namespace. */
export const LAB_HOSTS = {
  /** Plain-DNS public resolvers (one dnsmasq listening on both). */
  publicResolvers: ['203.0.113.53', '203.0.113.54'],
  /** The DoH resolver: HTTPS on an IP literal, forwarding to the first public resolver. */
  doh: '203.0.113.10',
  /** A broken resolver backend that answers SERVFAIL to everything (the ISP forwards to it in one fault). */
  servfailBackend: '203.0.113.99',
  /** A well-known site that is not the AI service. */
  control: '198.51.100.10',
  /** Edge A of the chat service: what the ISP hands out in the regional fault. */
  edgeA: '198.51.100.20',
  /** Edge B of the chat service: what the public resolvers hand out. */
  edgeB: '198.51.100.21',
  /** The captive portal. */
  portal: '198.51.100.30',
  /** The plain-HTTP connectivity check (`/generate_204`). */
  connectivity: '198.51.100.40',
  /** Where a rewriting ISP resolver sends the service: a block page with its own certificate. */
  blockPage: '198.51.100.66',
} as const;

/** Host names of the lab (under `lab.test`, which no real resolver answers). */
export const LAB_NAMES = {
  chat: 'chat.lab.test',
  control: 'control.lab.test',
  portal: 'portal.lab.test',
  connectivity: 'connectivity.lab.test',
  blockPage: 'blocked.lab.test',
} as const;

/** What the public resolvers answer for each lab name. */
export const PUBLIC_DNS_RECORDS: readonly (readonly [name: string, address: string])[] = [
  [LAB_NAMES.chat, LAB_HOSTS.edgeB],
  [LAB_NAMES.control, LAB_HOSTS.control],
  [LAB_NAMES.portal, LAB_HOSTS.portal],
  [LAB_NAMES.connectivity, LAB_HOSTS.connectivity],
  [LAB_NAMES.blockPage, LAB_HOSTS.blockPage],
];

/** The DoH endpoint as a client configures it. */
export const LAB_DOH_URL = `https://${LAB_HOSTS.doh}/dns-query`;
