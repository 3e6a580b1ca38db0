import type { ServiceState } from '../../assessment/service-state.ts';
import type { OsFamily } from '../../i18n/os-family.ts';
import type { ProbeOutcome } from '../../probe/probe-result.ts';
import type { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus, PageIndicator } from '../../status-page/official-status.ts';
import type { NetworkType } from '../network-type.ts';

/** A service that failed, as the summary mentions it. */
export interface FailureMention {
  readonly name: string;
  readonly outcome: ProbeOutcome;
  readonly status?: number;
}

/** The local problems a verdict can name (every local kind except the browser-side one). */
export type LocalProblemKind =
  | 'offline'
  | 'router-unreachable'
  | 'captive-portal'
  | 'internet-down'
  | 'dns-failure'
  | 'dns-blocked'
  | 'tls-interception'
  | 'clock-skew'
  | 'proxy-problem';

/** What shows a service is down: its servers answered with an error, stayed silent, or its status page says so. */
export type OutageEvidence = 'edge' | 'silent' | 'official';

/** What the closing request asks for, by whose side the problem is on. */
export type RequestKind = 'serviceSide' | 'maintenance' | 'rateLimited' | 'account' | 'localNetwork' | 'unclear';

/** The report's warnings, by the code the check gave them. */
export type WarningCode = 'status-page-unavailable' | 'status-page-components-missing' | 'extra-ca-unreadable';

// How each outcome reads after a service's name in a sentence ("ChatGPT answered with …").
const OUTCOME_CLAUSES: Record<ProbeOutcome, (status?: number) => string> = {
  ok: () => 'answered normally',
  'auth-required': () => 'answered normally (it asked for a sign-in)',
  challenge: () => 'answered with a bot check, so it was up',
  'rate-limited': () => 'turned requests away with HTTP 429 (too many requests)',
  'http-5xx': (status) => `answered with a server error (HTTP ${status ?? '5xx'})`,
  'edge-origin-error': (status) => `answered HTTP ${status ?? '52x'} from its edge network, which could not reach the servers behind it`,
  timeout: () => 'did not answer in time',
  'dns-error': () => 'could not be found in DNS',
  'connect-refused': () => 'refused the connection',
  'connect-timeout': () => 'did not accept a connection in time',
  reset: () => 'dropped the connection before answering',
  'tls-error': () => 'failed the secure-connection (TLS) handshake',
  'tls-untrusted': () => 'presented a certificate my computer does not trust',
  'redirect-loop': () => 'sent the request round in a redirect loop',
  'invalid-response': () => 'sent an answer that is not valid HTTP',
};

const possessive = (names: string) => `${names}’s`;

