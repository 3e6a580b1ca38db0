import type { ServiceAssessment } from '../../../src/core/assessment/service-state.ts';
import type { VerdictContext } from '../../../src/core/guidance/verdict-context.ts';
import type { NetworkEvidence } from '../../../src/core/network/network-evidence.ts';
import type { NetworkState } from '../../../src/core/network/network-report.ts';
import type { OfficialReport, ProbeReport, ServiceReport } from '../../../src/core/report/report-schema.ts';
import type { VerdictDecision } from '../../../src/core/verdict/decide-verdict.ts';
import type { VerdictKind } from '../../../src/core/verdict/verdict-kind.ts';

// One fixed diagnosis per verdict kind: a healthy home network and four
// services, with exactly the fault that kind is about. Every number and
// date is fixed so the rendered guidance is the same on every machine.

const probe = (url: string, extra: Partial<ProbeReport> = {}): ProbeReport => ({
  url,
  method: 'HEAD',
  outcome: 'ok',
  status: 200,
  timings: { dnsMs: 4, connectMs: 11, tlsMs: 23, ttfbMs: 110, totalMs: 120 },
  attempts: 1,
  ...extra,
});

const calmPage = (url: string): OfficialReport => ({
  provider: 'statuspage',
  url,
  indicator: 'none',
  description: 'All Systems Operational',
  components: [],
  incidents: [],
  maintenances: [],
});

const up: ServiceAssessment = { state: 'operational', reasons: ['probes-up'], rateLimited: false };

interface Service {
  report: ServiceReport;
  assessment: ServiceAssessment;
}

const healthy: Record<'chatgpt' | 'openai-api' | 'claude' | 'gemini', Service> = {
  chatgpt: {
    report: { id: 'chatgpt', name: 'ChatGPT', state: 'operational', probes: [probe('https://chatgpt.com/')], official: calmPage('https://status.openai.com') },
    assessment: up,
  },
  'openai-api': {
    report: {
      id: 'openai-api',
      name: 'OpenAI API',
      state: 'operational',
      probes: [probe('https://api.openai.com/v1/models', { status: 401, outcome: 'auth-required' })],
      official: calmPage('https://status.openai.com'),
    },
    assessment: up,
  },
  claude: {
    report: { id: 'claude', name: 'Claude', state: 'operational', probes: [probe('https://claude.ai/', { timings: { totalMs: 310 } })], official: calmPage('https://status.claude.com') },
    assessment: up,
  },
  gemini: {
    report: { id: 'gemini', name: 'Gemini', state: 'operational', probes: [probe('https://gemini.google.com/app', { timings: { totalMs: 140 } })] },
    assessment: up,
  },
};

const healthyEvidence: NetworkEvidence = {
  route: { completed: true, interfaceUp: true, defaultRoute: { gateway: '192.168.0.1', interfaceName: 'wlan0', family: 4 }, tunnelInterfaces: [], routesThroughTunnel: false },
  gateway: { completed: true, address: '192.168.0.1', reachable: true, method: 'tcp', ms: 3 },
  internet: { completed: true, controls: [{ url: 'https://www.google.com/generate_204', ok: true, outcome: 'ok', ms: 45 }], resolversAnswering: ['1.1.1.1', '8.8.8.8'] },
  captivePortal: { completed: true, checks: [{ url: 'http://connectivitycheck.gstatic.com/generate_204', result: 'clean', status: 204 }] },
  dns: {
    completed: true,
    system: { resolver: 'system', transport: 'system', answers: [{ host: 'chatgpt.com', kind: 'ok', addresses: ['104.18.32.47'], ms: 12 }] },
    alternatives: [
      { resolver: '1.1.1.1', transport: 'udp', answers: [{ host: 'chatgpt.com', kind: 'ok', addresses: ['104.18.32.47'], ms: 20 }], tlsValidated: true },
      { resolver: '8.8.8.8', transport: 'udp', answers: [{ host: 'chatgpt.com', kind: 'ok', addresses: ['104.18.32.47'], ms: 24 }], tlsValidated: true },
    ],
    switchWouldHelp: false,
  },
  proxy: { completed: true, sources: [], failing: false },
};

