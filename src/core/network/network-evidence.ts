/**
 * What each local network check found. Every check reports `completed:
 * false` when it did not finish or could not run (no permission, command
 * missing, deadline): an unfinished check never blames the user.
 * `decideNetworkState` turns these into one state.
 */

/** Interfaces and the default route, from the OS routing table. */
export interface RouteEvidence {
  readonly completed: boolean;
  /** At least one non-loopback interface is up with an address. */
  readonly interfaceUp: boolean;
  /** The default route, if there is one (IPv4 preferred, IPv6 otherwise). */
  readonly defaultRoute?: {
    readonly gateway?: string;
    readonly interfaceName?: string;
    readonly family: 4 | 6;
  };
  /** Interfaces that look like VPN tunnels (tun*, wg*, utun*, ppp*, "TAP-Windows"…). */
  readonly tunnelInterfaces: readonly string[];
  /** True when the default route goes through one of `tunnelInterfaces`. */
  readonly routesThroughTunnel: boolean;
}

/** Whether the router (default gateway) answers. */
export interface GatewayEvidence {
  readonly completed: boolean;
  readonly address?: string;
  readonly reachable: boolean;
  /** How it was shown to answer: a TCP answer (even a refusal), a neighbour entry, or ping. */
  readonly method?: 'tcp' | 'neighbour' | 'ping';
  readonly ms?: number;
}

/** One control URL (a well-known site that is not an AI service). */
export interface ControlResult {
  readonly url: string;
  readonly ok: boolean;
  /** The probe outcome (`ok`, `tls-untrusted`, `timeout`, …). */
  readonly outcome: string;
  readonly ms?: number;
  /** Issuer of the certificate presented, when the TLS check saw one. */
  readonly issuer?: string;
  /** The server's `Date` header, when it answered. */
  readonly serverDate?: string;
  /** A TLS error code (CERT_HAS_EXPIRED, CERT_NOT_YET_VALID, …), if any. */
  readonly tlsErrorCode?: string;
}

/** Whether anything beyond the router answers. */
export interface InternetEvidence {
  readonly completed: boolean;
  readonly controls: readonly ControlResult[];
  /** Public resolvers that answered any query, over UDP or DoH. */
  readonly resolversAnswering: readonly string[];
}

/** The plain-HTTP connectivity checks. */
export interface CaptivePortalEvidence {
  readonly completed: boolean;
  readonly checks: readonly {
    readonly url: string;
    readonly result: 'clean' | 'redirect' | 'network-authentication-required' | 'wrong-answer' | 'unreachable';
    readonly status?: number;
    readonly location?: string;
  }[];
}

/** How one resolver answered for one host name. */
export type DnsAnswerKind = 'ok' | 'timeout' | 'servfail' | 'nxdomain' | 'refused' | 'rewritten' | 'error';

/** One resolver's answers for the service host names. */
export interface ResolverResult {
  /** `system`, an IP for UDP, or a DoH URL. */
  readonly resolver: string;
  readonly transport: 'system' | 'udp' | 'doh';
  readonly answers: readonly {
    readonly host: string;
    readonly kind: DnsAnswerKind;
    readonly addresses: readonly string[];
    readonly ms?: number;
  }[];
  /** True when at least one answer validated a TLS handshake for its host name. */
  readonly tlsValidated?: boolean;
}

/** The DNS switch test. */
export interface DnsEvidence {
  readonly completed: boolean;
  readonly system: ResolverResult;
  readonly alternatives: readonly ResolverResult[];
  /** An alternative's answer let a TLS handshake for the service name validate while the system's did not work. */
  readonly switchWouldHelp: boolean;
}

/** A service failing at the system resolver's address but working at another's. */
export interface RegionalEvidence {
  readonly completed: boolean;
  readonly services: readonly {
    readonly serviceId: string;
    readonly systemAddress: string;
    readonly workingAddress: string;
    readonly viaResolver: string;
  }[];
}

/** Proxies configured for this user. */
export interface ProxyEvidence {
  readonly completed: boolean;
  /** Where a proxy was found: `HTTPS_PROXY`, `system settings`, … */
  readonly sources: readonly string[];
  /** The proxy answered 407, refused, or failed where a direct connection works. */
  readonly failing: boolean;
  readonly detail?: string;
}

/** Everything the local checks found; a check that did not run is absent. */
export interface NetworkEvidence {
  readonly route?: RouteEvidence;
  readonly gateway?: GatewayEvidence;
  readonly internet?: InternetEvidence;
  readonly captivePortal?: CaptivePortalEvidence;
  readonly dns?: DnsEvidence;
  readonly regional?: RegionalEvidence;
  readonly proxy?: ProxyEvidence;
  /** Local clock minus the servers' `Date`, in ms, when known (median of the answers seen). */
  readonly clockSkewMs?: number;
}
