import { promises as dnsPromises } from 'node:dns';
import type { Deadline } from '../../check/deadline.ts';
import { betterOutcome, cameFromServer, combineOutcomes, outcomeOfDnsError, type HostAnswer, type QueryOutcome } from './query-outcome.ts';
import { parseResolverAddress } from './resolver-address.ts';

/** The part of `dns.promises.Resolver` the switch test uses. */
export interface UdpResolver {
  setServers(servers: string[]): void;
  resolve4(hostname: string): Promise<string[]>;
  resolve6(hostname: string): Promise<string[]>;
  /** Ends every outstanding query of this resolver with ECANCELLED. */
  cancel(): void;
}

/** Makes a resolver; `timeout` is per try in ms. */
export type CreateUdpResolver = (options: { readonly timeout: number; readonly tries: number }) => UdpResolver;

/** The real one: a c-ares channel of its own, plain DNS over UDP. */
export const createNodeResolver: CreateUdpResolver = (options) => new dnsPromises.Resolver({ timeout: options.timeout, tries: options.tries });

/** Tries sent at once for every query: one lost packet must not read as a dead resolver. */
const PARALLEL_TRIES = 2;

/**
 * Asks one public resolver over UDP for each host's A and AAAA records,
 * within `window`. Every query goes out twice at once, through two resolver
 * instances (separate sockets and IDs), and the first reply the server
 * gives wins; when the window closes both are cancelled and whatever is
 * unanswered is `timeout`. One promise per host, in order; none rejects.
 */
export function resolveOverUdp(
  resolver: string,
  hosts: readonly string[],
  createResolver: CreateUdpResolver,
  window: Deadline,
  monotonicMs: () => number,
): Promise<HostAnswer>[] {
  const address = parseResolverAddress(resolver);
  if (address === undefined) return hosts.map((host) => Promise.resolve<HostAnswer>({ host, kind: 'error', addresses: [] }));

  const instances: UdpResolver[] = [];
  try {
    const timeout = Math.max(1, Math.floor(window.remainingMs()));
    for (let index = 0; index < PARALLEL_TRIES; index += 1) {
      const instance = createResolver({ timeout, tries: 1 });
      instances.push(instance);
      instance.setServers([address.server]);
    }
  } catch {
    cancelAll(instances);
    return hosts.map((host) => Promise.resolve<HostAnswer>({ host, kind: 'error', addresses: [] }));
  }

  const onClose = (): void => cancelAll(instances);
  window.signal.addEventListener('abort', onClose, { once: true });
  const startedAt = monotonicMs();

  const answers = hosts.map((host) => {
    const work = Promise.all([firstReply(instances, (instance) => instance.resolve4(host)), firstReply(instances, (instance) => instance.resolve6(host))]).then(
      (outcomes) => combineOutcomes(host, outcomes, Math.round(monotonicMs() - startedAt)),
    );
    return window.race(work, (): HostAnswer => ({ host, kind: 'timeout', addresses: [], ms: Math.round(monotonicMs() - startedAt) }));
  });

  void Promise.all(answers).then(() => {
    window.signal.removeEventListener('abort', onClose);
    cancelAll(instances);
  });
  return answers;
}

/** Sends the same query through every instance; settles on the first reply from the server, or the best of all when none replies. */
function firstReply(instances: readonly UdpResolver[], ask: (instance: UdpResolver) => Promise<string[]>): Promise<QueryOutcome> {
  return new Promise((resolve) => {
    let best: QueryOutcome = { kind: 'timeout' };
    let settledTries = 0;
    for (const instance of instances) {
      void runQuery(() => ask(instance)).then((outcome) => {
        best = betterOutcome(best, outcome);
        settledTries += 1;
        if (cameFromServer(outcome) || settledTries === instances.length) resolve(best);
      });
    }
  });
}

async function runQuery(ask: () => Promise<string[]>): Promise<QueryOutcome> {
  try {
    const addresses = await ask();
    return addresses.length > 0 ? { kind: 'answer', addresses } : { kind: 'nodata' };
  } catch (error) {
    return outcomeOfDnsError(error);
  }
}

function cancelAll(instances: readonly UdpResolver[]): void {
  for (const instance of instances) {
    try {
      instance.cancel();
    } catch {
      // A resolver that cannot cancel has nothing left to cancel.
    }
  }
}
