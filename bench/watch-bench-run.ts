import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLoopbackEdge } from '../tests/support/loopback-edge.ts';
import { loopbackNetworkFor } from '../tests/support/run-status-doctor.ts';
import { startStatusPageServer, type StatusPageRoute } from '../tests/support/status-page-server.ts';
import { countsBetween, type ProxyCounts, startCountingProxy } from './counting-proxy.ts';
import { canSampleProcesses, type ProcessWindow, readRssBytes, sampleProcess } from './process-sampler.ts';
import { cliRunsFromBundle, emptyNodeRssBytes, startWatchChild, type WatchChild } from './watch-child.ts';

/**
 * Time before measuring: the scheduler spreads the first probe and the first
 * poll of every service over its start stagger (60 s), so the first, full
 * status-page reads and the start-up network check are all over by then.
 */
export const SETTLE_MS = 65_000;
/** The measured window. Both `watch` processes run at once, so the bench adds about SETTLE_MS + WINDOW_MS. */
export const WINDOW_MS = 90_000;
/** VmRSS is read this often during the window; the largest reading counts. */
const RSS_EVERY_MS = 1_000;
/** Services of the idle run (also the run whose bytes are counted). */
export const IDLE_SERVICES = 10;
/** Services of the busy run. */
export const BUSY_SERVICES = 100;
/** DESIGN.md's busy case probes every 30 s. */
export const BUSY_PROBE_INTERVAL_MS = 30_000;
/** How long the loopback edge keeps idle connections, like a CDN edge does. */
export const EDGE_KEEP_ALIVE_MS = 120_000;

/** A real, healthy Statuspage summary: what most AI providers' pages serve. */
const STATUS_PAGE_FIXTURE = join(import.meta.dirname, '..', 'tests', 'fixtures', 'status-pages', 'statuspage', 'bitbucket-all-operational-open-notice.json');
const STATUS_PAGE_ETAG = '"bench-v1"';

/** What one bench run of two `watch` processes measured. */
export interface WatchBenchRun {
  readonly windowMs: number;
  /** True when `watch` ran the built bundle, false when it ran the TypeScript sources. */
  readonly fromBundle: boolean;
  /** The IDLE_SERVICES process (its probes and polls go through the counting proxies). */
  readonly idle: ProcessWindow;
  /** The BUSY_SERVICES process. */
  readonly busy: ProcessWindow;
  /** Probe traffic of the idle process during the window (HTTPS, through a TCP relay). */
  readonly probes: ProxyCounts;
  /** Status-page traffic of the idle process during the window (plain HTTP, through a TCP relay). */
  readonly statusPages: ProxyCounts;
  /** Status-page requests of the idle process during the window, and how many carried If-None-Match. */
  readonly polls: { readonly total: number; readonly conditional: number };
  /** Bytes of one full (unconditional) status-page answer body. */
  readonly statusPageBodyBytes: number;
  /** VmRSS of an empty Node 24 process, without and with the loopback-only guard the children carry. */
  readonly emptyNodeRssBytes: { readonly bare: number; readonly guarded: number };
}

interface ServiceLayout {
  readonly prefix: string;
  readonly count: number;
  readonly probeBase: string;
  readonly pageBase: string;
}

