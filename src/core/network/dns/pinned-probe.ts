import { isIP } from 'node:net';
import { createProber, type Prober } from '../../probe/create-prober.ts';
import type { ProbeRunOptions } from '../../probe/http-probe.ts';
import type { ProbeResult } from '../../probe/probe-result.ts';
import { toLookupFunction, type ResolveAll } from './callback-lookup.ts';

/** Probes `url` (HEAD) with its host name pinned to `address`. Never rejects. */
export type PinnedProbe = (url: string, address: string, options: ProbeRunOptions) => Promise<ProbeResult>;

/** Pinned probes and the connections they keep. */
export interface PinnedProber {
  readonly probe: PinnedProbe;
  /** Closes every prober it made. */
  close(): Promise<void>;
}

/**
 * The real pinned probe: one prober (see `createProber`) per host and
 * address, whose lookup answers the URL's host with that address and any
 * other name (a redirect elsewhere) with `fallback`.
 */
export function createPinnedProber(options: { readonly extraCaCertificates: readonly string[]; readonly fallback: ResolveAll }): PinnedProber {
  const probers = new Map<string, Prober>();
  const proberFor = (host: string, address: string): Prober => {
    const key = `${host}|${address}`;
    let prober = probers.get(key);
    if (prober === undefined) {
      const family = isIP(address) === 6 ? 6 : 4;
      const lookup = toLookupFunction((name) => (name.toLowerCase() === host ? Promise.resolve([{ address, family }]) : options.fallback(name)));
      prober = createProber({ lookup, extraCaCertificates: options.extraCaCertificates });
      probers.set(key, prober);
    }
    return prober;
  };
  return {
    probe: (url, address, runOptions) => proberFor(new URL(url).hostname.toLowerCase(), address).probe({ url, method: 'HEAD' }, runOptions),
    close: async () => {
      await Promise.all([...probers.values()].map((prober) => prober.close()));
    },
  };
}
