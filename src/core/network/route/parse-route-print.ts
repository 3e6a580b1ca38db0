import { ipFamily } from '../system/ip-literal.ts';

/** What Windows `route print` shows, read by shape so that any display language works. */
export interface RoutePrint {
  /** The interface list: index → adapter description. */
  readonly interfaces: ReadonlyMap<number, string>;
  readonly ipv4: readonly RoutePrintIpv4Row[];
  readonly ipv6: readonly RoutePrintIpv6Row[];
}

/** One row of the IPv4 active-routes table. */
export interface RoutePrintIpv4Row {
  readonly destination: string;
  readonly netmask: string;
  /** Absent when the gateway column holds the (translated) word for on-link. */
  readonly gateway?: string;
  /** The address of the interface the route leaves through. */
  readonly interfaceAddress: string;
  readonly metric: number;
}

/** One row of the IPv6 active-routes table. */
export interface RoutePrintIpv6Row {
  readonly interfaceIndex: number;
  readonly metric: number;
  readonly destination: string;
  readonly gateway?: string;
}

const IPV4 = String.raw`\d{1,3}(?:\.\d{1,3}){3}`;
// Destination, netmask, gateway (an address or a word such as "On-link",
// "Auf Verbindung", "リンク上"), interface address, metric. Persistent routes
// have four columns and never match.
const IPV4_ROW = new RegExp(String.raw`^\s*(${IPV4})\s+(${IPV4})\s+(\S.*?)\s+(${IPV4})\s+(\d+)\s*$`);
const IPV6_ROW = /^\s*(\d+)\s+(\d+)\s+([0-9a-f:]+\/\d{1,3})\s+(\S+)\s*$/i;
// " 12...18 66 da 4b 22 31 ......Intel(R) Ethernet Connection" and
// "  1...........................Software Loopback Interface 1"
const INTERFACE_ROW = /^\s*(\d+)\.{3}(?:[0-9a-f]{2}(?: [0-9a-f]{2})*)?\s*\.+(.+?)\s*$/i;

/**
 * Parses `route print`: the interface list, the IPv4 and the IPv6 route
 * tables, recognising rows by their columns rather than by the translated
 * headings. IPv4 persistent routes have four columns and are skipped by
 * shape; an IPv6 persistent route also shows in the active table while it
 * is in force, so a duplicate changes nothing.
 */
export function parseRoutePrint(text: string): RoutePrint {
  const interfaces = new Map<number, string>();
  const ipv4: RoutePrintIpv4Row[] = [];
  const ipv6: RoutePrintIpv6Row[] = [];
  for (const line of text.split(/\r?\n/)) {
    const iface = INTERFACE_ROW.exec(line);
    if (iface?.[1] !== undefined && iface[2] !== undefined) {
      interfaces.set(Number(iface[1]), iface[2]);
      continue;
    }
    const v4 = IPV4_ROW.exec(line);
    if (v4 !== null) {
      const [, destination, netmask, gateway, interfaceAddress, metric] = v4;
      if (destination === undefined || netmask === undefined || gateway === undefined || interfaceAddress === undefined || metric === undefined) continue;
      ipv4.push({ destination, netmask, ...(ipFamily(gateway) === 4 ? { gateway } : {}), interfaceAddress, metric: Number(metric) });
      continue;
    }
    const v6 = IPV6_ROW.exec(line);
    if (v6 !== null) {
      const [, index, metric, destination, gateway] = v6;
      if (index === undefined || metric === undefined || destination === undefined || gateway === undefined) continue;
      ipv6.push({ interfaceIndex: Number(index), metric: Number(metric), destination: destination.toLowerCase(), ...(ipFamily(gateway) === 6 ? { gateway } : {}) });
    }
  }
  return { interfaces, ipv4, ipv6 };
}
