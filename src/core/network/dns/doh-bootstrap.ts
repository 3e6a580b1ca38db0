import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import type { Deadline } from '../../check/deadline.ts';
import type { ResolveAll } from './callback-lookup.ts';
import { parseResolverAddress } from './resolver-address.ts';
import type { SystemLookup } from './system-resolver.ts';
import type { CreateUdpResolver, UdpResolver } from './udp-resolver.ts';

/**
 * Resolves a DoH server's own name. The system resolver may be the very
 * thing that is broken, so the public resolvers are asked at the same time
 * and the first answer wins; the DoH server's certificate is validated
 * either way, so a wrong answer cannot pass for a working resolver. Each
 * name is resolved once per check.
 */
export function dohBootstrap(
  systemLookup: SystemLookup,
  publicResolvers: readonly string[],
  createResolver: CreateUdpResolver,
  window: Deadline,
): ResolveAll {
  const known = new Map<string, Promise<readonly LookupAddress[]>>();
  return (hostname) => {
    const literal = hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) !== 0) return Promise.resolve([{ address: literal, family: isIP(literal) }]);
    let answer = known.get(hostname);
    if (answer === undefined) {
      answer = resolveFirst(hostname, systemLookup, publicResolvers, createResolver, window);
      known.set(hostname, answer);
    }
    return answer;
  };
}

async function resolveFirst(
  hostname: string,
  systemLookup: SystemLookup,
  publicResolvers: readonly string[],
  createResolver: CreateUdpResolver,
  window: Deadline,
): Promise<readonly LookupAddress[]> {
  const resolvers: UdpResolver[] = [];
  const attempts: Promise<readonly LookupAddress[]>[] = [Promise.resolve().then(() => systemLookup(hostname, { all: true }))];
  for (const text of publicResolvers) {
    const address = parseResolverAddress(text);
    if (address === undefined) continue;
    try {
      const resolver = createResolver({ timeout: Math.max(1, Math.floor(window.remainingMs())), tries: 1 });
      resolvers.push(resolver);
      resolver.setServers([address.server]);
      attempts.push(resolver.resolve4(hostname).then((addresses) => addresses.map((entry) => ({ address: entry, family: 4 }))));
    } catch {
      // A resolver that cannot be set up is simply not asked.
    }
  }
  const cancel = (): void => {
    for (const resolver of resolvers) resolver.cancel();
  };
  window.signal.addEventListener('abort', cancel, { once: true });
  const nonEmpty = attempts.map((attempt) => attempt.then((addresses) => (addresses.length > 0 ? addresses : Promise.reject(new Error('no addresses')))));
  try {
    const first = await window.race(
      Promise.any(nonEmpty).catch(() => undefined),
      () => undefined,
    );
    if (first === undefined) throw Object.assign(new Error(`no resolver answered for ${hostname}`), { code: 'ENOTFOUND', hostname });
    return first;
  } finally {
    window.signal.removeEventListener('abort', cancel);
    cancel();
  }
}
