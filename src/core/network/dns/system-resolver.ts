import type { LookupAddress } from 'node:dns';
import type { Deadline } from '../../check/deadline.ts';
import { combineOutcomes, outcomeOfDnsError, type HostAnswer, type QueryOutcome } from './query-outcome.ts';

/** The system resolver as `dns.promises.lookup(host, { all: true })` exposes it (getaddrinfo). */
export type SystemLookup = (hostname: string, options: { all: true }) => Promise<readonly LookupAddress[]>;

/**
 * getaddrinfo gives up on a silent server only after its own timeout (at
 * least one second in resolv.conf), so an EAI_AGAIN sooner than this came
 * from a server that answered SERVFAIL.
 */
const EAI_AGAIN_ANSWERED_WITHIN_MS = 900;

/**
 * Lookups in flight at once. Each holds one of libuv's four threadpool
 * threads until getaddrinfo returns, which for a silent resolver is long
 * after our deadline; leaving threads free keeps file I/O and the probes'
 * own lookups moving.
 */
const MAX_CONCURRENT_LOOKUPS = 3;

/**
 * Resolves each host with the system resolver, the way browsers and apps
 * do, within `window`. One promise per host, in order; none rejects. A
 * lookup still running when the window closes is `timeout`.
 */
export function resolveWithSystem(
  hosts: readonly string[],
  lookup: SystemLookup,
  window: Deadline,
  monotonicMs: () => number,
): Promise<HostAnswer>[] {
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = (): Promise<void> => {
    if (running < MAX_CONCURRENT_LOOKUPS) {
      running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  const resolveOne = async (host: string): Promise<HostAnswer> => {
    const queuedAt = monotonicMs();
    const acquired = slot();
    // Waiting for a slot counts against the window too: the slots may be held by lookups that never return.
    const gotSlot = await window.race(
      acquired.then(() => !window.signal.aborted),
      () => false,
    );
    if (!gotSlot) {
      void acquired.then(release);
      return { host, kind: 'timeout', addresses: [], ms: Math.round(monotonicMs() - queuedAt) };
    }
    const queryStartedAt = monotonicMs();
    const work = startLookup(lookup, host).then(
      (addresses): QueryOutcome => (addresses.length > 0 ? { kind: 'answer', addresses: addresses.map((entry) => entry.address) } : { kind: 'nodata' }),
      (error: unknown): QueryOutcome => {
        const outcome = outcomeOfDnsError(error);
        const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
        if (code === 'EAI_AGAIN' && monotonicMs() - queryStartedAt < EAI_AGAIN_ANSWERED_WITHIN_MS) return { kind: 'servfail', detail: 'EAI_AGAIN' };
        return outcome;
      },
    );
    // The slot is held until getaddrinfo really returns, not until we stop waiting.
    void work.finally(release);
    const outcome = await window.race(work, (): QueryOutcome => ({ kind: 'timeout' }));
    return combineOutcomes(host, [outcome], Math.round(monotonicMs() - queryStartedAt));
  };

  return hosts.map((host) => resolveOne(host));
}

function startLookup(lookup: SystemLookup, host: string): Promise<readonly LookupAddress[]> {
  try {
    return lookup(host, { all: true });
  } catch (error) {
    return Promise.reject(error as Error);
  }
}
