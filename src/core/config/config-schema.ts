import { z } from 'zod';
import { ipVersion } from '../network/ip-address.ts';
import { parseResolverAddress } from '../network/dns/resolver-address.ts';
import { historyConfigSchema, monitorConfigSchema } from './monitor-config-schema.ts';
import { STATUS_PAGE_PROVIDERS } from '../status-page/official-status.ts';

/**
 * The config file of DESIGN.md ("Config file"): small, explicit, and strict.
 * Unknown keys are errors rather than ignored, so a typo never silently
 * falls back to a default. `schemas/config.schema.json` is generated from
 * this and a test keeps the two equal.
 */

function urlWithSchemes(schemes: readonly string[], what: string) {
  const expected = schemes.map((s) => `${s}://`).join(' or ');
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what} (a string)`) })
    .refine(
      (value) => {
        if (!URL.canParse(value)) return false;
        const url = new URL(value);
        return schemes.includes(url.protocol.slice(0, -1)) && url.hostname !== '' && url.username === '' && url.password === '';
      },
      { error: (issue) => `must be ${what} starting with ${expected}, got ${JSON.stringify(issue.input)}` },
    )
    .meta({ format: 'uri', pattern: `^(${schemes.join('|')})://` });
}

const httpUrl = urlWithSchemes(['http', 'https'], 'an absolute http(s) URL');
const httpsUrl = urlWithSchemes(['https'], 'an absolute https URL');
const plainHttpUrl = urlWithSchemes(['http'], 'an absolute http URL');


const resolverAddress = z.string().refine((value) => parseResolverAddress(value) !== undefined, {
  error: (issue) => `must be an IP address, optionally with a port ("203.0.113.53:5353", "[2001:db8::53]:53"), got ${JSON.stringify(issue.input)}`,
});

const nonEmptyText = z.string().trim().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' });

/** How one URL of a service is probed. */
export const probeSpecSchema = z
  .strictObject({
    url: httpUrl,
    method: z.enum(['HEAD', 'GET']).default('HEAD'),
  })
  .meta({ description: 'One URL of the service to probe; GET reads headers only and aborts the body.' });

/** Where a service's official status page is and how to read it. */
export const statusPageSpecSchema = z
  .strictObject({
    provider: z.enum(STATUS_PAGE_PROVIDERS).default('auto'),
    url: httpUrl,
    components: z.array(nonEmptyText).min(1, { error: 'must name at least one component, or be left out to use the whole page' }).max(50).optional(),
  })
  .meta({ description: 'The official status page; `components` narrows the page to the ones that are this service.' });

/** One watched service. */
export const serviceSpecSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'must be 1–40 lower-case letters, digits or dashes, starting with a letter or digit' }),
  name: nonEmptyText,
  probes: z.array(probeSpecSchema).min(1, { error: 'must list at least one probe' }).max(10, { error: 'must list at most 10 probes' }),
  statusPage: statusPageSpecSchema.optional(),
});

const connectivityCheckSchema = z.strictObject({
  url: plainHttpUrl,
  expectStatus: z.int().min(100).max(599).default(204),
});

/** The defaults of DESIGN.md for the local network checks. */
export const DEFAULT_NETWORK_CONFIG = {
  publicResolvers: ['1.1.1.1', '8.8.8.8', '9.9.9.9'],
  dohResolvers: ['https://cloudflare-dns.com/dns-query', 'https://dns.google/dns-query'],
  connectivityChecks: [{ url: 'http://connectivitycheck.gstatic.com/generate_204', expectStatus: 204 }],
  controlUrls: ['https://www.google.com/generate_204'],
  gateway: 'auto',
} as const;

/** The `network` section. */
export const networkSchema = z.strictObject({
  publicResolvers: z.array(resolverAddress).max(10).default([...DEFAULT_NETWORK_CONFIG.publicResolvers]),
  dohResolvers: z.array(httpsUrl).max(10).default([...DEFAULT_NETWORK_CONFIG.dohResolvers]),
  connectivityChecks: z
    .array(connectivityCheckSchema)
    .max(10)
    .default(DEFAULT_NETWORK_CONFIG.connectivityChecks.map((check) => ({ ...check }))),
  controlUrls: z.array(httpUrl).max(10).default([...DEFAULT_NETWORK_CONFIG.controlUrls]),
  gateway: z
    .string()
    .refine((value) => value === 'auto' || ipVersion(value) !== 0, {
      error: (issue) => `must be "auto" or the router's IP address, got ${JSON.stringify(issue.input)}`,
    })
    .default('auto'),
});

/** The `tls` section. */
export const tlsSchema = z.strictObject({
  extraCaFile: z
    .string({ error: 'must be the path of a PEM file, or null' })
    .min(1, { error: 'must be the path of a PEM file, or null' })
    .nullable()
    .default(null),
});

/** The default diagnosis deadline: everything in `check` finishes within it. */
export const DEFAULT_DEADLINE_MS = 5000;

/** The whole config file. */
export const configFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    services: z
      .array(serviceSpecSchema)
      .max(200, { error: 'must list at most 200 services' })
      .superRefine((services, ctx) => {
        const seen = new Map<string, number>();
        services.forEach((service, index) => {
          const first = seen.get(service.id);
          if (first !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'id'],
              message: `duplicates the id of services[${first}] (${JSON.stringify(service.id)})`,
            });
          } else {
            seen.set(service.id, index);
          }
        });
      })
      .optional(),
    network: networkSchema.default(() => networkSchema.parse({})),
    tls: tlsSchema.default(() => tlsSchema.parse({})),
    monitor: monitorConfigSchema,
    history: historyConfigSchema,
    deadlineMs: z
      .int({ error: (issue) => (issue.code === 'invalid_type' ? 'must be a whole number of milliseconds' : undefined) })
      .min(500, { error: 'must be at least 500 ms' })
      .max(60_000, { error: 'must be at most 60000 ms' })
      .default(DEFAULT_DEADLINE_MS),
  })
  .meta({ title: 'Status Doctor config', description: 'The file given to `status-doctor --config`, and the app settings export.' });

/** A service as the engine uses it, defaults applied. */
export type ServiceSpec = z.output<typeof serviceSpecSchema>;
/** One probe URL of a service, defaults applied. */
export type ProbeSpec = z.output<typeof probeSpecSchema>;
/** A status page reference, defaults applied. */
export type StatusPageSpec = z.output<typeof statusPageSpecSchema>;
/** The config file with defaults applied; `services` absent means the built-in catalog. */
export type ConfigFile = z.output<typeof configFileSchema>;
/** The network section with defaults applied. */
export type NetworkConfig = ConfigFile['network'];
/** What a person writes in a config file (defaults optional). */
export type ConfigFileInput = z.input<typeof configFileSchema>;