const servicesOf = ({ prefix, count, probeBase, pageBase }: ServiceLayout) =>
  Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${String(index + 1).padStart(3, '0')}`,
    name: `Bench ${prefix} ${index + 1}`,
    probes: [{ url: `${probeBase}/ok` }],
    // One page per service, as with real providers: nothing is shared to make polls cheaper.
    statusPage: { provider: 'statuspage', url: `${pageBase}/${prefix}${index + 1}` },
  }));

/** Checks that the run was what it claims: every service judged, and nothing down. */
function assertHealthy(name: string, child: WatchChild, count: number): void {
  const states = new Map<string, unknown>();
  for (const event of child.events) if (event.type === 'state') states.set(String(event['serviceId']), event['to']);
  const down = [...states].filter(([, state]) => state === 'outage' || state === 'unknown');
  if (states.size < count || down.length > 0) {
    throw new Error(`${name}: ${states.size}/${count} services judged, not healthy: ${JSON.stringify(down.slice(0, 5))}`);
  }
}

/**
 * Runs `status-doctor watch` twice at once against servers on 127.0.0.1:
 * IDLE_SERVICES services whose probes (HTTPS `/ok`) and status pages go
 * through counting TCP relays, and BUSY_SERVICES services straight to the
 * servers. After SETTLE_MS it samples both processes for WINDOW_MS.
 * Returns undefined where /proc is missing (not Linux).
 */
export async function runWatchBench(): Promise<WatchBenchRun | undefined> {
  if (!canSampleProcesses()) return undefined;
  const body = readFileSync(STATUS_PAGE_FIXTURE);
  const route: StatusPageRoute = { body, headers: { 'content-type': 'application/json', etag: STATUS_PAGE_ETAG } };
  const routes: Record<string, StatusPageRoute> = {};
  for (let index = 1; index <= BUSY_SERVICES; index += 1) {
    routes[`/idle${index}/api/v2/summary.json`] = route;
    routes[`/busy${index}/api/v2/summary.json`] = route;
  }

  // Big edges (Cloudflare and the like) keep an idle HTTP/1.1 connection for
  // minutes; Node's default of 5 s would charge every probe a new TLS handshake.
  const edge = await startLoopbackEdge({ keepAliveTimeoutMs: EDGE_KEEP_ALIVE_MS });
  const pages = await startStatusPageServer(routes);
  const probeProxy = await startCountingProxy(Number(new URL(edge.httpsUrl).port));
  const pageProxy = await startCountingProxy(Number(new URL(pages.url).port));
  const dir = mkdtempSync(join(tmpdir(), 'status-doctor-bench-watch-'));
  const children: WatchChild[] = [];
  try {
    const common = { network: loopbackNetworkFor(edge), tls: { extraCaFile: edge.caFile } };
    const idleConfig = join(dir, 'idle.json');
    const busyConfig = join(dir, 'busy.json');
    // The edge certificate names 127.0.0.1, so the relay's address passes verification with TLS untouched.
    const idleLayout = { prefix: 'idle', count: IDLE_SERVICES, probeBase: `https://127.0.0.1:${probeProxy.port}`, pageBase: `http://127.0.0.1:${pageProxy.port}` };
    writeFileSync(idleConfig, JSON.stringify({ services: servicesOf(idleLayout), ...common }));
    writeFileSync(
      busyConfig,
      JSON.stringify({
        services: servicesOf({ prefix: 'busy', count: BUSY_SERVICES, probeBase: edge.httpsUrl, pageBase: pages.url }),
        ...common,
        monitor: { probe: { intervalMs: BUSY_PROBE_INTERVAL_MS } },
      }),
    );

    const idle = await startWatchChild(idleConfig);
    children.push(idle);
    const busy = await startWatchChild(busyConfig);
    children.push(busy);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

    const probesBefore = probeProxy.counts();
    const pagesBefore = pageProxy.counts();
    const requestsBefore = pages.requests.length;
    const [idleWindow, busyWindow] = await Promise.all([sampleProcess(idle.pid, WINDOW_MS, RSS_EVERY_MS), sampleProcess(busy.pid, WINDOW_MS, RSS_EVERY_MS)]);
    const probes = countsBetween(probesBefore, probeProxy.counts());
    const statusPages = countsBetween(pagesBefore, pageProxy.counts());
    const idlePolls = pages.requests.slice(requestsBefore).filter((request) => request.path.startsWith('/idle'));

    await Promise.all(children.map((child) => child.stop()));
    assertHealthy('idle run', idle, IDLE_SERVICES);
    assertHealthy('busy run', busy, BUSY_SERVICES);
    return {
      windowMs: WINDOW_MS,
      fromBundle: cliRunsFromBundle(),
      idle: idleWindow,
      busy: busyWindow,
      probes,
      statusPages,
      polls: { total: idlePolls.length, conditional: idlePolls.filter((request) => request.headers['if-none-match'] === STATUS_PAGE_ETAG).length },
      statusPageBodyBytes: body.length,
      emptyNodeRssBytes: { bare: await emptyNodeRssBytes(false, readRssBytes), guarded: await emptyNodeRssBytes(true, readRssBytes) },
    };
  } finally {
    await Promise.all(children.map((child) => child.stop()));
    await Promise.all([probeProxy.close(), pageProxy.close(), pages.close(), edge.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
}
