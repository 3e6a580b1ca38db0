import { ipFamily, isLinkLocalV6, isUnspecifiedIp } from '../system/ip-literal.ts';
import { jsonArrayRecords } from '../system/command-json.ts';

/** One route from `ip -j route show` (or `ip -j route get`). */
export interface IpRoute {
  /** `default`, a prefix (`198.51.100.0/24`, `0.0.0.0/1`) or, from `route get`, an address. */
  readonly dst: string;
  readonly family: 4 | 6;
  readonly gateway?: string;
  readonly dev?: string;
  readonly metric: number;
  /** Absent for the main table. */
  readonly table?: string;
  /** `unicast` unless ip said otherwise (`local`, `broadcast`, `unreachable`, `blackhole`…). */
  readonly type: string;
  /** The route's link has no carrier (`linkdown`): the kernel cannot use it. */
  readonly linkDown: boolean;
}

type Json = Record<string, unknown>;

const asString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The next hop of a plain route, a multipath route (`nexthops`) or an RFC 5549 `via` one. */
function nextHop(entry: Json): { gateway?: string; dev?: string } {
  const nexthops = Array.isArray(entry['nexthops']) ? (entry['nexthops'] as unknown[]) : [];
  const first = nexthops.find((hop): hop is Json => typeof hop === 'object' && hop !== null);
  const source = first ?? entry;
  const via = source['via'];
  const gateway = asString(source['gateway']) ?? (typeof via === 'object' && via !== null ? asString((via as Json)['host']) : undefined);
  const dev = asString(source['dev']) ?? asString(entry['dev']);
  return { ...(gateway !== undefined ? { gateway } : {}), ...(dev !== undefined ? { dev } : {}) };
}

/**
 * Parses the JSON of `ip -j route show [table all]`, `ip -j -6 route show`
 * or `ip -j route get ADDRESS`. `family` is the one asked for (ip does not
 * repeat it per route). A link-local IPv6 gateway gets its interface as
 * zone (`fe80::1%eth0`), without which it cannot be reached.
 *
 * @returns undefined when the text is not ip's JSON (an iproute2 too old for
 *   `-j` prints text or an error instead)
 */
export function parseIpRouteJson(text: string, family: 4 | 6): IpRoute[] | undefined {
  const records = jsonArrayRecords(text);
  if (records === undefined) return undefined;
  const routes: IpRoute[] = [];
  for (const entry of records as Json[]) {
    const dst = asString(entry['dst']);
    if (dst === undefined) continue;
    const { gateway, dev } = nextHop(entry);
    const flags = Array.isArray(entry['flags']) ? entry['flags'] : [];
    const metric = typeof entry['metric'] === 'number' && Number.isFinite(entry['metric']) ? entry['metric'] : 0;
    const table = asString(entry['table']) ?? (typeof entry['table'] === 'number' ? String(entry['table']) : undefined);
    const usableGateway = gateway !== undefined && ipFamily(gateway) !== 0 && !isUnspecifiedIp(gateway) ? gateway : undefined;
    const zoned = usableGateway !== undefined && dev !== undefined && isLinkLocalV6(usableGateway) && !usableGateway.includes('%') ? `${usableGateway}%${dev}` : usableGateway;
    routes.push({
      dst,
      family,
      ...(zoned !== undefined ? { gateway: zoned } : {}),
      ...(dev !== undefined ? { dev } : {}),
      metric,
      ...(table !== undefined && table !== 'main' ? { table } : {}),
      type: asString(entry['type']) ?? 'unicast',
      linkDown: flags.includes('linkdown'),
    });
  }
  return routes;
}

/** True for a default route's destination in either family's spelling. */
export function isDefaultDestination(dst: string): boolean {
  return dst === 'default' || dst === '0.0.0.0/0' || dst === '::/0';
}

/** OpenVPN's `redirect-gateway def1` halves, which together outrank the default route. */
export function isSplitDefaultDestination(dst: string): boolean {
  return dst === '0.0.0.0/1' || dst === '128.0.0.0/1' || dst === '::/1' || dst === '8000::/1';
}
