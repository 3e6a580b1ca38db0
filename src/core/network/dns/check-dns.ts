import { promises as dnsPromises } from 'node:dns';
import type { ServiceSpec } from '../../config/config-schema.ts';
import { startDeadline, systemClock, type CheckClock, type Deadline } from '../../check/deadline.ts';
import type { DnsEvidence, RegionalEvidence, ResolverResult } from '../network-evidence.ts';
import { toLookupFunction } from './callback-lookup.ts';
import { dohBootstrap } from './doh-bootstrap.ts';
import { createDohFetcher, type DohFetch } from './doh-fetch.ts';
import { resolveOverDoh } from './doh-resolver.ts';
import { createTlsHandshake, httpHeadCheck, type HttpHeadCheck, type TlsHandshake } from './endpoint-check.ts';
import { createEndpointVerifier } from './endpoint-verifier.ts';
import { createPinnedProber, type PinnedProbe } from './pinned-probe.ts';
import { preferredAddress, type HostAnswer } from './query-outcome.ts';
import { checkRegional, type HostResolution, type RegionalFinding } from './regional-check.ts';
import { serviceHosts, type HostTarget } from './service-hosts.ts';
import { resolveWithSystem, type SystemLookup } from './system-resolver.ts';
import { trustContext } from '../../http/trust-context.ts';
import { createNodeResolver, resolveOverUdp, type CreateUdpResolver } from './udp-resolver.ts';

