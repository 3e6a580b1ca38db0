// Network safety for every test process and every CLI the tests start:
// a connection to anything but this machine's loopback fails loudly instead
// of reaching a real host. Loaded by vitest (setupFiles), by `npm run bench`
// and, through NODE_OPTIONS=--import, by each `npx status-doctor` a test runs.
// It covers TCP (net/tls, so HTTP, HTTPS and DoH), UDP sockets, DNS servers
// given to node:dns resolvers, system name lookups, and ping.
import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
import { isIP, type LookupFunction, Socket } from 'node:net';

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.']);

/** True for 127.0.0.0/8, ::1, ::ffff:127.x and the name localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (LOOPBACK_NAMES.has(bare)) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || bare.startsWith('::ffff:127.');
  return false;
}

type ConnectArgs = Parameters<Socket['connect']>;

function guardedLookup(lookup: LookupFunction): LookupFunction {
  return (hostname, options, callback) =>
    lookup(hostname, options, (error, address, family) => {
      const addresses = Array.isArray(address) ? address.map((entry) => entry.address) : [address];
      const outside = error ? undefined : addresses.find((entry) => typeof entry === 'string' && entry !== '' && !isLoopbackHost(entry));
      if (outside !== undefined) {
        callback(new Error(`network safety: ${hostname} resolved to ${outside}; tests may only reach 127.0.0.1`), '', 4);
        return;
      }
      (callback as (...values: unknown[]) => void)(error, address, family);
    });
}

function destination(args: unknown[]): { host?: string; path?: string } {
  const [first, second] = args;
  if (Array.isArray(first)) return destination(first);
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; path?: string };
    return { ...(options.path !== undefined ? { path: options.path } : {}), host: options.host ?? 'localhost' };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { path: first };
  return { host: typeof second === 'string' ? second : 'localhost' };
}

const marker = Symbol.for('status-doctor.loopback-only-guard');
const patched = Socket.prototype as Socket & { [marker]?: true };
if (!patched[marker]) {
  patched[marker] = true;
  const original = Socket.prototype.connect;
  Socket.prototype.connect = function guardedConnect(this: Socket, ...args: ConnectArgs) {
    const target = destination(args);
    const options = (Array.isArray(args[0]) ? args[0][0] : args[0]) as { lookup?: LookupFunction } | undefined;
    const literal = target.host !== undefined && isIP(target.host.replace(/^\[|\]$/g, '')) !== 0;
    if (!literal && typeof options === 'object' && options !== null && typeof options.lookup === 'function') {
      // Name resolution is injected (fake DNS in tests, or the system's passed
      // explicitly): any name may be asked, but every address it hands out
      // must be loopback. Node skips the lookup for IP literals, so those are
      // checked below instead.
      options.lookup = guardedLookup(options.lookup);
    } else if (target.path === undefined && target.host !== undefined && !isLoopbackHost(target.host)) {
      throw new Error(`network safety: a test tried to connect to ${target.host}; tests may only reach 127.0.0.1`);
    }
    return original.apply(this, args);
  } as Socket['connect'];
}

function refuse(what: string): never {
  throw new Error(`network safety: a test tried to reach ${what}; tests may only reach 127.0.0.1`);
}

/** The host part of a DNS server string: "1.1.1.1", "1.1.1.1:53", "[::1]:53". */
function serverHost(server: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(server);
  if (bracketed) return bracketed[1]!;
  return isIP(server) === 6 ? server : server.split(':')[0]!;
}

const guardedModules = globalThis as { [marker]?: true };
if (!guardedModules[marker]) {
  guardedModules[marker] = true;

  for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
    const original = Resolver.prototype.setServers;
    Resolver.prototype.setServers = function guardedSetServers(this: unknown, servers: readonly string[]) {
      for (const server of servers) if (!isLoopbackHost(serverHost(server))) refuse(`the DNS server ${server}`);
      return original.call(this, servers);
    } as typeof original;
  }
  // A resolver that never had setServers called would ask the machine's own DNS server.
  for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
    for (const method of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname'] as const) {
      const original = Resolver.prototype[method] as (...args: unknown[]) => unknown;
      (Resolver.prototype as unknown as Record<string, unknown>)[method] = function guardedResolve(this: { getServers(): string[] }, ...args: unknown[]) {
        for (const server of this.getServers()) if (!isLoopbackHost(serverHost(server))) refuse(`the DNS server ${server}`);
        return original.apply(this, args);
      };
    }
  }

  const originalLookup = dns.lookup;
  (dns as { lookup: unknown }).lookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
    if (!isLoopbackHost(hostname)) refuse(`the system resolver for ${hostname}`);
    return (originalLookup as (...args: unknown[]) => unknown)(hostname, ...rest);
  };
  const originalPromiseLookup = dns.promises.lookup;
  (dns.promises as { lookup: unknown }).lookup = function guardedPromiseLookup(hostname: string, ...rest: unknown[]) {
    if (!isLoopbackHost(hostname)) return Promise.reject(new Error(`network safety: a test tried to reach the system resolver for ${hostname}; tests may only reach 127.0.0.1`));
    return (originalPromiseLookup as (...args: unknown[]) => Promise<unknown>)(hostname, ...rest);
  };

  const originalSend = dgram.Socket.prototype.send;
  dgram.Socket.prototype.send = function guardedSend(this: dgram.Socket, ...args: unknown[]) {
    const address = args.find((arg, index) => index > 0 && typeof arg === 'string' && isIP(arg) !== 0) as string | undefined;
    if (address !== undefined && !isLoopbackHost(address)) refuse(`${address} over UDP`);
    return (originalSend as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof originalSend;

  const originalExecFile = childProcess.execFile;
  (childProcess as { execFile: unknown }).execFile = function guardedExecFile(file: string, ...rest: unknown[]) {
    const args = Array.isArray(rest[0]) ? (rest[0] as unknown[]) : [];
    if (/(^|[\\/])ping6?(\.exe)?$/i.test(file)) {
      const target = args.filter((arg): arg is string => typeof arg === 'string' && (isIP(arg) !== 0 || /^[a-z][\w.-]*$/i.test(arg))).at(-1);
      if (target !== undefined && !isLoopbackHost(target)) refuse(`${target} with ping`);
    }
    return (originalExecFile as (...a: unknown[]) => unknown)(file, ...rest);
  };

  syncBuiltinESMExports();
}
