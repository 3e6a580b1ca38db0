import { readFile } from 'node:fs/promises';
import type { RouteEvidence } from '../network-evidence.ts';
import { startDeadline } from '../system/check-deadline.ts';
import type { CommandRunner } from '../system/command-runner.ts';
import { ROUTE_NOT_READ, toRouteEvidence, type RouteFacts } from './default-route-candidate.ts';
import { readLinuxRoute, type RunFixed } from './read-linux-route.ts';
import { readMacosRoute } from './read-macos-route.ts';
import { readWindowsRoute } from './read-windows-route.ts';
import { isTunnelInterface } from './tunnel-interface.ts';

/** Limits of one route check. */
export interface RouteCheckOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/** What {@link checkRoute} runs on. */
export interface RouteCheckDeps {
  readonly runCommand: CommandRunner;
  readonly platform: NodeJS.Platform;
  /** Reads a text file (Linux `/proc/net/route`); the real file system by default. */
  readonly readTextFile?: (path: string) => Promise<string>;
}

/**
 * Reads the interfaces and the default route from the OS routing table:
 * `ip -j` (then `/proc/net/route`) on Linux, `route -n get default` on
 * macOS, Get-NetRoute (then `route print`) on Windows. Nothing is sent on
 * the network. Never rejects; `completed: false` when nothing could be read
 * in time, or on another platform. What was read before the deadline is
 * used (IPv4 without IPv6, say).
 */
export async function checkRoute(options: RouteCheckOptions, deps: RouteCheckDeps): Promise<RouteEvidence> {
  const deadline = startDeadline(options.timeoutMs, options.signal);
  const run: RunFixed = (file, args) => deps.runCommand(file, args, { timeoutMs: deadline.remainingMs(), signal: deadline.signal });
  const readTextFile = deps.readTextFile ?? ((path: string) => readFile(path, 'utf8'));
  try {
    let facts: RouteFacts | undefined;
    if (deps.platform === 'linux' || deps.platform === 'android') facts = await readLinuxRoute(run, readTextFile);
    else if (deps.platform === 'darwin') facts = await readMacosRoute(run);
    else if (deps.platform === 'win32') facts = await readWindowsRoute(run);
    if (facts === undefined) return ROUTE_NOT_READ;
    return toRouteEvidence(facts, (name) => isTunnelInterface({ name }));
  } catch {
    return ROUTE_NOT_READ;
  } finally {
    deadline.dispose();
  }
}
