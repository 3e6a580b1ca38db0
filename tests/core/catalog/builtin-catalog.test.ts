import { describe, expect, it } from 'vitest';
import { BUILTIN_SERVICES, STATUS_PAGE_NOTES, catalogIds, findService } from '../../../src/core/catalog/builtin-catalog.ts';
import { configFileSchema, serviceSpecSchema } from '../../../src/core/config/config-schema.ts';

// Pure data checks: nothing here touches the network.

const REQUIRED_IDS = [
  'chatgpt',
  'openai-api',
  'character-ai',
  'claude',
  'gemini',
  'perplexity',
  'github-copilot',
  'deepseek',
  'poe',
  'mistral',
];

// Status pages that speak for several products: without a component filter,
// an incident in one product would mark all of them down.
const SHARED_STATUS_HOSTS = ['status.openai.com', 'status.claude.com', 'www.githubstatus.com', 'www.google.com'];

function allUrls(): string[] {
  return BUILTIN_SERVICES.flatMap((service) => [
    ...service.probes.map((probe) => probe.url),
    ...(service.statusPage ? [service.statusPage.url] : []),
  ]);
}

describe('built-in catalog', () => {
  it('has entries that each parse with the config schema unchanged (no hidden defaults)', () => {
    for (const service of BUILTIN_SERVICES) {
      const parsed = serviceSpecSchema.safeParse(service);
      expect(parsed.success, `${service.id}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(parsed.data).toEqual(service);
    }
  });

  it('is accepted as the services list of a config file, so a settings export of it loads again', () => {
    const parsed = configFileSchema.safeParse({ services: BUILTIN_SERVICES });
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it('has unique ids', () => {
    const ids = catalogIds();
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every service the design promises', () => {
    expect(catalogIds()).toEqual(expect.arrayContaining(REQUIRED_IDS));
  });

  it('uses https for every probe and status page', () => {
    for (const url of allUrls()) expect(new URL(url).protocol, url).toBe('https:');
  });

  it('never probes a status page in place of the service', () => {
    const statusHosts = new Set(BUILTIN_SERVICES.flatMap((s) => (s.statusPage ? [new URL(s.statusPage.url).host] : [])));
    for (const service of BUILTIN_SERVICES) {
      for (const probe of service.probes) expect(statusHosts.has(new URL(probe.url).host), `${service.id} ${probe.url}`).toBe(false);
    }
  });

  it('gives every status page a concrete provider, or explains the auto', () => {
    for (const service of BUILTIN_SERVICES) {
      if (service.statusPage?.provider === 'auto' || service.statusPage === undefined) {
        expect(STATUS_PAGE_NOTES[service.id], `${service.id} needs a note`).toMatch(/\S/);
      }
    }
  });

  it('keeps no note for a service that does not need one', () => {
    for (const id of Object.keys(STATUS_PAGE_NOTES)) {
      const service = findService(id);
      expect(service, `note for unknown id ${id}`).toBeDefined();
      expect(service?.statusPage === undefined || service.statusPage.provider === 'auto', id).toBe(true);
    }
  });

  it('filters components wherever a status page covers several products', () => {
    for (const service of BUILTIN_SERVICES) {
      if (!service.statusPage) continue;
      // An empty list would match nothing and silence the page; absent means the whole page.
      if (service.statusPage.components !== undefined) expect(service.statusPage.components.length, service.id).toBeGreaterThan(0);
      if (SHARED_STATUS_HOSTS.includes(new URL(service.statusPage.url).host)) {
        expect(service.statusPage.components?.length ?? 0, service.id).toBeGreaterThan(0);
      }
    }
  });

  it('never lets two services on one page claim the same component', () => {
    const byPage = new Map<string, { id: string; components: readonly string[] }[]>();
    for (const service of BUILTIN_SERVICES) {
      if (!service.statusPage) continue;
      const list = byPage.get(service.statusPage.url) ?? [];
      list.push({ id: service.id, components: service.statusPage.components ?? [] });
      byPage.set(service.statusPage.url, list);
    }
    for (const [url, services] of byPage) {
      if (services.length < 2) continue;
      const seen = new Map<string, string>();
      for (const { id, components } of services) {
        expect(components.length, `${id} shares ${url}`).toBeGreaterThan(0);
        for (const name of components) {
          expect(seen.get(name), `${JSON.stringify(name)} on ${url}`).toBeUndefined();
          seen.set(name, id);
        }
      }
    }
  });

  it('finds a service by id and nothing for an unknown one', () => {
    expect(findService('chatgpt')?.name).toBe('ChatGPT');
    expect(findService('claude')?.statusPage?.components).toEqual(['claude.ai']);
    expect(findService('no-such-service')).toBeUndefined();
  });

  it('lists ids in catalog order', () => {
    expect(catalogIds()).toEqual(BUILTIN_SERVICES.map((s) => s.id));
  });

  it('cannot be changed by a caller', () => {
    const chatgpt = findService('chatgpt');
    expect(() => {
      (chatgpt?.probes as { url: string }[]).push({ url: 'https://example.invalid/' });
    }).toThrow(TypeError);
    expect(() => {
      (BUILTIN_SERVICES as unknown as unknown[]).pop();
    }).toThrow(TypeError);
    expect(findService('chatgpt')?.probes).toHaveLength(1);
  });
});
