// Network safety for every test process and every CLI the tests start:
// a connection to anything but this machine's loopback fails loudly instead
// of reaching a real host. Loaded by vitest (setupFiles) and, through
// NODE_OPTIONS=--import, by each `npx status-doctor` a test runs.
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
