import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';

/** Resolves a name to every address it has; rejects like `dns.lookup` does. */
export type ResolveAll = (hostname: string) => Promise<readonly LookupAddress[]>;

/**
 * Adapts a promise resolver to the callback `lookup` that `net.connect`
 * and undici take, honouring `family` and `all`.
 */
export function toLookupFunction(resolveAll: ResolveAll): LookupFunction {
  return (hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
    resolveAll(hostname).then(
      (addresses) => {
        const usable = wanted === 0 ? addresses : addresses.filter((entry) => entry.family === wanted);
        const first = usable[0];
        if (first === undefined) {
          callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND', hostname }), '', 0);
        } else if (options.all === true) {
          (callback as (error: null, addresses: LookupAddress[]) => void)(null, [...usable]);
        } else {
          callback(null, first.address, first.family);
        }
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), '', 0),
    );
  };
}
