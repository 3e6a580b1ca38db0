import type { GatewayEvidence } from '../network-evidence.ts';
import { startDeadline } from '../system/check-deadline.ts';
import type { CommandRunner } from '../system/command-runner.ts';
import { canonicalIp, ipFamily } from '../system/ip-literal.ts';
import { neighbourCommand, pingCommand } from './gateway-commands.ts';
import type { NeighbourEntry } from './neighbour-entry.ts';
import { parseMacosArp, parseWindowsArp } from './parse-arp-table.ts';
import { parseIpNeighJson } from './parse-ip-neigh-json.ts';
import { pingShowsReply } from './parse-ping-output.ts';
import { tcpConnect, type TcpConnect } from './tcp-connect.ts';

/** Ports a home router usually has open or actively refuses: DNS, its web page. */
export const GATEWAY_TCP_PORTS = [53, 80, 443] as const;

/** The longest a TCP connection attempt waits; a router on the LAN answers in milliseconds. */
export const DEFAULT_GATEWAY_CONNECT_TIMEOUT_MS = 2000;

// Connection attempts end this long before the check's deadline, so that a
// silent router is reported as silent rather than as "ran out of time".
const DEADLINE_MARGIN_MS = 100;

/** Limits of one gateway check. */
export interface GatewayCheckOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Per-port TCP connect timeout; {@link DEFAULT_GATEWAY_CONNECT_TIMEOUT_MS} by default. */
  readonly connectTimeoutMs?: number;
}

/** What {@link checkGateway} runs on. */
export interface GatewayCheckDeps {
  /** TCP connection attempts; the real `node:net` one by default. */
  readonly connect?: TcpConnect;
  readonly runCommand: CommandRunner;
  readonly platform: NodeJS.Platform;
  /** Monotonic clock in ms, for `ms`. */
  readonly monotonicMs?: () => number;
}

/** How long TCP alone is given before the neighbour table and ping are asked too. */
export const SUPPLEMENT_DELAY_MS = 150;

type MethodResult = { readonly kind: 'alive'; readonly method: 'tcp' | 'neighbour' | 'ping'; readonly ms: number } | { readonly kind: 'no' } | { readonly kind: 'unknown' };

const UNKNOWN: MethodResult = { kind: 'unknown' };
const NO: MethodResult = { kind: 'no' };

function parseNeighbours(platform: NodeJS.Platform, text: string): NeighbourEntry[] | undefined {
  if (platform === 'darwin') return parseMacosArp(text);
  if (platform === 'win32') return parseWindowsArp(text);
  return parseIpNeighJson(text);
}

/**
 * Checks whether the router at `address` answers, three ways at once: TCP
 * connections to ports 53, 80 and 443 (a connection or a refusal both
 * prove it is there), the neighbour table (a REACHABLE
 * entry with a MAC), and the system ping. Resolves as soon as one shows the
 * router alive; `reachable: false` only when all have finished without an
 * answer. `completed` is false when time ran out first, when neither the
 * TCP attempts nor ping could say no (both unable to run), or for an
 * `address` that is not an IP address. A link-local IPv6 address needs its zone
 * (`fe80::1%eth0`). Never rejects.
 */
