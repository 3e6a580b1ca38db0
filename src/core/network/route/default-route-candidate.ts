import type { RouteEvidence } from '../network-evidence.ts';

/** One default route as a platform reader found it. */
export interface DefaultRouteCandidate {
  readonly family: 4 | 6;
  /** The router's address; absent for an on-link default (typical of VPN adapters). */
  readonly gateway?: string;
  readonly interfaceName?: string;
  /** Lower wins; readers that cannot tell use 0. */
  readonly metric: number;
  /**
   * In the table the system consults first for ordinary traffic (Linux
   * `main`, every route elsewhere). A default in another table (policy
   * routing) only counts as a sign of a VPN.
   */
  readonly mainTable: boolean;
}

/** What a platform reader learned, before it becomes {@link RouteEvidence}. */
export interface RouteFacts {
  readonly interfaceUp: boolean;
  readonly defaults: readonly DefaultRouteCandidate[];
  /** Tunnel interfaces that are up. */
  readonly tunnelInterfaces: readonly string[];
  /**
   * Traffic to the Internet provably leaves through a tunnel even though the
   * main default route does not say so: OpenVPN's 0.0.0.0/1 + 128.0.0.0/1,
   * or a default route through a tunnel in a policy-routing table.
   */
  readonly tunnelOverridesDefault: boolean;
}

/** The main-table default of one family with the lowest metric (first listed on a tie). */
export function bestDefault(defaults: readonly DefaultRouteCandidate[], family: 4 | 6): DefaultRouteCandidate | undefined {
  let best: DefaultRouteCandidate | undefined;
  for (const candidate of defaults) {
    if (candidate.family !== family || !candidate.mainTable) continue;
    if (best === undefined || candidate.metric < best.metric) best = candidate;
  }
  return best;
}

/**
 * Turns a reader's facts into {@link RouteEvidence}. The default route that
 * wins (IPv4 first, IPv6 when there is no IPv4 one) decides whether traffic
 * goes through a tunnel; the route reported is the best one that does not
 * go through a tunnel when there is one (the real router behind a VPN, which
 * is what the gateway check should try), the winner otherwise.
 */
export function toRouteEvidence(facts: RouteFacts, isTunnel: (interfaceName: string) => boolean): RouteEvidence {
  const tunnelled = (route: DefaultRouteCandidate): boolean =>
    route.interfaceName !== undefined && (facts.tunnelInterfaces.includes(route.interfaceName) || isTunnel(route.interfaceName));
  const family: 4 | 6 = bestDefault(facts.defaults, 4) !== undefined ? 4 : 6;
  const winner = bestDefault(facts.defaults, family);
  const physical = bestDefault(
    facts.defaults.filter((route) => !tunnelled(route)),
    family,
  );
  const reported = physical ?? winner;
  const throughTunnel = winner !== undefined && tunnelled(winner);
  const tunnelInterfaces = [...new Set(throughTunnel && winner.interfaceName !== undefined ? [...facts.tunnelInterfaces, winner.interfaceName] : facts.tunnelInterfaces)];
  return {
    completed: true,
    interfaceUp: facts.interfaceUp,
    ...(reported !== undefined
      ? {
          defaultRoute: {
            family: reported.family,
            ...(reported.gateway !== undefined ? { gateway: reported.gateway } : {}),
            ...(reported.interfaceName !== undefined ? { interfaceName: reported.interfaceName } : {}),
          },
        }
      : {}),
    tunnelInterfaces,
    routesThroughTunnel: throughTunnel || facts.tunnelOverridesDefault,
  };
}

/** The evidence of a route check that could read nothing. */
export const ROUTE_NOT_READ: RouteEvidence = { completed: false, interfaceUp: false, tunnelInterfaces: [], routesThroughTunnel: false };