/** What the DNS switch test is asked. */
export interface DnsCheckRequest {
  readonly services: readonly ServiceSpec[];
  /** Plain-DNS resolvers: `ip`, `ip:port` or `[ipv6]:port`. */
  readonly publicResolvers: readonly string[];
  /** DoH endpoints (RFC 8484), e.g. `https://dns.example/dns-query`. */
  readonly dohResolvers: readonly string[];
  /** Everything, TLS checks and regional probes included, ends within this. */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/** The I/O of the switch test; each default is the real thing. */
export interface DnsCheckDependencies {
  /** The system resolver. Default `dns.promises.lookup` (getaddrinfo). */
  readonly lookup?: SystemLookup;
  /** Plain-DNS resolvers. Default `new dns.promises.Resolver(options)`. */
  readonly createResolver?: CreateUdpResolver;
  /** DoH transport. Default an undici Agent (HTTP/2 offered) trusting the default store + `extraCaCertificates`. */
  readonly fetchDoh?: DohFetch;
  /** Default a `node:tls` handshake with the same trust. */
  readonly tlsHandshake?: TlsHandshake;
  /** For plain-http service URLs. Default a `node:http` HEAD. */
  readonly httpHead?: HttpHeadCheck;
  /** Default a prober from `createProber` with the host pinned to the address. */
  readonly probePinned?: PinnedProbe;
  /** PEM CAs trusted besides Node's default store (`tls.extraCaFile`, a lab CA). */
  readonly extraCaCertificates?: readonly string[];
  /** Monotonic ms for the answers' `ms`. Default `performance.now`. */
  readonly monotonicMs?: () => number;
}

/** The switch test's evidence and the regional check's. */
export interface DnsCheckResult {
  readonly dns: DnsEvidence;
  readonly regional: RegionalEvidence;
}

/**
 * Share of the time given to the resolvers. The rest is kept for the TLS
 * checks and regional probes that need their answers; a resolver slower
 * than this is as good as broken for the user.
 */
const RESOLUTION_SHARE = 0.6;

/** Evidence for a check that could not run. */
function notRun(): DnsCheckResult {
  return {
    dns: { completed: false, system: { resolver: 'system', transport: 'system', answers: [] }, alternatives: [], switchWouldHelp: false },
    regional: { completed: false, services: [] },
  };
}

/**
 * The DNS switch test: "would switching DNS fix it?". Resolves every
 * service host name with the system resolver (getaddrinfo, what browsers
 * use), each public resolver over UDP and each DoH resolver, in parallel;
 * checks with a TLS handshake that each alternative's address really serves
 * the name; marks the system's answer `rewritten` when its addresses share
 * nothing with any alternative's and only the alternative's validate; and
 * runs the regional check (the service down at the system's address, up at
 * another's).
 *
 * Resolvers get 60 % of `timeoutMs`, the whole check `timeoutMs`; whatever
 * is unfinished then is `timeout`. Never rejects: `completed` is false only
 * when nothing could be tested (no host names, cancelled before the start,
 * or an unexpected failure).
 */
export async function checkDns(request: DnsCheckRequest, deps: DnsCheckDependencies = {}): Promise<DnsCheckResult> {
  const { targets, probes } = serviceHosts(request.services);
  if (targets.length === 0 || request.signal?.aborted === true || !(request.timeoutMs > 0)) return notRun();

  const monotonicMs = deps.monotonicMs ?? (() => performance.now());
  const clock: CheckClock = { ...systemClock, monotonicMs };
  const deadline = startDeadline(request.timeoutMs, clock, { settleMs: 0, ...(request.signal ? { parent: request.signal } : {}) });
  const window = startDeadline(Math.max(1, Math.floor(request.timeoutMs * RESOLUTION_SHARE)), clock, { settleMs: 0, parent: deadline.signal });
  const cleanups: (() => Promise<void>)[] = [];
  try {
    return await runCheck(request, deps, { targets, probes, deadline, window, monotonicMs, cleanups });
  } catch {
    return notRun();
  } finally {
    window.dispose();
    deadline.dispose();
    // Closing connections must not hold the evidence back.
    for (const cleanup of cleanups) void cleanup().catch(() => undefined);
  }
}

interface CheckContext {
  readonly targets: readonly HostTarget[];
  readonly probes: ReturnType<typeof serviceHosts>['probes'];
  readonly deadline: Deadline;
  readonly window: Deadline;
  readonly monotonicMs: () => number;
  readonly cleanups: (() => Promise<void>)[];
}

interface Alternative {
  readonly resolver: string;
  readonly transport: 'udp' | 'doh';
  readonly answers: readonly Promise<HostAnswer>[];
}

async function runCheck(request: DnsCheckRequest, deps: DnsCheckDependencies, context: CheckContext): Promise<DnsCheckResult> {
  const { targets, probes, deadline, window, monotonicMs, cleanups } = context;
  const hosts = targets.map((target) => target.host);
  const extraCaCertificates = deps.extraCaCertificates ?? [];
  const lookup: SystemLookup = deps.lookup ?? ((hostname, options) => dnsPromises.lookup(hostname, options));
  const createResolver = deps.createResolver ?? createNodeResolver;

  const systemAnswers = resolveWithSystem(hosts, lookup, window, monotonicMs);
  const alternatives: Alternative[] = request.publicResolvers.map((resolver) => ({
    resolver,
    transport: 'udp',
    answers: resolveOverUdp(resolver, hosts, createResolver, window, monotonicMs),
  }));
  if (request.dohResolvers.length > 0) {
    let fetchDoh = deps.fetchDoh;
    if (fetchDoh === undefined) {
      const bootstrap = dohBootstrap(lookup, request.publicResolvers, createResolver, window);
      const fetcher = createDohFetcher({ secureContext: trustContext(extraCaCertificates), lookup: toLookupFunction(bootstrap) });
      cleanups.push(() => fetcher.close());
      fetchDoh = fetcher.fetch;
    }
    for (const resolver of request.dohResolvers) {
      alternatives.push({ resolver, transport: 'doh', answers: resolveOverDoh(resolver, hosts, fetchDoh, window, monotonicMs) });
    }
  }

  const verify = createEndpointVerifier(
    deps.tlsHandshake ?? createTlsHandshake(() => trustContext(extraCaCertificates)),
    deps.httpHead ?? httpHeadCheck,
    deadline,
  );
  // Each alternative's answer is checked as soon as it arrives.
  const validated = alternatives.map((alternative) =>
    alternative.answers.map(async (pending, index) => {
      const answer = await pending;
      const address = answer.kind === 'ok' ? preferredAddress(answer.addresses) : undefined;
      const target = targets[index];
      return address !== undefined && target !== undefined ? verify(address, target) : false;
    }),
  );

  const resolutionOf = targets.map(
    async (_, index): Promise<HostResolution> => ({
      system: await at(systemAnswers, index),
      alternatives: await Promise.all(alternatives.map(async ({ resolver, answers }) => ({ resolver, answer: await at(answers, index) }))),
    }),
  );

  // The system's own address is checked only when its answer shares nothing with any alternative's.
  const systemValidated = targets.map(async (target, index): Promise<boolean | undefined> => {
    const { system, alternatives: others } = await at(resolutionOf, index);
    const address = preferredAddress(system.addresses);
    if (system.kind !== 'ok' || address === undefined) return undefined;
    const elsewhere = others.flatMap(({ answer }) => (answer.kind === 'ok' ? answer.addresses : []));
    if (elsewhere.length === 0 || system.addresses.some((entry) => elsewhere.includes(entry))) return undefined;
    return verify(address, target);
  });

  let probePinned = deps.probePinned;
  if (probePinned === undefined) {
    const pinned = createPinnedProber({ extraCaCertificates, fallback: (hostname) => lookup(hostname, { all: true }) });
    cleanups.push(() => pinned.close());
    probePinned = pinned.probe;
  }
  const hostIndex = new Map(hosts.map((host, index) => [host, index]));
  const regionalWork = checkRegional(probes, (host) => at(resolutionOf, hostIndex.get(host) ?? -1), probePinned, deadline);

  const [system, alternativeAnswers, alternativeValid, systemValid, regionalFindings] = await Promise.all([
    Promise.all(systemAnswers),
    Promise.all(alternatives.map(({ answers }) => Promise.all(answers))),
    Promise.all(validated.map((perHost) => Promise.all(perHost))),
    Promise.all(systemValidated),
    regionalWork,
  ]);

  const validatedElsewhere = (index: number): boolean =>
    alternativeAnswers.some((answers, alt) => answers[index]?.kind === 'ok' && alternativeValid[alt]?.[index] === true);
  const rewritten = targets.map((_, index) => systemValid[index] === false && validatedElsewhere(index));
  const systemResult: ResolverResult = {
    resolver: 'system',
    transport: 'system',
    answers: system.map((answer, index) => (rewritten[index] ? { ...answer, kind: 'rewritten' } : answer)),
    ...(systemValid.some((valid) => valid !== undefined) ? { tlsValidated: systemValid.some((valid) => valid === true) } : {}),
  };
  const switchWouldHelp = systemResult.answers.some((answer, index) => answer.kind !== 'ok' && validatedElsewhere(index));

  return {
    dns: {
      completed: true,
      system: systemResult,
      alternatives: alternatives.map(({ resolver, transport }, alt) => ({
        resolver,
        transport,
        answers: alternativeAnswers[alt] ?? [],
        tlsValidated: alternativeValid[alt]?.some((valid) => valid) ?? false,
      })),
      switchWouldHelp,
    },
    regional: { completed: true, services: regionalServices(regionalFindings, (host) => rewritten[hostIndex.get(host) ?? -1] === true) },
  };
}

/**
 * Each service once, at its first host that shows it. A host whose system
 * answer was rewritten is left out: that is a DNS fault, not a regional one.
 */
function regionalServices(findings: readonly RegionalFinding[], isRewritten: (host: string) => boolean): RegionalEvidence['services'] {
  const listed: RegionalEvidence['services'][number][] = [];
  for (const { host, ...finding } of findings) {
    if (!isRewritten(host) && !listed.some((seen) => seen.serviceId === finding.serviceId)) listed.push(finding);
  }
  return listed;
}

function at<T>(promises: readonly Promise<T>[], index: number): Promise<T> {
  const promise = promises[index];
  if (promise === undefined) throw new RangeError(`no entry ${index}`);
  return promise;
}
