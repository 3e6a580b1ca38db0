import type { CommandResult } from '../system/command-runner.ts';
import type { RouteFacts } from './default-route-candidate.ts';
import { linuxRouteFacts, procRouteFacts } from './linux-route-facts.ts';
import { parseIpAddrJson } from './parse-ip-addr-json.ts';
import { parseIpRouteJson } from './parse-ip-route-json.ts';
import { parseProcNetRoute } from './parse-proc-net-route.ts';

/** Runs one fixed command under the check's deadline. */
export type RunFixed = (file: string, args: readonly string[]) => Promise<CommandResult>;

/** The commands the Linux reader runs, all read-only queries of the kernel's tables. */
export const LINUX_ROUTE_COMMANDS = {
  addresses: ['ip', ['-j', '-d', 'addr', 'show']],
  routes4: ['ip', ['-j', '-4', 'route', 'show', 'table', 'all']],
  routes6: ['ip', ['-j', '-6', 'route', 'show', 'table', 'all']],
} as const satisfies Record<string, readonly [string, readonly string[]]>;

const okOutput = (result: CommandResult): string | undefined => (result.exitCode === 0 && !result.timedOut ? result.stdout : undefined);

/**
 * Linux: `ip -j` for interfaces and both families' routes, every table (a
 * WireGuard default lives in its own); `/proc/net/route` when ip is missing
 * or too old for JSON.
 *
 * @returns undefined when no routing table could be read
 */
export async function readLinuxRoute(run: RunFixed, readTextFile: (path: string) => Promise<string>): Promise<RouteFacts | undefined> {
  const [addresses, routes4, routes6] = await Promise.all([
    run(...LINUX_ROUTE_COMMANDS.addresses),
    run(...LINUX_ROUTE_COMMANDS.routes4),
    run(...LINUX_ROUTE_COMMANDS.routes6),
  ]);
  const interfaces = parseIpAddrJson(okOutput(addresses) ?? '');
  const v4 = parseIpRouteJson(okOutput(routes4) ?? '', 4);
  if (v4 !== undefined) {
    const v6 = parseIpRouteJson(okOutput(routes6) ?? '', 6) ?? [];
    return linuxRouteFacts([...v4, ...v6], interfaces);
  }
  try {
    const table = parseProcNetRoute(await readTextFile('/proc/net/route'));
    const facts = procRouteFacts(table);
    return interfaces === undefined ? facts : { ...facts, interfaceUp: interfaces.some((iface) => !iface.loopback && iface.up && iface.hasGlobalAddress) };
  } catch {
    return undefined;
  }
}
