import { ipFamily, isUnspecifiedIp } from '../system/ip-literal.ts';
import { powershellJsonRecords } from '../system/command-json.ts';

/** One default route from PowerShell `Get-NetRoute … | ConvertTo-Json`. */
export interface WindowsNetRoute {
  readonly family: 4 | 6;
  /** Absent for an on-link route (NextHop 0.0.0.0 or ::). */
  readonly nextHop?: string;
  /** RouteMetric + InterfaceMetric: Windows picks the lowest sum. */
  readonly metric: number;
  readonly interfaceAlias?: string;
  readonly interfaceIndex?: number;
}

type Json = Record<string, unknown>;

const number = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * Parses `ConvertTo-Json` of Get-NetRoute objects (NextHop, RouteMetric,
 * InterfaceMetric, InterfaceAlias, ifIndex). ConvertTo-Json prints one
 * object, not an array, when there is one route, and nothing at all when
 * there is none; a UTF-8 byte-order mark may lead.
 *
 * @returns the routes (empty for empty output), or undefined for text that is not such JSON
 */
export function parseGetNetRouteJson(text: string): WindowsNetRoute[] | undefined {
  const items = powershellJsonRecords(text, true) as Json[] | undefined;
  if (items === undefined) return undefined;
  const routes: WindowsNetRoute[] = [];
  for (const item of items) {
    const nextHop = typeof item['NextHop'] === 'string' ? item['NextHop'].trim() : '';
    const prefix = typeof item['DestinationPrefix'] === 'string' ? item['DestinationPrefix'] : '';
    const family = ipFamily(nextHop) || (prefix.includes(':') ? 6 : prefix !== '' ? 4 : 0);
    if (family === 0) continue;
    const alias = item['InterfaceAlias'];
    const index = item['ifIndex'] ?? item['InterfaceIndex'];
    routes.push({
      family,
      ...(nextHop !== '' && !isUnspecifiedIp(nextHop) ? { nextHop } : {}),
      metric: number(item['RouteMetric']) + number(item['InterfaceMetric']),
      ...(typeof alias === 'string' && alias !== '' ? { interfaceAlias: alias } : {}),
      ...(typeof index === 'number' ? { interfaceIndex: index } : {}),
    });
  }
  return routes;
}
