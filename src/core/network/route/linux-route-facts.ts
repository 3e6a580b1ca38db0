import { isDefaultDestination, isSplitDefaultDestination, type IpRoute } from './parse-ip-route-json.ts';
import type { IpInterface } from './parse-ip-addr-json.ts';
import type { ProcRoute } from './parse-proc-net-route.ts';
import type { DefaultRouteCandidate, RouteFacts } from './default-route-candidate.ts';
import { isTunnelInterface, type TunnelHint } from './tunnel-interface.ts';

const usable = (route: IpRoute): boolean => route.type === 'unicast' && !route.linkDown && route.table !== 'local';

/**
 * Facts from `ip -j route show table all` (both families) and, when it
 * could be read, `ip -j -d addr show`. Without the interface list, an
 * interface counts as up when a usable route leaves through it.
 */
export function linuxRouteFacts(routes: readonly IpRoute[], interfaces: readonly IpInterface[] | undefined): RouteFacts {
  const live = routes.filter(usable);
  const defaults: DefaultRouteCandidate[] = live
    .filter((route) => isDefaultDestination(route.dst))
    .map((route) => ({
      family: route.family,
      ...(route.gateway !== undefined ? { gateway: route.gateway } : {}),
      ...(route.dev !== undefined ? { interfaceName: route.dev } : {}),
      metric: route.metric,
      mainTable: route.table === undefined,
    }));

  const byName = new Map((interfaces ?? []).map((iface) => [iface.name, iface]));
  const hintFor = (name: string): TunnelHint => {
    const iface = byName.get(name);
    return { name, ...(iface?.kind !== undefined ? { kind: iface.kind } : {}), ...(iface?.linkType !== undefined ? { linkType: iface.linkType } : {}) };
  };
  const upTunnels = (interfaces ?? []).filter((iface) => !iface.loopback && iface.up && isTunnelInterface(hintFor(iface.name))).map((iface) => iface.name);
  const isTunnelDev = (dev: string | undefined): boolean => dev !== undefined && isTunnelInterface(hintFor(dev));
  const splitThroughTunnel = live.some((route) => isSplitDefaultDestination(route.dst) && isTunnelDev(route.dev));
  const policyDefaultThroughTunnel = live.some((route) => isDefaultDestination(route.dst) && route.table !== undefined && isTunnelDev(route.dev));

  const interfaceUp =
    interfaces !== undefined
      ? interfaces.some((iface) => !iface.loopback && iface.up && iface.hasGlobalAddress)
      : live.some((route) => route.dev !== undefined && route.dev !== 'lo');

  return {
    interfaceUp,
    defaults,
    tunnelInterfaces: [...new Set(upTunnels)],
    tunnelOverridesDefault: splitThroughTunnel || policyDefaultThroughTunnel,
  };
}

/** Facts from `/proc/net/route` alone (IPv4 main table, no interface list). */
export function procRouteFacts(routes: readonly ProcRoute[]): RouteFacts {
  const live = routes.filter((route) => route.up && route.interfaceName !== 'lo');
  const defaults: DefaultRouteCandidate[] = live
    .filter((route) => route.destination === '0.0.0.0' && route.mask === '0.0.0.0')
    .map((route) => ({
      family: 4,
      ...(route.gateway !== undefined ? { gateway: route.gateway } : {}),
      interfaceName: route.interfaceName,
      metric: route.metric,
      mainTable: true,
    }));
  const tunnels = [...new Set(live.map((route) => route.interfaceName).filter((name) => isTunnelInterface({ name })))];
  const split = live.some((route) => route.mask === '128.0.0.0' && (route.destination === '0.0.0.0' || route.destination === '128.0.0.0') && tunnels.includes(route.interfaceName));
  return { interfaceUp: live.length > 0, defaults, tunnelInterfaces: tunnels, tunnelOverridesDefault: split };
}
