import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlainHttpRequest, PORTAL_BODY_LIMIT_BYTES } from '../../../../src/core/network/portal/plain-http-request.ts';
import { startPortalServer, type PortalServer } from './portal-server.ts';

let server: PortalServer;

beforeAll(async () => {
  server = await startPortalServer();
});

afterAll(async () => {
  await server?.close();
});

describe('createPlainHttpRequest', () => {
  it('keeps only the first 64 KiB of a large page', async () => {
    const answer = await createPlainHttpRequest()(`${server.url}/big-page`, { timeoutMs: 2000 });
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBe(PORTAL_BODY_LIMIT_BYTES);
    expect(answer.body.startsWith('<html>xxx')).toBe(true);
  });

  it('returns the redirect itself, with lower-case headers including Date', async () => {
    const answer = await createPlainHttpRequest()(`${server.url}/portal-redirect`, { timeoutMs: 2000 });
    expect(answer).toMatchObject({ status: 302, headers: { location: '/portal/login?next=check' } });
    expect(answer.headers['date']).toMatch(/GMT$/);
  });

  it('rejects when no answer came before the deadline', async () => {
    await expect(createPlainHttpRequest()(`${server.url}/hang`, { timeoutMs: 200 })).rejects.toThrow();
  });

  it('uses the given name resolution', async () => {
    const asked: string[] = [];
    const request = createPlainHttpRequest({
      lookup: (hostname, options, callback) => {
        asked.push(hostname);
        if (options.all === true) (callback as (error: null, addresses: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
        else callback(null, '127.0.0.1', 4);
      },
    });
    const answer = await request(`${server.url.replace('127.0.0.1', 'check.invalid')}/generate_204`, { timeoutMs: 2000 });
    expect(asked).toEqual(['check.invalid']);
    expect(answer.status).toBe(204);
  });

  it('refuses anything but plain http', async () => {
    await expect(createPlainHttpRequest()('https://127.0.0.1:1/', { timeoutMs: 200 })).rejects.toThrow(/not a plain http URL/);
  });
});
