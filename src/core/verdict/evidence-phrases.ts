import { classifyOutcome, type ServiceAssessment } from '../assessment/service-state.ts';
import type { ProbeOutcome } from '../probe/probe-result.ts';
import type { ProbeReport, ServiceReport } from '../report/report-schema.ts';

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const OUTCOME_PHRASES: Record<ProbeOutcome, (probe: ProbeReport) => string> = {
  ok: (p) => `answered normally${p.status ? ` (HTTP ${p.status})` : ''}`,
  'auth-required': (p) => `answered and asked for a sign-in (HTTP ${p.status ?? '401'}), which means it is up`,
  challenge: () => 'answered with a bot check, which means it is up',
  'rate-limited': (p) => `refused with HTTP 429${p.retryAfterSeconds !== undefined ? ` and asked to wait ${p.retryAfterSeconds} s` : ''}`,
  'http-5xx': (p) => `answered with a server error (HTTP ${p.status ?? '5xx'})`,
  'edge-origin-error': (p) =>
    `answered HTTP ${p.status ?? '52x'} from its edge network, which could not reach the service's own servers${p.edge?.cfRay ? ` (ray ID ${p.edge.cfRay})` : ''}`,
  timeout: (p) => `did not answer within ${(p.timings.totalMs / 1000).toFixed(1)} s`,
  'dns-error': () => 'could not be found by name (DNS lookup failed)',
  'connect-refused': () => 'refused the connection',
  'connect-timeout': () => 'did not accept a connection in time',
  reset: () => 'dropped the connection before answering',
  'tls-error': (p) => `failed the secure-connection handshake${p.detail ? ` (${p.detail})` : ''}`,
  'tls-untrusted': () => 'presented a certificate your computer does not trust',
  'redirect-loop': () => 'sent the request round in a redirect loop',
  'invalid-response': () => 'sent an answer that is not valid HTTP',
};

function describeOne(probe: ProbeReport): string {
  const phrase = OUTCOME_PHRASES[probe.outcome](probe);
  const times = (probe.earlierOutcomes?.length ?? 0) + 1;
  const confirmed = times > 1 && probe.earlierOutcomes?.every((outcome) => outcome === probe.outcome);
  return confirmed ? `${phrase}, ${times === 2 ? 'twice' : `${times} times`} in a row` : phrase;
}

/**
 * One sentence on what the probes of a service saw: the failures first (with
 * whether a re-check confirmed them), then, if some address still answered,
 * that it did.
 */
export function describeProbeEvidence(report: ServiceReport): string {
  const failing = report.probes.filter((probe) => classifyOutcome(probe.outcome) !== 'up');
  const answering = report.probes.filter((probe) => classifyOutcome(probe.outcome) === 'up');
  if (failing.length === 0) return answering.length > 0 ? `${report.name} ${describeOne(answering[0]!)}.` : '';
  const failures = joinNames([...new Set(failing.map(describeOne))]);
  const still = answering.length > 0 ? ` Its other ${answering.length === 1 ? 'address still answers' : 'addresses still answer'}.` : '';
  return `${report.name} ${failures}.${still}`;
}

/** One sentence on what the official status page says, or that it says nothing yet. */
export function describeOfficial(report: ServiceReport, assessment: ServiceAssessment): string {
  const official = report.official;
  if (!official) return '';
  const incident = official.incidents.find((i) => i.status !== 'resolved' && i.status !== 'postmortem');
  if (incident) return `The official status page reports “${incident.name}” (${incident.status}).`;
  if (assessment.reasons.includes('official-silent')) return 'The official status page does not show it yet; pages often lag by a quarter of an hour or more.';
  if (official.indicator !== 'none') return `The official status page says: ${official.description}.`;
  return '';
}
