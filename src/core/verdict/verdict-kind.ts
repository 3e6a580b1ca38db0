/**
 * Verdict kinds of DESIGN.md in their order of precedence: first match wins,
 * lowest failing layer first.
 */
export const VERDICT_KINDS = [
  'offline',
  'router-unreachable',
  'captive-portal',
  'internet-down',
  'dns-failure',
  'dns-blocked',
  'tls-interception',
  'clock-skew',
  'proxy-problem',
  'regional',
  'service-outage',
  'service-degraded',
  'service-maintenance',
  'rate-limited',
  'local-client',
  'inconclusive',
  'all-clear',
] as const;

/** One verdict kind. */
export type VerdictKind = (typeof VERDICT_KINDS)[number];

/** The kinds that mean "it is them". */
export const SERVICE_SIDE_KINDS: ReadonlySet<VerdictKind> = new Set([
  'regional',
  'service-outage',
  'service-degraded',
  'service-maintenance',
  'rate-limited',
]);

/** The kinds that mean "it is on your side": network, DNS, router, portal, TLS, clock, browser. */
export const LOCAL_KINDS: ReadonlySet<VerdictKind> = new Set([
  'offline',
  'router-unreachable',
  'captive-portal',
  'internet-down',
  'dns-failure',
  'dns-blocked',
  'tls-interception',
  'clock-skew',
  'proxy-problem',
  'local-client',
]);

/** Exit codes of `status-doctor check` (DESIGN.md, CLI). */
export const EXIT_CODES = {
  allClear: 0,
  serviceProblem: 1,
  localProblem: 2,
  inconclusive: 3,
  usage: 64,
} as const;

/** The exit code `check` ends with for a verdict. */
export function exitCodeForVerdict(kind: VerdictKind): number {
  if (kind === 'all-clear') return EXIT_CODES.allClear;
  if (SERVICE_SIDE_KINDS.has(kind)) return EXIT_CODES.serviceProblem;
  if (LOCAL_KINDS.has(kind)) return EXIT_CODES.localProblem;
  return EXIT_CODES.inconclusive;
}