const timeoutEverywhere = (resolver: string, transport: 'udp' | 'doh' = 'udp') => ({
  resolver,
  transport,
  answers: [{ host: 'chatgpt.com', kind: 'timeout' as const, addresses: [] }],
});

/** What one scenario changes from the healthy baseline. */
interface Scenario {
  readonly decision: VerdictDecision;
  readonly networkState?: NetworkState;
  readonly evidence?: Partial<NetworkEvidence>;
  readonly services?: Partial<Record<keyof typeof healthy, Service>>;
  readonly regional?: VerdictContext['regional'];
}

const localSuspect: ServiceAssessment = { state: 'unknown', reasons: ['local-problem'], rateLimited: false };
const unknownEverywhere = Object.fromEntries(Object.entries(healthy).map(([id, s]) => [id, { ...s, report: { ...s.report, state: 'unknown' as const }, assessment: localSuspect }]));

const SCENARIOS: Record<VerdictKind, Scenario> = {
  offline: {
    decision: { kind: 'offline', serviceIds: [] },
    evidence: { route: { completed: true, interfaceUp: false, tunnelInterfaces: [], routesThroughTunnel: false }, gateway: { completed: false, reachable: false } },
    services: unknownEverywhere,
  },
  'router-unreachable': {
    decision: { kind: 'router-unreachable', serviceIds: [] },
    evidence: {
      gateway: { completed: true, address: '192.168.0.1', reachable: false },
      internet: { completed: true, controls: [{ url: 'https://www.google.com/generate_204', ok: false, outcome: 'connect-timeout' }], resolversAnswering: [] },
    },
    services: unknownEverywhere,
  },
  'captive-portal': {
    decision: { kind: 'captive-portal', serviceIds: [] },
    evidence: {
      captivePortal: {
        completed: true,
        checks: [{ url: 'http://connectivitycheck.gstatic.com/generate_204', result: 'redirect', status: 302, location: 'http://login.hotel-wifi.example/portal' }],
      },
    },
    services: unknownEverywhere,
  },
  'internet-down': {
    decision: { kind: 'internet-down', serviceIds: [] },
    evidence: {
      internet: { completed: true, controls: [{ url: 'https://www.google.com/generate_204', ok: false, outcome: 'timeout' }], resolversAnswering: [] },
      dns: {
        completed: true,
        system: { resolver: 'system', transport: 'system', answers: [{ host: 'chatgpt.com', kind: 'timeout', addresses: [] }] },
        alternatives: [timeoutEverywhere('1.1.1.1'), timeoutEverywhere('8.8.8.8'), timeoutEverywhere('9.9.9.9')],
        switchWouldHelp: false,
      },
    },
    services: unknownEverywhere,
  },
  'dns-failure': {
    decision: { kind: 'dns-failure', serviceIds: [] },
    evidence: {
      dns: {
        completed: true,
        system: { resolver: 'system', transport: 'system', answers: [{ host: 'chatgpt.com', kind: 'timeout', addresses: [] }] },
        alternatives: [
          { resolver: '1.1.1.1', transport: 'udp', answers: [{ host: 'chatgpt.com', kind: 'ok', addresses: ['104.18.32.47'], ms: 20 }], tlsValidated: true },
          { resolver: '8.8.8.8', transport: 'udp', answers: [{ host: 'chatgpt.com', kind: 'ok', addresses: ['104.18.32.47'], ms: 24 }], tlsValidated: true },
        ],
        switchWouldHelp: true,
      },
    },
    services: unknownEverywhere,
  },
  'dns-blocked': {
    decision: { kind: 'dns-blocked', serviceIds: [] },
    evidence: {
      dns: {
        completed: true,
        system: { resolver: 'system', transport: 'system', answers: [{ host: 'chatgpt.com', kind: 'servfail', addresses: [] }] },
        alternatives: [
          timeoutEverywhere('1.1.1.1'),
          timeoutEverywhere('8.8.8.8'),
          { resolver: 'https://cloudflare-dns.com/dns-query', transport: 'doh', answers: [{ host: 'chatgpt.com', kind: 'ok', addresses: ['104.18.32.47'], ms: 35 }], tlsValidated: true },
        ],
        switchWouldHelp: true,
      },
    },
    services: unknownEverywhere,
  },
  'tls-interception': {
    decision: { kind: 'tls-interception', serviceIds: [] },
    evidence: {
      internet: {
        completed: true,
        controls: [{ url: 'https://www.google.com/generate_204', ok: false, outcome: 'tls-untrusted', ms: 41, issuer: 'Kaspersky Anti-Virus Personal Root Certificate' }],
        resolversAnswering: ['1.1.1.1'],
      },
    },
    services: {
      ...unknownEverywhere,
      chatgpt: {
        report: { ...healthy.chatgpt.report, state: 'unknown', probes: [probe('https://chatgpt.com/', { outcome: 'tls-untrusted', status: undefined, errorCode: 'SELF_SIGNED_CERT_IN_CHAIN' })] },
        assessment: localSuspect,
      },
    },
  },
  'clock-skew': {
    decision: { kind: 'clock-skew', serviceIds: [] },
    evidence: { clockSkewMs: -3 * 86_400_000 },
    services: unknownEverywhere,
  },
  'proxy-problem': {
    decision: { kind: 'proxy-problem', serviceIds: [] },
    evidence: { proxy: { completed: true, sources: ['HTTPS_PROXY'], failing: true, detail: 'HTTP 407 Proxy Authentication Required' } },
    services: unknownEverywhere,
  },
  regional: {
    decision: { kind: 'regional', serviceIds: ['chatgpt'] },
    regional: [{ serviceId: 'chatgpt', systemAddress: '104.18.32.47', workingAddress: '172.64.155.209', viaResolver: '1.1.1.1' }],
    services: {
      chatgpt: {
        report: { ...healthy.chatgpt.report, state: 'degraded', probes: [probe('https://chatgpt.com/', { outcome: 'connect-timeout', status: undefined, timings: { totalMs: 10_000 }, attempts: 3, earlierOutcomes: ['connect-timeout', 'connect-timeout'] })] },
        assessment: { state: 'outage', reasons: ['probes-failing'], rateLimited: false },
      },
    },
  },
  'service-outage': {
    decision: { kind: 'service-outage', serviceIds: ['chatgpt', 'openai-api'] },
    services: {
      chatgpt: {
        report: {
          ...healthy.chatgpt.report,
          state: 'outage',
          probes: [
            probe('https://chatgpt.com/', {
              outcome: 'edge-origin-error',
              status: 522,
              timings: { dnsMs: 4, connectMs: 11, tlsMs: 23, ttfbMs: 15_020, totalMs: 15_030 },
              edge: { cfRay: '8e1f2c3d4b5a6978-ICN', server: 'cloudflare' },
              attempts: 3,
              earlierOutcomes: ['edge-origin-error', 'edge-origin-error'],
            }),
          ],
        },
        assessment: { state: 'outage', reasons: ['probes-failing', 'official-silent'], rateLimited: false },
      },
      'openai-api': {
        report: {
          ...healthy['openai-api'].report,
          state: 'outage',
          probes: [probe('https://api.openai.com/v1/models', { outcome: 'http-5xx', status: 502, attempts: 3, earlierOutcomes: ['http-5xx', 'http-5xx'] })],
          official: {
            ...calmPage('https://status.openai.com'),
            indicator: 'major',
            description: 'Partial System Outage',
            incidents: [{ id: 'inc-1', name: 'Elevated error rates on the API', status: 'investigating', impact: 'major', startedAt: '2026-11-21T19:52:00.000Z' }],
          },
        },
        assessment: { state: 'outage', reasons: ['probes-failing', 'official-outage'], rateLimited: false },
      },
    },
  },
  'service-degraded': {
    decision: { kind: 'service-degraded', serviceIds: ['claude'] },
    services: {
      claude: {
        report: {
          ...healthy.claude.report,
          state: 'degraded',
          official: {
            ...calmPage('https://status.claude.com'),
            indicator: 'minor',
            description: 'Minor Service Outage',
            incidents: [{ id: 'inc-2', name: 'Elevated errors on claude.ai', status: 'identified', impact: 'minor', startedAt: '2026-11-21T19:40:00.000Z' }],
          },
        },
        assessment: { state: 'degraded', reasons: ['probes-up', 'official-degraded'], rateLimited: false },
      },
    },
  },
  'service-maintenance': {
    decision: { kind: 'service-maintenance', serviceIds: ['chatgpt'] },
    services: {
      chatgpt: {
        report: {
          ...healthy.chatgpt.report,
          state: 'maintenance',
          probes: [probe('https://chatgpt.com/', { outcome: 'http-5xx', status: 503 })],
          official: {
            ...calmPage('https://status.openai.com'),
            indicator: 'maintenance',
            description: 'Service Under Maintenance',
            maintenances: [{ id: 'm-1', name: 'Scheduled database upgrade', status: 'in_progress', scheduledFor: '2026-11-21T19:00:00.000Z', scheduledUntil: '2026-11-21T22:00:00.000Z' }],
          },
        },
        assessment: { state: 'maintenance', reasons: ['probes-failing', 'official-maintenance'], rateLimited: false },
      },
    },
  },
  'rate-limited': {
    decision: { kind: 'rate-limited', serviceIds: ['openai-api'] },
    services: {
      'openai-api': {
        report: { ...healthy['openai-api'].report, probes: [probe('https://api.openai.com/v1/models', { outcome: 'rate-limited', status: 429, retryAfterSeconds: 30 })] },
        assessment: { state: 'operational', reasons: ['probes-up', 'rate-limited'], rateLimited: true, retryAfterSeconds: 30 },
      },
    },
  },
  'local-client': { decision: { kind: 'local-client', serviceIds: ['chatgpt'] } },
  inconclusive: {
    decision: { kind: 'inconclusive', serviceIds: ['chatgpt'] },
    networkState: 'unknown',
    evidence: { internet: { completed: false, controls: [], resolversAnswering: [] }, gateway: { completed: false, reachable: false } },
    services: {
      chatgpt: {
        report: { ...healthy.chatgpt.report, state: 'unknown', probes: [probe('https://chatgpt.com/', { outcome: 'timeout', status: undefined, timings: { totalMs: 10_000 } })] },
        assessment: { state: 'unknown', reasons: ['probes-inconclusive'], rateLimited: false },
      },
    },
  },
  'all-clear': { decision: { kind: 'all-clear', serviceIds: [] } },
};

/** The decision and context of one verdict kind's scenario. */
export function scenarioFor(kind: VerdictKind): { decision: VerdictDecision; context: VerdictContext } {
  const scenario = SCENARIOS[kind];
  const services = { ...healthy, ...scenario.services };
  const local = ['offline', 'router-unreachable', 'captive-portal', 'internet-down', 'dns-failure', 'dns-blocked', 'tls-interception', 'clock-skew', 'proxy-problem'];
  const state: NetworkState = scenario.networkState ?? (local.includes(kind) ? (kind as NetworkState) : 'ok');
  return {
    decision: scenario.decision,
    context: {
      services: Object.values(services),
      network: { state, pathProven: state === 'ok' },
      evidence: { ...healthyEvidence, ...scenario.evidence },
      ...(scenario.regional ? { regional: scenario.regional } : {}),
    },
  };
}
