import { describe, expect, it } from 'vitest';
import { publicJsonSchemas } from '../../src/core/report/json-schemas.ts';
import { committedSchema as committed, committedSchemaValidator } from '../support/committed-schemas.ts';

describe('committed JSON Schemas', () => {
  it.each(['config.schema.json', 'report.schema.json'] as const)('%s is what the engine validates with (run `npm run schemas` after a change)', (name) => {
    expect(committed(name)).toEqual(JSON.parse(JSON.stringify(publicJsonSchemas()[name])));
  });

  it('accepts the config example of DESIGN.md', () => {
    const validate = committedSchemaValidator('config.schema.json');
    const example = {
      services: [
        {
          id: 'chatgpt',
          name: 'ChatGPT',
          probes: [{ url: 'https://chatgpt.com/', method: 'HEAD' }],
          statusPage: { provider: 'incidentio', url: 'https://status.openai.com', components: ['ChatGPT'] },
        },
      ],
      network: {
        publicResolvers: ['1.1.1.1', '8.8.8.8', '9.9.9.9'],
        dohResolvers: ['https://cloudflare-dns.com/dns-query', 'https://dns.google/dns-query'],
        connectivityChecks: [{ url: 'http://connectivitycheck.gstatic.com/generate_204', expectStatus: 204 }],
        controlUrls: ['https://www.google.com/generate_204'],
        gateway: 'auto',
      },
      tls: { extraCaFile: null },
      deadlineMs: 5000,
    };
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects unknown keys and wrong types in a config, as the CLI does', () => {
    const validate = committedSchemaValidator('config.schema.json');
    expect(validate({ deadline: 5000 })).toBe(false);
    expect(validate({ deadlineMs: 'fast' })).toBe(false);
    expect(validate({ services: [{ id: 'x', name: 'X', probes: [{ url: 'ftp://x' }] }] })).toBe(false);
  });
});
