import { classifyOutcome } from '../assessment/service-state.ts';
import type { ProbeReport } from '../report/report-schema.ts';
import {
  answeringControl,
  answeringProbes,
  edgeName,
  failingProbes,
  gatewayFact,
  hostOf,
  openIncident,
  repeatCount,
} from './evidence-facts.ts';
import type { NamesParams } from './messages/message-params.ts';
import type { GuidanceInput, ServiceContext } from './verdict-context.ts';

// Sentences that cite this diagnosis, in the reader's language: the facts
// come from evidence-facts, the words from the dictionary, the numbers from
// the formatter.

// How far official pages typically trail what users see (DESIGN.md: a median of ~16 min).
const OFFICIAL_LAG_MS = 15 * 60_000;

/** The names of the services a verdict is about, formatted as a list, with their count. */
export function namesOf(services: readonly ServiceContext[], input: GuidanceInput): NamesParams {
  const names = services.map((s) => s.report.name);
  return { names: names.length > 0 ? input.language.format.list(names) : input.m.evidence.common.theService, count: Math.max(1, names.length) };
}

/** One sentence on what one probe of a service saw. */
export function probeSentence(service: ServiceContext, probe: ProbeReport, input: GuidanceInput): string {
  const { format } = input.language;
  const times = repeatCount(probe);
  const edge = probe.outcome === 'edge-origin-error' ? edgeName(probe) : undefined;
  return input.m.evidence.probe[probe.outcome]({
    name: service.report.name,
    host: hostOf(probe.url),
    took: format.duration(probe.timings.totalMs),
    ...(probe.status !== undefined ? { status: String(probe.status) } : {}),
    ...(times > 1 ? { times: format.number(times) } : {}),
    ...(probe.edge?.cfRay !== undefined ? { cfRay: probe.edge.cfRay } : {}),
    ...(edge !== undefined ? { edge } : {}),
    ...(probe.retryAfterSeconds !== undefined ? { retryAfter: format.duration(probe.retryAfterSeconds * 1000) } : {}),
    ...(probe.errorCode !== undefined ? { code: probe.errorCode } : {}),
  });
}

/**
 * What the probes of a service saw: each distinct failure once, then which
 * of its other addresses still answer; or its normal answer when nothing failed.
 */
export function serviceEvidence(service: ServiceContext, input: GuidanceInput): string {
  const failing = failingProbes(service.report);
  const answering = answeringProbes(service.report);
  if (failing.length === 0) return answering[0] ? probeSentence(service, answering[0], input) : '';
  const distinct = failing.filter((probe, i) => failing.findIndex((other) => other.outcome === probe.outcome) === i);
  const sentences = distinct.map((probe) => probeSentence(service, probe, input));
  if (answering.length > 0) sentences.push(input.m.evidence.otherAddressUp(input.language.format.list(answering.map((p) => hostOf(p.url)))));
  return sentences.join(' ');
}

/** What the service's official status page says, that it says nothing yet, or nothing when it was not read. */
export function officialSentence(service: ServiceContext, input: GuidanceInput): string {
  const official = service.report.official;
  if (!official) return '';
  const m = input.m.evidence;
  const name = service.report.name;
  const incident = openIncident(official);
  if (incident) {
    return m.official.incident({
      name,
      title: incident.name,
      status: m.incidentStatus[incident.status],
      ...(incident.startedAt ? { since: input.language.format.dateTime(incident.startedAt) } : {}),
    });
  }
  if (service.assessment.reasons.includes('official-silent')) return m.official.silent({ name, lag: input.language.format.duration(OFFICIAL_LAG_MS) });
  if (official.indicator !== 'none' && official.indicator !== 'maintenance') return m.official.says({ name, description: official.description });
  return '';
}

/** Probe and official evidence for each service, in order. */
export function evidenceOf(services: readonly ServiceContext[], input: GuidanceInput): string {
  return services
    .flatMap((s) => [serviceEvidence(s, input), officialSentence(s, input)])
    .filter((sentence) => sentence !== '')
    .join(' ');
}

/**
 * Why the fault is not the user's: a control site answered (with its time),
 * the failure came from the service's own side, or other sites answered.
 * Empty when nothing proves it.
 */
export function pathSentence(about: readonly ServiceContext[], input: GuidanceInput): string {
  const m = input.m.evidence.path;
  const control = answeringControl(input.context.evidence);
  if (control) return m.control({ host: control.host, ...(control.ms !== undefined ? { took: input.language.format.duration(control.ms) } : {}) });
  const edgeAnswered =
    about.length > 0 && about.every((s) => s.report.probes.some((p) => classifyOutcome(p.outcome) === 'edge-answered-failure'));
  if (edgeAnswered) return m.edge(namesOf(about, input).names);
  return input.context.network.pathProven ? m.other : '';
}

/** Whether the router answered and how fast, when the check ran. */
export function gatewaySentence(input: GuidanceInput): string | undefined {
  const gateway = gatewayFact(input.context.evidence);
  if (!gateway) return undefined;
  const m = input.m.evidence.gateway;
  return gateway.reachable
    ? m.up({ address: gateway.address, ...(gateway.ms !== undefined ? { took: input.language.format.duration(gateway.ms) } : {}) })
    : m.down(gateway.address);
}

/** Sentences joined with single spaces, empty ones left out. */
export function sentences(...parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part.trim() !== '').join(' ');
}
