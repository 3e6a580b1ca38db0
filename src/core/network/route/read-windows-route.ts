import type { CommandResult } from '../system/command-runner.ts';
import type { DefaultRouteCandidate, RouteFacts } from './default-route-candidate.ts';
import { parseGetNetAdapterJson, type WindowsAdapter } from './parse-get-net-adapter-json.ts';
import { parseGetNetRouteJson, type WindowsNetRoute } from './parse-get-net-route-json.ts';
import { parseRoutePrint, type RoutePrint } from './parse-route-print.ts';
import type { RunFixed } from './read-linux-route.ts';
import { isTunnelInterface } from './tunnel-interface.ts';

// PowerShell writes JSON in the console's code page unless told otherwise,
// which would mangle non-ASCII adapter names ("イーサネット").
const UTF8 = '[Console]::OutputEncoding = [System.Text.Encoding]::UTF8; ';
const powershell = (script: string): readonly [string, readonly string[]] => ['powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', UTF8 + script]];

/** The commands the Windows reader runs, with fixed scripts. */
export const WINDOWS_ROUTE_COMMANDS = {
  netRoute: powershell(
    "Get-NetRoute -DestinationPrefix '0.0.0.0/0','::/0' -PolicyStore ActiveStore -ErrorAction SilentlyContinue | Select-Object DestinationPrefix,NextHop,RouteMetric,InterfaceMetric,InterfaceAlias,ifIndex | ConvertTo-Json -Compress",
  ),
  netAdapter: powershell('Get-NetAdapter -ErrorAction SilentlyContinue | Select-Object Name,InterfaceDescription,Status,ifIndex | ConvertTo-Json -Compress'),
  routePrint: ['route', ['print']],
} as const;

const okOutput = (result: CommandResult): string | undefined => (result.exitCode === 0 && !result.timedOut ? result.stdout : undefined);

function factsFromNetRoute(routes: readonly WindowsNetRoute[], adapters: readonly WindowsAdapter[] | undefined): RouteFacts {
  const defaults: DefaultRouteCandidate[] = routes.map((route) => ({
    family: route.family,
    ...(route.nextHop !== undefined ? { gateway: route.nextHop } : {}),
    ...(route.interfaceAlias !== undefined ? { interfaceName: route.interfaceAlias } : {}),
    metric: route.metric,
    mainTable: true,
  }));
  const upAdapters = (adapters ?? []).filter((adapter) => adapter.up);
  const tunnels = upAdapters.filter((adapter) => isTunnelInterface({ name: adapter.name, ...(adapter.description !== undefined ? { description: adapter.description } : {}) }));
  return {
    interfaceUp: upAdapters.length > 0 || defaults.length > 0,
    defaults,
    tunnelInterfaces: tunnels.map((adapter) => adapter.name),
    tunnelOverridesDefault: false,
  };
}

function factsFromRoutePrint(table: RoutePrint): RouteFacts {
  const defaults: DefaultRouteCandidate[] = [
    ...table.ipv4
      .filter((row) => row.destination === '0.0.0.0' && row.netmask === '0.0.0.0')
      .map((row) => ({ family: 4 as const, ...(row.gateway !== undefined ? { gateway: row.gateway } : {}), metric: row.metric, mainTable: true })),
    ...table.ipv6
      .filter((row) => row.destination === '::/0')
      .map((row) => {
        const name = table.interfaces.get(row.interfaceIndex);
        const gateway = row.gateway !== undefined && row.gateway.startsWith('fe80') && !row.gateway.includes('%') ? `${row.gateway}%${row.interfaceIndex}` : row.gateway;
        return { family: 6 as const, ...(gateway !== undefined ? { gateway } : {}), ...(name !== undefined ? { interfaceName: name } : {}), metric: row.metric, mainTable: true };
      }),
  ];
  // The interface list also names disconnected adapters; one with an IPv6
  // route is bound and up.
  const active = new Set(table.ipv6.map((row) => row.interfaceIndex));
  const tunnels = [...table.interfaces].filter(([index, description]) => active.has(index) && isTunnelInterface({ name: description, description })).map(([, description]) => description);
  const split = table.ipv4.some((row) => row.netmask === '128.0.0.0' && (row.destination === '0.0.0.0' || row.destination === '128.0.0.0'));
  return {
    interfaceUp: table.ipv4.some((row) => !row.interfaceAddress.startsWith('127.')) || defaults.length > 0,
    defaults,
    tunnelInterfaces: tunnels,
    tunnelOverridesDefault: split,
  };
}

/**
 * Windows: PowerShell's Get-NetRoute (lowest RouteMetric + InterfaceMetric
 * wins) and Get-NetAdapter for VPN adapters; `route print`, run alongside
 * because PowerShell can be slow to start or missing, when those fail.
 *
 * @returns undefined when neither could be read
 */
export async function readWindowsRoute(run: RunFixed): Promise<RouteFacts | undefined> {
  const [netRoute, netAdapter, routePrint] = await Promise.all([
    run(...WINDOWS_ROUTE_COMMANDS.netRoute),
    run(...WINDOWS_ROUTE_COMMANDS.netAdapter),
    run(...WINDOWS_ROUTE_COMMANDS.routePrint),
  ]);
  const routeJson = okOutput(netRoute);
  const routes = routeJson === undefined ? undefined : parseGetNetRouteJson(routeJson);
  if (routes !== undefined) {
    const adapterJson = okOutput(netAdapter);
    return factsFromNetRoute(routes, adapterJson === undefined ? undefined : parseGetNetAdapterJson(adapterJson));
  }
  const printed = okOutput(routePrint);
  if (printed === undefined) return undefined;
  const table = parseRoutePrint(printed);
  // A route print with no route at all is not a routing table: even an
  // offline machine lists its loopback routes.
  return table.ipv4.length > 0 ? factsFromRoutePrint(table) : undefined;
}
