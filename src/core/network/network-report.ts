import type { NetworkConfig, ServiceSpec } from '../config/config-schema.ts';
import type { CheckReport } from '../report/report-schema.ts';
import type { NetworkEvidence } from './network-evidence.ts';

/**
 * The local network's state, lowest failing layer first. `unknown` means the
 * checks did not run or did not finish; it never blames the user.
 */
export const NETWORK_STATES = [
  'ok',
  'offline',
  'router-unreachable',
  'internet-down',
  'captive-portal',
  'dns-failure',
  'dns-blocked',
  'tls-interception',
  'clock-skew',
  'proxy-problem',
  'unknown',
] as const;

/** One of the network states of DESIGN.md's report. */
export type NetworkState = (typeof NETWORK_STATES)[number];

/** True for the states that put the fault on the user's side of the connection. */
export function isLocalNetworkProblem(state: NetworkState): boolean {
  return state !== 'ok' && state !== 'unknown';
}

/**
 * The `network` part of the report (its shape lives with the report schema).
 * `pathProven` is true when something beyond the router answered: positive
 * evidence that the user's own path works.
 */
export type NetworkReport = CheckReport['network'];

/** What a network diagnosis is given. */
export interface NetworkDiagnosisRequest {
  readonly network: NetworkConfig;
  readonly services: readonly ServiceSpec[];
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/**
 * The local network diagnosis (route, router, DNS switch test, captive
 * portal, control sites, proxy). `check` runs it in parallel with the service
 * probes; `decideNetworkState` then fuses its evidence with what the probes saw.
 * It must resolve (never reject) within `timeoutMs`, leaving out or marking
 * incomplete whatever did not finish.
 */
export type NetworkDiagnoser = (request: NetworkDiagnosisRequest) => Promise<NetworkEvidence>;

/**
 * A diagnoser that checks nothing: the verdict then relies on the services'
 * own evidence and never blames the user. For callers that must not touch
 * the local network (tests of the service side alone).
 */
export const skipNetworkDiagnosis: NetworkDiagnoser = async () => ({});
