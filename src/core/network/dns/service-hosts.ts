import { isIP } from 'node:net';
import type { ServiceSpec } from '../../config/config-schema.ts';

/** A host name the switch test resolves, and how its TLS (or HTTP) check reaches it. */
export interface HostTarget {
  /** Lower-case, no trailing dot. */
  readonly host: string;
  /** From the first https probe URL of this host, else its first http one. */
  readonly scheme: 'https' | 'http';
  readonly port: number;
  /** Path and query of that URL, for the plain-HTTP check. */
  readonly path: string;
}

/** One service's probe URL on a host (the regional check probes it). */
export interface ServiceProbeOnHost {
  readonly serviceId: string;
  readonly host: string;
  readonly url: string;
}

/** Host names to test, and the probe URL of each service on each of them. */
export interface ServiceHosts {
  readonly targets: readonly HostTarget[];
  readonly probes: readonly ServiceProbeOnHost[];
}

/**
 * The distinct host names of the services' probe URLs, in order of first
 * appearance. IP literals are skipped: no resolver is involved in reaching
 * them. Each service contributes its first probe URL per host.
 */
export function serviceHosts(services: readonly ServiceSpec[]): ServiceHosts {
  const targets = new Map<string, HostTarget>();
  const probes: ServiceProbeOnHost[] = [];
  for (const service of services) {
    const seen = new Set<string>();
    for (const probe of service.probes) {
      if (!URL.canParse(probe.url)) continue;
      const url = new URL(probe.url);
      const scheme = url.protocol === 'https:' ? 'https' : url.protocol === 'http:' ? 'http' : undefined;
      const host = url.hostname.toLowerCase().replace(/\.$/, '');
      if (scheme === undefined || host === '' || isIP(host.replace(/^\[|\]$/g, '')) !== 0) continue;
      const target: HostTarget = { host, scheme, port: url.port === '' ? (scheme === 'https' ? 443 : 80) : Number(url.port), path: `${url.pathname}${url.search}` };
      const known = targets.get(host);
      if (known === undefined || (known.scheme === 'http' && scheme === 'https')) targets.set(host, target);
      if (!seen.has(host)) {
        seen.add(host);
        probes.push({ serviceId: service.id, host, url: probe.url });
      }
    }
  }
  return { targets: [...targets.values()], probes };
}
