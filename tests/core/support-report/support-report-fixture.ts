import type { NetworkEvidence } from '../../../src/core/network/network-evidence.ts';
import type { CheckReport } from '../../../src/core/report/report-schema.ts';

/**
 * One realistic diagnosis for the support-report tests: ChatGPT's edge
 * answers 502 three times in a row (with its cf-ray), OpenAI's status page
 * has an open major incident, and the user's own network is healthy (router,
 * DNS and the DNS switch test, no portal, a control site, no proxy, clock right).
 */
export const outageReport: CheckReport = {
  schema: 1,
  at: '2026-11-21T20:42:07.000Z',
  durationMs: 1380,
  verdict: {
    kind: 'service-outage',
    serviceIds: ['chatgpt'],
    title: 'ChatGPT is down — it’s not you',
    summary: 'ChatGPT answered with a server error (HTTP 502), 3 times in a row.',
    steps: [{ id: 'wait-and-retry', title: 'Wait a few minutes, then try once', detail: '…' }],
  },
  network: {
    state: 'ok',
    gateway: { address: '192.168.0.1', reachable: true, method: 'tcp', ms: 3 },
    dns: {
      system: { ok: true, ms: 12 },
      alternatives: [
        { resolver: '1.1.1.1', transport: 'udp', ok: true, ms: 18 },
        { resolver: '8.8.8.8', transport: 'udp', ok: true, ms: 24 },
        { resolver: 'https://cloudflare-dns.com/dns-query', transport: 'doh', ok: true, ms: 41 },
      ],
      switchWouldHelp: false,
    },
    captivePortal: false,
    internet: { ok: true },
    pathProven: true,
  },
  services: [
    {
      id: 'chatgpt',
      name: 'ChatGPT',
      state: 'outage',
      probes: [
        {
          url: 'https://chatgpt.com/',
          method: 'HEAD',
          outcome: 'http-5xx',
          status: 502,
          timings: { dnsMs: 12, connectMs: 18, tlsMs: 27, ttfbMs: 164, totalMs: 171 },
          edge: { cfRay: '8e4f1c2b9a7d3e56-ICN', server: 'cloudflare' },
          remoteAddress: '104.18.32.47',
          attempts: 3,
          earlierOutcomes: ['http-5xx', 'http-5xx'],
        },
        {
          url: 'https://chatgpt.com/backend-api/models',
          method: 'GET',
          outcome: 'http-5xx',
          status: 502,
          timings: { ttfbMs: 143, totalMs: 149 },
          edge: { cfRay: '8e4f1c2c0b1e4f77-ICN', server: 'cloudflare' },
          connectionReused: true,
          remoteAddress: '104.18.32.47',
          attempts: 2,
          earlierOutcomes: ['timeout'],
        },
      ],
      official: {
        provider: 'incidentio',
        url: 'https://status.openai.com',
        indicator: 'major',
        description: 'Partial outage',
        components: [
          { name: 'ChatGPT', status: 'major_outage' },
          { name: 'Conversations', status: 'partial_outage', group: 'ChatGPT' },
        ],
        incidents: [
          {
            id: '01JDQ7X3K9V2',
            name: 'Elevated error rates on ChatGPT',
            status: 'investigating',
            impact: 'major',
            url: 'https://status.openai.com/incidents/01JDQ7X3K9V2',
            startedAt: '2026-11-21T20:31:00.000Z',
            updatedAt: '2026-11-21T20:38:00.000Z',
          },
        ],
        maintenances: [],
      },
    },
    {
      id: 'claude',
      name: 'Claude',
      state: 'operational',
      probes: [
        {
          url: 'https://claude.ai/',
          method: 'HEAD',
          outcome: 'challenge',
          status: 403,
          timings: { dnsMs: 9, connectMs: 15, tlsMs: 22, ttfbMs: 61, totalMs: 66 },
          edge: { cfRay: '8e4f1c2d7c6a5b44-ICN', server: 'cloudflare' },
          attempts: 1,
        },
      ],
    },
  ],
  warnings: [],
};

/** The local checks of the same diagnosis: everything healthy, on Wi-Fi. */
export const healthyEvidence: NetworkEvidence = {
  route: {
    completed: true,
    interfaceUp: true,
    defaultRoute: { gateway: '192.168.0.1', interfaceName: 'Wi-Fi', family: 4 },
    tunnelInterfaces: [],
    routesThroughTunnel: false,
  },
  gateway: { completed: true, address: '192.168.0.1', reachable: true, method: 'tcp', ms: 3 },
  internet: {
    completed: true,
    controls: [{ url: 'https://www.google.com/generate_204', ok: true, outcome: 'ok', ms: 38, serverDate: 'Sat, 21 Nov 2026 20:42:07 GMT' }],
    resolversAnswering: ['1.1.1.1', '8.8.8.8'],
  },
  captivePortal: { completed: true, checks: [{ url: 'http://connectivitycheck.gstatic.com/generate_204', result: 'clean', status: 204 }] },
  proxy: { completed: true, sources: [], failing: false },
  clockSkewMs: -420,
};
