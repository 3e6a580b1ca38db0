import type { Deadline } from '../../check/deadline.ts';
import type { HttpHeadCheck, TlsHandshake } from './endpoint-check.ts';
import type { HostTarget } from './service-hosts.ts';

/** Whether `address` serves `target`'s host; each address, port and name is checked once per check. */
export type EndpointVerifier = (address: string, target: HostTarget) => Promise<boolean>;

/**
 * Checks addresses for host names: a validated TLS handshake for https
 * targets, an HTTP answer to HEAD for plain-http ones, each given what is
 * left of `deadline` and counted as not validated when it runs out.
 */
export function createEndpointVerifier(tlsHandshake: TlsHandshake, httpHead: HttpHeadCheck, deadline: Deadline): EndpointVerifier {
  const checked = new Map<string, Promise<boolean>>();
  return (address, target) => {
    const key = `${target.scheme}|${address}|${target.port}|${target.host}`;
    let result = checked.get(key);
    if (result === undefined) {
      const timeoutMs = deadline.remainingMs();
      const work = (async () => {
        const check =
          target.scheme === 'https'
            ? await tlsHandshake(address, target.port, target.host, timeoutMs)
            : await httpHead(address, target.port, target.host, target.path, timeoutMs);
        return check.validated;
      })().catch(() => false);
      result = deadline.race(work, () => false);
      checked.set(key, result);
    }
    return result;
  };
}
