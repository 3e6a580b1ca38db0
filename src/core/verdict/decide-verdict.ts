import type { ServiceAssessment } from '../assessment/service-state.ts';
import type { NetworkState } from '../network/network-report.ts';
import type { VerdictKind } from './verdict-kind.ts';

/** The inputs of the verdict: the network's state and each service's assessment. */
export interface VerdictInput {
  readonly networkState: NetworkState;
  readonly services: readonly { readonly id: string; readonly assessment: ServiceAssessment }[];
  /** The user says they see errors although the checks may look healthy. */
  readonly imSeeingErrors?: boolean;
  /** Services that fail at the address the user's resolver gives but work at another resolver's. */
  readonly regionalServiceIds?: readonly string[];
}

/** The kind of the verdict and the services it is about. */
export interface VerdictDecision {
  readonly kind: VerdictKind;
  readonly serviceIds: readonly string[];
}

const LOCAL_NETWORK_KINDS: Partial<Record<NetworkState, VerdictKind>> = {
  offline: 'offline',
  'router-unreachable': 'router-unreachable',
  'captive-portal': 'captive-portal',
  'internet-down': 'internet-down',
  'dns-failure': 'dns-failure',
  'dns-blocked': 'dns-blocked',
  'tls-interception': 'tls-interception',
  'clock-skew': 'clock-skew',
  'proxy-problem': 'proxy-problem',
};

/**
 * Picks the verdict (pure): a local network problem first, then the
 * service-side kinds in DESIGN.md's order, then what the user reports, and
 * `all-clear` only when every service is known to be fine.
 */
export function decideVerdict(input: VerdictInput): VerdictDecision {
  const local = LOCAL_NETWORK_KINDS[input.networkState];
  if (local) return { kind: local, serviceIds: [] };

  const idsWhere = (test: (a: ServiceAssessment) => boolean) =>
    input.services.filter((service) => test(service.assessment)).map((service) => service.id);

  const regional = input.regionalServiceIds ?? [];
  if (regional.length > 0) return { kind: 'regional', serviceIds: [...regional] };

  const outage = idsWhere((a) => a.state === 'outage');
  if (outage.length > 0) return { kind: 'service-outage', serviceIds: outage };
  const degraded = idsWhere((a) => a.state === 'degraded');
  if (degraded.length > 0) return { kind: 'service-degraded', serviceIds: degraded };
  const maintenance = idsWhere((a) => a.state === 'maintenance');
  if (maintenance.length > 0) return { kind: 'service-maintenance', serviceIds: maintenance };
  const limited = idsWhere((a) => a.rateLimited);
  if (limited.length > 0) return { kind: 'rate-limited', serviceIds: limited };

  const unknown = idsWhere((a) => a.state === 'unknown');
  if (unknown.length > 0) return { kind: 'inconclusive', serviceIds: unknown };
  if (input.imSeeingErrors) return { kind: 'local-client', serviceIds: input.services.map((service) => service.id) };
  return { kind: 'all-clear', serviceIds: [] };
}
