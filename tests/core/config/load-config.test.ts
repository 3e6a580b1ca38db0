import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, parseConfig } from '../../../src/core/config/load-config.ts';

function problemsOf(input: unknown): { path: string; message: string }[] {
  try {
    parseConfig(input, 'test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  throw new Error('expected the config to be rejected');
}

const service = (extra: Record<string, unknown> = {}) => ({ id: 'chat', name: 'Chat', probes: [{ url: 'https://chat.example/' }], ...extra });

describe('parseConfig', () => {
  it('fills every default of DESIGN.md into an empty config', () => {
    const config = parseConfig({});
    expect(config.deadlineMs).toBe(5000);
    expect(config.services).toBeUndefined();
    expect(config.network.publicResolvers).toEqual(['1.1.1.1', '8.8.8.8', '9.9.9.9']);
    expect(config.network.gateway).toBe('auto');
    expect(config.tls.extraCaFile).toBeNull();
  });

  it('defaults a probe to HEAD and a status page to auto-detection', () => {
    const config = parseConfig({ services: [service({ statusPage: { url: 'https://status.example' } })] });
    expect(config.services?.[0]?.probes[0]?.method).toBe('HEAD');
    expect(config.services?.[0]?.statusPage?.provider).toBe('auto');
  });

  it.each([
    ['an unknown top-level key', { deadline: 5000 }, 'deadline', /unknown key/],
    ['a misspelt nested key', { services: [service({ statusPage: { url: 'https://s.example', componets: ['x'] } })] }, 'services[0].statusPage.componets', /unknown key/],
    ['a wrong type', { deadlineMs: 'fast' }, 'deadlineMs', /whole number of milliseconds, got a string/],
    ['a fractional deadline', { deadlineMs: 1500.5 }, 'deadlineMs', /whole number/],
    ['a deadline too short', { deadlineMs: 10 }, 'deadlineMs', /at least 500 ms/],
    ['a non-http probe URL', { services: [service({ probes: [{ url: 'ftp://files.example/' }] })] }, 'services[0].probes[0].url', /http\(s\) URL.*"ftp:\/\/files\.example\/"/],
    ['a relative probe URL', { services: [service({ probes: [{ url: '/chat' }] })] }, 'services[0].probes[0].url', /absolute/],
    ['a URL with credentials', { services: [service({ probes: [{ url: 'https://user:pw@chat.example/' }] })] }, 'services[0].probes[0].url', /http\(s\) URL/],
    ['an unknown method', { services: [service({ probes: [{ url: 'https://chat.example/', method: 'POST' }] })] }, 'services[0].probes[0].method', /one of "HEAD", "GET"/],
    ['an unknown provider', { services: [service({ statusPage: { url: 'https://s.example', provider: 'pagerduty' } })] }, 'services[0].statusPage.provider', /one of "statuspage"/],
    ['no probes', { services: [service({ probes: [] })] }, 'services[0].probes', /at least one probe/],
    ['a missing name', { services: [{ id: 'chat', probes: [{ url: 'https://chat.example/' }] }] }, 'services[0].name', /is required/],
    ['a bad id', { services: [service({ id: 'Chat GPT' })] }, 'services[0].id', /lower-case letters/],
    ['a duplicate id', { services: [service(), service()] }, 'services[1].id', /duplicates the id of services\[0\]/],
    ['a bad resolver', { network: { publicResolvers: ['1.1.1.999'] } }, 'network.publicResolvers[0]', /must be an IP address, optionally with a port/],
    ['a resolver with a bad port', { network: { publicResolvers: ['1.1.1.1:99999'] } }, 'network.publicResolvers[0]', /optionally with a port/],
    ['plain-http DoH', { network: { dohResolvers: ['http://dns.example/dns-query'] } }, 'network.dohResolvers[0]', /https URL/],
    ['an https connectivity check', { network: { connectivityChecks: [{ url: 'https://portal.example/' }] } }, 'network.connectivityChecks[0].url', /http URL/],
    ['a bad gateway', { network: { gateway: 'router' } }, 'network.gateway', /"auto" or the router's IP address/],
    ['a non-string CA file', { tls: { extraCaFile: 3 } }, 'tls.extraCaFile', /path of a PEM file/],
    ['services as an object', { services: { chat: service() } }, 'services', /must be an array, got an object/],
  ])('rejects %s, naming the field', (_name, input, path, message) => {
    const problems = problemsOf(input);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsOf({ deadlineMs: -1, network: { gateway: 'x' }, extra: true });
    expect(problems.map((p) => p.path).sort()).toEqual(['deadlineMs', 'extra', 'network.gateway']);
  });

  it('rejects a config that is not an object', () => {
    expect(problemsOf([1, 2])[0]?.message).toMatch(/must be a JSON object, got an array/);
  });
});

describe('loadConfigFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-config-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('reads a valid file', async () => {
    const path = write('ok.json', JSON.stringify({ deadlineMs: 2000 }));
    await expect(loadConfigFile(path)).resolves.toMatchObject({ deadlineMs: 2000 });
  });

  it('names the file and the JSON mistake', async () => {
    const path = write('broken.json', '{\n  "deadlineMs": 2000,\n}');
    await expect(loadConfigFile(path)).rejects.toThrow(/broken\.json: is not valid JSON/);
  });

  it('says when the file is missing', async () => {
    await expect(loadConfigFile(join(dir, 'nope.json'))).rejects.toThrow(/cannot read the config file: no such file/);
  });

  it('says when the path is a directory', async () => {
    await expect(loadConfigFile(dir)).rejects.toThrow(/is a directory/);
  });
});
