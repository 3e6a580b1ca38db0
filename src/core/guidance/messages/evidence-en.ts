import type { IncidentStatus } from '../../status-page/official-status.ts';
import type { DnsFailureParams, ProbeSentenceParams } from './message-params.ts';

const repeated = (times: string | undefined) => (times ? ` on ${times} checks in a row` : '');

/** English sentences that cite what this diagnosis saw. */
export const evidenceEn = {
  common: {
    theService: 'the service',
    /** "5–10 min". */
    range: (from: string, to: string) => `${from}–${to}`,
    /** A count of seconds in a title: "30 seconds". */
    seconds: (count: number, text: string) => `${text} ${count === 1 ? 'second' : 'seconds'}`,
    possessive: (name: string) => `${name}’s`,
  },
  /** One sentence per probe outcome. */
  probe: {
    ok: (p: ProbeSentenceParams) => `${p.name} answered normally (HTTP ${p.status ?? '200'} in ${p.took}).`,
    'auth-required': (p: ProbeSentenceParams) => `${p.name} answered and asked for a sign-in (HTTP ${p.status ?? '401'}), so it is up.`,
    challenge: (p: ProbeSentenceParams) => `${p.name} answered with a bot check, so it is up.`,
    'rate-limited': (p: ProbeSentenceParams) =>
      `${p.name} answered HTTP 429 “Too Many Requests”${p.retryAfter ? ` and asked to wait ${p.retryAfter}` : ''}.`,
    'http-5xx': (p: ProbeSentenceParams) => `${p.name} answered with a server error (HTTP ${p.status ?? '5xx'})${repeated(p.times)}.`,
    'edge-origin-error': (p: ProbeSentenceParams) =>
      `${p.edge ? `${p.edge}, in front of ${p.name},` : `The network in front of ${p.name}`} answered HTTP ${p.status ?? '52x'}${repeated(p.times)}: it could not reach ${p.name}’s own servers${p.cfRay ? ` (ray ID ${p.cfRay})` : ''}.`,
    timeout: (p: ProbeSentenceParams) => `${p.name} did not answer within ${p.took}${repeated(p.times)}.`,
    'dns-error': (p: ProbeSentenceParams) => `The address of ${p.host} could not be looked up.`,
    'connect-refused': (p: ProbeSentenceParams) => `${p.name} refused the connection${repeated(p.times)}.`,
    'connect-timeout': (p: ProbeSentenceParams) => `${p.name} did not accept a connection within ${p.took}${repeated(p.times)}.`,
    reset: (p: ProbeSentenceParams) => `The connection to ${p.name} was cut before it answered${repeated(p.times)}.`,
    'tls-error': (p: ProbeSentenceParams) => `The secure connection to ${p.name} failed${p.code ? ` (${p.code})` : ''}.`,
    'tls-untrusted': (p: ProbeSentenceParams) => `${p.name} presented a certificate this device does not trust.`,
    'redirect-loop': (p: ProbeSentenceParams) => `${p.name} kept redirecting the request in a loop.`,
    'invalid-response': (p: ProbeSentenceParams) => `${p.name} sent an answer that is not valid HTTP.`,
  },
  otherAddressUp: (hosts: string) => `Its other address (${hosts}) still answers.`,
  incidentStatus: {
    investigating: 'under investigation',
    identified: 'cause identified',
    monitoring: 'fix in place, being monitored',
    resolved: 'resolved',
    postmortem: 'resolved',
    unknown: 'open',
  } satisfies Record<IncidentStatus, string>,
  official: {
    incident: (p: { name: string; title: string; status: string; since?: string }) =>
      `${p.name}’s official status page reports “${p.title}” (${p.status}${p.since ? `, since ${p.since}` : ''}).`,
    silent: (p: { name: string; lag: string }) =>
      `${p.name}’s official status page doesn’t mention it yet; official pages often lag ${p.lag} or more behind what users see.`,
    says: (p: { name: string; description: string }) => `${p.name}’s official status page says “${p.description}”.`,
  },
  path: {
    control: (p: { host: string; took?: string }) => `Your own connection is fine: ${p.host} answered${p.took ? ` in ${p.took}` : ''}.`,
    edge: (name: string) => `That error came back from ${name}’s side, so your connection reaches it fine.`,
    other: 'Your own connection works: other sites answered during the same check.',
  },
  gateway: {
    up: (p: { address: string; took?: string }) => `Your router (${p.address}) answered${p.took ? ` in ${p.took}` : ''}.`,
    down: (address: string) => `Your router (${address}) did not answer.`,
  },
  /** How the user's DNS server failed. */
  systemDns: (failures: readonly DnsFailureParams[]) => {
    const clause: Record<DnsFailureParams['kind'], (hosts: string) => string> = {
      timeout: (hosts) => `did not answer for ${hosts}`,
      servfail: (hosts) => `answered “server failure” for ${hosts}`,
      nxdomain: (hosts) => `claimed ${hosts} does not exist`,
      refused: (hosts) => `refused to look up ${hosts}`,
      rewritten: (hosts) => `gave a wrong address for ${hosts}`,
      error: (hosts) => `failed to look up ${hosts}`,
    };
    const clauses = failures.map((f) => clause[f.kind](f.hosts));
    return `Your DNS server (the one your router hands out) ${clauses.length > 0 ? clauses.join(' and ') : 'failed'}.`;
  },
};
