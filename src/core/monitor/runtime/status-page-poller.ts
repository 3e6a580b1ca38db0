import type { ServiceSpec, StatusPageSpec } from '../../config/config-schema.ts';
import type { OfficialStatus } from '../../status-page/official-status.ts';
import { selectComponents } from '../../status-page/select-components.ts';
import type { StatusPageCacheEntry, StatusPageProblem } from '../../status-page/status-page-reading.ts';
import type { PollSummary } from '../scheduler/status-page-timing.ts';
import { statusPageKey } from '../scheduler/status-page-key.ts';
import type { StatusPageReader } from './monitor-types.ts';

/** What one poll of a page means for each service that shares it. */
export interface PagePoll {
  readonly summary: PollSummary;
  readonly pageUrl: string;
  /** Each subscribed service's view: the page narrowed to its components, or `unavailable`. */
  readonly services: readonly { readonly serviceId: string; readonly status: OfficialStatus | 'unavailable' }[];
  /** Set when this poll failed and the one before did not (or it is the first). */
  readonly becameUnreadable?: StatusPageProblem;
  /** This poll succeeded after failed ones. */
  readonly becameReadable: boolean;
}

/** Options of {@link createStatusPagePoller}. */
export interface StatusPagePollerOptions {
  readonly services: readonly ServiceSpec[];
  readonly read: StatusPageReader;
  /** The whole read of one page finishes within this. */
  readonly timeoutMs: number;
  readonly now: () => number;
  readonly signal: AbortSignal;
}

interface Page {
  readonly spec: StatusPageSpec;
  readonly subscribers: ServiceSpec[];
  cache: StatusPageCacheEntry | undefined;
  failing: boolean;
}

/**
 * Reads the status pages the services name: one read per page however many
 * services share it (by `statusPageKey`), each read conditional on the
 * previous one's validators, the result narrowed to each service's components.
 */
export function createStatusPagePoller(options: StatusPagePollerOptions): { poll(key: string): Promise<PagePoll> } {
  const pages = new Map<string, Page>();
  for (const service of options.services) {
    if (service.statusPage === undefined) continue;
    const key = statusPageKey(service.statusPage);
    const page = pages.get(key) ?? { spec: service.statusPage, subscribers: [], cache: undefined, failing: false };
    page.subscribers.push(service);
    pages.set(key, page);
  }

  return {
    async poll(key) {
      const page = pages.get(key);
      if (page === undefined) return { summary: { ok: true }, pageUrl: key, services: [], becameReadable: false };
      const reading = await options.read(page.spec, {
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        now: () => new Date(options.now()),
        ...(page.cache === undefined ? {} : { previous: page.cache }),
      });
      const wasFailing = page.failing;
      if (!reading.ok) {
        page.failing = true;
        return {
          summary: { ok: false, ...(reading.retryAfterSeconds === undefined ? {} : { retryAfterMs: reading.retryAfterSeconds * 1000 }) },
          pageUrl: page.spec.url,
          services: page.subscribers.map((service) => ({ serviceId: service.id, status: 'unavailable' as const })),
          ...(wasFailing ? {} : { becameUnreadable: reading.problem }),
          becameReadable: false,
        };
      }
      page.cache = reading.cache;
      page.failing = false;
      return {
        summary: { ok: true },
        pageUrl: page.spec.url,
        services: page.subscribers.map((service) => {
          const components = service.statusPage?.components;
          return { serviceId: service.id, status: components ? selectComponents(reading.status, components) : reading.status };
        }),
        becameReadable: wasFailing,
      };
    },
  };
}
