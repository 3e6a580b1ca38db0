import type { CommandResult } from '../system/command-runner.ts';
import type { DefaultRouteCandidate, RouteFacts } from './default-route-candidate.ts';
import { parseMacosRouteGet, type MacosRouteGet } from './parse-macos-route-get.ts';
import type { RunFixed } from './read-linux-route.ts';
import { isTunnelInterface } from './tunnel-interface.ts';

/** The commands the macOS reader runs: routing-table lookups, nothing is sent. */
export const MACOS_ROUTE_COMMANDS = {
  default4: ['route', ['-n', 'get', 'default']],
  default6: ['route', ['-n', 'get', '-inet6', 'default']],
} as const satisfies Record<string, readonly [string, readonly string[]]>;

function answer(result: CommandResult): MacosRouteGet {
  if (result.missing || result.timedOut) return { kind: 'unreadable' };
  return parseMacosRouteGet(`${result.stdout}\n${result.stderr}`);
}

/**
 * macOS: `route -n get default` for each family. Every utun interface of a
 * Mac exists all the time (iCloud, Handoff…), so only a tunnel that carries
 * the default route is reported.
 *
 * @returns undefined unless the IPv4 answer, and the IPv6 one when IPv4 has no default, were read
 */
export async function readMacosRoute(run: RunFixed): Promise<RouteFacts | undefined> {
  const [v4, v6] = (await Promise.all([run(...MACOS_ROUTE_COMMANDS.default4), run(...MACOS_ROUTE_COMMANDS.default6)])).map(answer);
  if (v4 === undefined || v6 === undefined || v4.kind === 'unreadable') return undefined;
  if (v4.kind === 'no-route' && v6.kind === 'unreadable') return undefined;
  const defaults: DefaultRouteCandidate[] = [];
  for (const [family, found] of [[4, v4], [6, v6]] as const) {
    if (found.kind !== 'route') continue;
    defaults.push({
      family,
      ...(found.gateway !== undefined ? { gateway: found.gateway } : {}),
      ...(found.interfaceName !== undefined ? { interfaceName: found.interfaceName } : {}),
      metric: 0,
      mainTable: true,
    });
  }
  const tunnels = defaults.flatMap((route) => (route.interfaceName !== undefined && isTunnelInterface({ name: route.interfaceName }) ? [route.interfaceName] : []));
  return { interfaceUp: defaults.length > 0, defaults, tunnelInterfaces: [...new Set(tunnels)], tunnelOverridesDefault: false };
}