/** The support report's words in English, written as the user speaking to a support desk. */
export const supportReportEn = {
  title: {
    about: (names: string) => `Problem report: ${names}`,
    general: 'Problem report',
  },
  theService: 'the service',
  milliseconds: (value: string) => `${value} ms`,
  headings: {
    summary: 'Summary',
    time: 'When it happened',
    environment: 'My setup',
    failures: 'What failed and how',
    checked: 'What I have already checked',
    official: 'Official status at that moment',
    request: 'What I would like',
  },
  summary: {
    failing: (p: { when: string; since?: string; failures: readonly FailureMention[] }) => {
      const clauses = p.failures.map((f) => `${f.name} ${OUTCOME_CLAUSES[f.outcome](f.status)}`);
      const joined = clauses.length <= 1 ? (clauses[0] ?? '') : `${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1)}`;
      return p.since
        ? `I have been getting errors since ${p.since}. When I checked at ${p.when}, ${joined}.`
        : `When I checked at ${p.when}, ${joined}.`;
    },
    answering: (p: { when: string; since?: string; names: string }) =>
      p.since
        ? `I have been getting errors since ${p.since}, although when I checked at ${p.when}, ${p.names} answered normally.`
        : `When I checked at ${p.when}, ${p.names} answered normally.`,
    side: {
      serviceOutage: (p: { names: string; evidence: OutageEvidence }) => {
        switch (p.evidence) {
          case 'edge':
            return `The error comes back from ${possessive(p.names)} own servers, and other websites load normally at the same time, so the problem appears to be on ${possessive(p.names)} side rather than with my connection.`;
          case 'silent':
            return `Only ${p.names} fails to answer; other websites load normally at the same time, so the problem appears to be on ${possessive(p.names)} side rather than with my connection.`;
          case 'official':
            return `My connection works normally, and ${p.names} has announced an outage on its side.`;
        }
      },
      serviceDegraded: (p: { names: string }) =>
        `Some requests go through and some fail, while other websites load normally, so this looks like a partial problem on ${possessive(p.names)} side.`,
      maintenance: (p: { names: string }) => `${possessive(p.names)} status page shows maintenance in progress, which matches what I see.`,
      rateLimited: (p: { names: string; retryAfter?: string }) =>
        `${p.names} is turning my requests away as too many${p.retryAfter ? ` and asks me to wait ${p.retryAfter} before trying again` : ''}.`,
      regional: (p: { names: string }) =>
        `${p.names} fails at the server address my DNS server gives me but works at the address another DNS server gives, so one of ${possessive(p.names)} regions or edge locations seems to be affected.`,
      account: 'My connection and DNS showed no problem either. Yet I keep seeing errors, so the problem may be tied to my account or session.',
      localNetwork: (p: { names: string; problem: string }) =>
        `Status Doctor points to a problem on my side (${p.problem}), so the errors may not be ${possessive(p.names)} fault; I am sending this report in case it helps.`,
      unclear: (p: { names: string }) => `The check could not tell for sure whether the problem is on ${possessive(p.names)} side or mine.`,
      allClear: 'My connection worked normally too, but the errors I see come and go.',
    },
    officialIncident: (p: { name: string; incident: string; status: string }) =>
      `${possessive(p.name)} status page reports “${p.incident}” (${p.status}).`,
    officialQuiet: (name: string) => `${possessive(name)} status page showed no incident at that moment.`,
  },
  localProblems: {
    offline: 'this computer is not connected to any network',
    'router-unreachable': 'my router does not respond',
    'captive-portal': 'a Wi-Fi sign-in page is in the way',
    'internet-down': 'nothing beyond my router answers',
    'dns-failure': 'my DNS server is failing',
    'dns-blocked': 'this network blocks public DNS servers',
    'tls-interception': 'something intercepts secure (HTTPS) connections',
    'clock-skew': 'my computer’s clock is wrong',
    'proxy-problem': 'my proxy or VPN is failing',
  } satisfies Record<LocalProblemKind, string>,
  time: {
    checkedAt: 'Checked at',
    timeZone: 'Time zone',
    utc: 'UTC',
    firstSeen: 'Errors since',
    zone: (p: { name: string; id: string }) => `${p.name} (${p.id})`,
  },
  environment: {
    os: 'Operating system',
    app: 'Status Doctor version',
    network: 'Connection',
  },
  osNames: { windows: 'Windows', macos: 'macOS', linux: 'Linux' } satisfies Record<OsFamily, string>,
  networkTypes: { wifi: 'Wi-Fi', ethernet: 'Wired (Ethernet)', vpn: 'VPN', cellular: 'Mobile data' } satisfies Record<NetworkType, string>,
  serviceStates: {
    operational: 'working',
    degraded: 'partly failing',
    outage: 'down',
    maintenance: 'under maintenance',
    unknown: 'could not be determined',
  } satisfies Record<ServiceState, string>,
  outcomes: {
    ok: 'normal answer',
    'auth-required': 'asked for a sign-in (the service is up)',
    challenge: 'bot check (the service is up)',
    'rate-limited': 'too many requests',
    'http-5xx': 'server error',
    'edge-origin-error': 'edge network could not reach the origin server',
    timeout: 'no answer in time',
    'dns-error': 'DNS lookup failed',
    'connect-refused': 'connection refused',
    'connect-timeout': 'connection timed out',
    reset: 'connection dropped',
    'tls-error': 'secure connection (TLS) failed',
    'tls-untrusted': 'untrusted certificate',
    'redirect-loop': 'redirect loop',
    'invalid-response': 'invalid HTTP answer',
  } satisfies Record<ProbeOutcome, string>,
  probe: {
    serviceHeading: (p: { name: string; state: string }) => `${p.name}: ${p.state}`,
    result: 'Result',
    withStatus: (p: { outcome: string; status: number }) => `${p.outcome} (HTTP ${p.status})`,
    cfRay: 'cf-ray',
    server: 'Server header',
    address: 'Server IP',
    timings: 'Timings',
    phases: { dns: 'DNS', connect: 'connect', tls: 'TLS', ttfb: 'first byte', total: 'total' },
    phase: (p: { phase: string; duration: string }) => `${p.phase} ${p.duration}`,
    attempts: 'Attempts',
    attemptsSame: (count: string) => `${count} (the same result each time)`,
    attemptsOnce: (count: string) => count,
    attemptsEarlier: (p: { count: string; earlier: string }) => `${p.count} (before that: ${p.earlier})`,
    retryAfter: 'Asked to wait (Retry-After)',
    redirects: 'Redirects',
    error: 'Error detail',
    noProbes: 'No requests were made to this service.',
  },
  checked: {
    routerAnswered: (ms?: string) => (ms ? `My router responds normally (${ms}).` : 'My router responds normally.'),
    routerSilent: 'My router does not respond.',
    dnsSystemOk: (ms?: string) =>
      ms ? `My usual DNS server looks up the service’s address without trouble (${ms}).` : 'My usual DNS server looks up the service’s address without trouble.',
    dnsSystemFailed: 'My usual DNS server fails to look up the service’s address.',
    dnsSwitchSame: (resolvers: string) => `Public DNS servers (${resolvers}) give working answers too, so changing DNS would not help.`,
    dnsSwitchHelps: (resolvers: string) => `Through another DNS server (${resolvers}) the service works, so my usual DNS server is part of the problem.`,
    dnsSwitchSilent: (resolvers: string) => `Public DNS servers (${resolvers}) did not answer either.`,
    dohResolver: (host: string) => `${host} over HTTPS`,
    noCaptivePortal: 'No Wi-Fi sign-in page (captive portal) is intercepting my connection.',
    captivePortal: 'A Wi-Fi sign-in page (captive portal) is intercepting my connection.',
    controlAnswered: (p: { site?: string; ms?: string }) =>
      p.site ? `Other websites load normally (${p.site} answered${p.ms ? ` in ${p.ms}` : ''}).` : 'Other websites load normally.',
    controlFailed: 'Other websites do not load either.',
    noTlsInterception: 'Secure connections are not intercepted: the sites presented their genuine certificates, so no antivirus or proxy is scanning HTTPS.',
    tlsInterception: 'Something on my computer or network replaces the sites’ certificates (HTTPS interception).',
    clockOk: (offset: string) => `My computer’s clock is within ${offset} of the servers’ time.`,
    clockOff: (offset: string) => `My computer’s clock is off by ${offset} from the servers’ time.`,
    noProxy: 'No proxy is set up on this computer.',
    proxyWorks: (sources: string) => `A proxy is set up (${sources}) and it works.`,
    proxyFailing: (sources: string) => `The proxy that is set up (${sources}) is failing.`,
    triedTitle: 'I have also tried',
    notChecked: 'The checks of my own network did not finish this time.',
  },
  official: {
    statusPage: 'Status page',
    overall: 'Overall',
    overallValue: (p: { indicator: string; description: string }) => `${p.indicator} (“${p.description}”)`,
    components: 'Components',
    component: (p: { name: string; status: string }) => `${p.name}: ${p.status}`,
    incidentTitle: (name: string) => `Open incident: “${name}”`,
    maintenanceTitle: (name: string) => `Maintenance: “${name}”`,
    status: 'Status',
    impact: 'Impact',
    startedAt: 'Started',
    updatedAt: 'Last update',
    plannedEnd: 'Planned end',
    link: 'Link',
    noIncidents: 'No open incidents were posted.',
    lag: 'Usually posted',
    lagValue: (p: { lag: string; ahead: boolean; outages: number }) =>
      `${p.lag} ${p.ahead ? 'before' : 'after'} Status Doctor saw the problem here (median of ${p.outages} ${p.outages === 1 ? 'outage' : 'outages'})`,
    notConfigured: (name: string) => `No official status page is set up for ${name} in Status Doctor.`,
    unreadable: (name: string) => `${possessive(name)} status page could not be read at that moment.`,
    warnings: 'Notes',
    warning: (p: { code: WarningCode; name?: string; message: string }) => p.message,
    indicators: {
      none: 'all systems operational',
      minor: 'minor problems',
      major: 'major outage',
      critical: 'critical outage',
      maintenance: 'under maintenance',
    } satisfies Record<PageIndicator, string>,
    incidentStatuses: {
      investigating: 'investigating',
      identified: 'cause identified',
      monitoring: 'fix applied, monitoring',
      resolved: 'resolved',
      postmortem: 'post-mortem',
      unknown: 'status unknown',
    } satisfies Record<IncidentStatus, string>,
    impacts: { none: 'none', minor: 'minor', major: 'major', critical: 'critical', maintenance: 'maintenance' } satisfies Record<IncidentImpact, string>,
    componentStatuses: {
      operational: 'operational',
      degraded_performance: 'degraded performance',
      partial_outage: 'partial outage',
      major_outage: 'major outage',
      under_maintenance: 'under maintenance',
      unknown: 'unknown',
    } satisfies Record<ComponentStatus, string>,
    maintenanceStatuses: {
      scheduled: 'scheduled',
      in_progress: 'in progress',
      verifying: 'being verified',
      completed: 'completed',
    } satisfies Record<MaintenanceStatus, string>,
  },
  request: {
    serviceSide:
      'Could you tell me whether this is a known problem and when you expect it to be fixed? If anything on my side could be involved, please let me know what to check.',
    maintenance: 'Could you tell me when the maintenance is expected to end?',
    rateLimited: 'Could you check why my requests are being limited and how long the limit lasts?',
    account: 'Could you check whether something is wrong with my account or session, and tell me what else I can try?',
    localNetwork: 'If you see anything on your side that could be related, please let me know.',
    unclear: 'Could you check whether anything on your side explains these errors?',
  } satisfies Record<RequestKind, string>,
  footer: (p: { version: string; localHidden: boolean }) =>
    `Made with Status Doctor ${p.version}. API keys, tokens, cookies and passwords have been removed${p.localHidden ? '; local network addresses, the computer’s name and the user name are hidden' : ''}.`,
};

/** The shape every language's support-report words share. */
export type SupportReportMessages = typeof supportReportEn;