export async function checkGateway(address: string, options: GatewayCheckOptions, deps: GatewayCheckDeps): Promise<GatewayEvidence> {
  const target = canonicalIp(address);
  if (target === undefined || ipFamily(address) === 0) return { completed: false, address, reachable: false };
  const zone = /%(.+)$/.exec(address)?.[1];
  const now = deps.monotonicMs ?? (() => performance.now());
  const connect = deps.connect ?? tcpConnect;
  const deadline = startDeadline(options.timeoutMs, options.signal, now);
  const finished = new AbortController();
  const signal = AbortSignal.any([deadline.signal, finished.signal]);
  const startedAt = now();
  const elapsed = (): number => Math.max(0, Math.round(now() - startedAt));

  const viaTcp = (): Promise<MethodResult> =>
    new Promise((resolve) => {
      const connectTimeout = Math.max(0, Math.min(options.connectTimeoutMs ?? DEFAULT_GATEWAY_CONNECT_TIMEOUT_MS, options.timeoutMs - DEADLINE_MARGIN_MS));
      let pending = GATEWAY_TCP_PORTS.length;
      let silent = 0;
      for (const port of GATEWAY_TCP_PORTS) {
        connect(address, port, connectTimeout, signal)
          .catch(() => 'error' as const)
          .then((outcome) => {
            if (outcome === 'connected' || outcome === 'refused') resolve({ kind: 'alive', method: 'tcp', ms: elapsed() });
            else if ((outcome === 'timeout' || outcome === 'unreachable') && !deadline.signal.aborted) silent += 1;
            pending -= 1;
            if (pending === 0) resolve(silent === GATEWAY_TCP_PORTS.length ? NO : UNKNOWN);
          });
      }
    });

  const viaNeighbours = async (): Promise<MethodResult> => {
    const command = neighbourCommand(deps.platform, address);
    if (command === undefined) return UNKNOWN;
    const result = await deps.runCommand(command[0], command[1], { timeoutMs: deadline.remainingMs(), signal });
    if (result.exitCode !== 0 || result.timedOut) return UNKNOWN;
    const entries = parseNeighbours(deps.platform, result.stdout);
    if (entries === undefined) return UNKNOWN;
    const alive = entries.some(
      (entry) => entry.alive && entry.address === target && (zone === undefined || entry.interfaceName === undefined || entry.interfaceName === zone),
    );
    return alive ? { kind: 'alive', method: 'neighbour', ms: elapsed() } : NO;
  };

  const viaPing = async (): Promise<MethodResult> => {
    const command = pingCommand(deps.platform, address);
    if (command === undefined) return UNKNOWN;
    const result = await deps.runCommand(command[0], command[1], { timeoutMs: deadline.remainingMs(), signal });
    if (result.missing || result.timedOut) return UNKNOWN;
    const output = `${result.stdout}\n${result.stderr}`;
    if (pingShowsReply(result.stdout, address, result.exitCode)) return { kind: 'alive', method: 'ping', ms: elapsed() };
    // A ping that started (its header names the target) or that reports the
    // target unreachable has said no; one that could not start (no
    // permission for raw sockets, say) has said nothing.
    const started = output.split(/\r?\n/).some((line) => line.includes(target) || line.includes(address));
    return result.exitCode !== null && (started || /unreachable/i.test(output)) ? NO : UNKNOWN;
  };

  try {
    return await new Promise<GatewayEvidence>((resolve) => {
      const timedOut = (): void => resolve({ completed: false, address, reachable: false });
      if (deadline.signal.aborted) {
        timedOut();
        return;
      }
      deadline.signal.addEventListener('abort', timedOut, { once: true });
      // Order matters below: [tcp, neighbours, ping]. The neighbour table and
      // ping are supplements: each costs a process, so they start only when
      // TCP has not shown the router alive within SUPPLEMENT_DELAY_MS (on a
      // healthy network it has, in a few milliseconds).
      const tcp = viaTcp();
      const supplementsMayStart = Promise.race([tcp, new Promise<void>((go) => setTimeout(go, SUPPLEMENT_DELAY_MS).unref())]).then(
        (result) => result === undefined || result.kind !== 'alive',
      );
      const supplement = (method: () => Promise<MethodResult>) => supplementsMayStart.then((start) => (start && !signal.aborted ? method() : UNKNOWN));
      const methods = [tcp, supplement(viaNeighbours), supplement(viaPing)].map((method) => method.catch(() => UNKNOWN));
      const results = new Map<number, MethodResult>();
      methods.forEach((method, index) => {
        void method.then((result) => {
          if (result.kind === 'alive') {
            resolve({ completed: true, address, reachable: true, method: result.method, ms: result.ms });
            return;
          }
          results.set(index, result);
          if (results.size < methods.length || deadline.signal.aborted) return;
          // A neighbour table without the router is only a weak no (nothing
          // may have asked for it yet): a TCP or ping attempt must have said no.
          const attemptSaidNo = results.get(0)?.kind === 'no' || results.get(2)?.kind === 'no';
          resolve({ completed: attemptSaidNo, address, reachable: false });
        });
      });
    });
  } finally {
    finished.abort();
    deadline.dispose();
  }
}
