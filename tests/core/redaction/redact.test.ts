import { describe, expect, it } from 'vitest';
import { redact, redactionLabels, redactText, type RedactionOptions } from '../../../src/core/redaction/redact.ts';
import { messageKeyPaths } from '../../../src/core/i18n/message-keys.ts';
import { redactionEn } from '../../../src/core/redaction/messages/en.ts';
import { redactionKo } from '../../../src/core/redaction/messages/ko.ts';

const machine = { hostName: 'minji-laptop.local', userName: 'minji', homeDir: '/home/minji' };
const hide: RedactionOptions = { revealLocal: false, ...machine };
const reveal: RedactionOptions = { revealLocal: true, ...machine };

// Every kind of secret, planted in the shape it takes in the wild. [what, text, secret, placeholder]
const SECRETS: [string, string, string, string][] = [
  ['OpenAI key', 'key sk-AbCdEfGhIjKlMnOpQrStUvWx0123456789 in a detail', 'sk-AbCdEfGhIjKlMnOpQrStUvWx0123456789', '[redacted: API key]'],
  ['OpenAI project key', 'using sk-proj-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa_-x', 'sk-proj-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa_-x', '[redacted: API key]'],
  ['Anthropic key', 'x-api-key sk-ant-api03-Qw3rTy8uIoPaSdFgHjKlZxCvBnM-1234567890abcdef', 'sk-ant-api03-Qw3rTy8uIoPaSdFgHjKlZxCvBnM-1234567890abcdef', '[redacted: API key]'],
  ['Google key', 'https://generativelanguage.googleapis.com/v1/models AIzaSyD4x7Lq2Wm9Kp3Rt6Vb8Nc1Hj5Gf0Ds2Ae', 'AIzaSyD4x7Lq2Wm9Kp3Rt6Vb8Nc1Hj5Gf0Ds2Ae', '[redacted: API key]'],
  ['GitHub classic token', 'token ghp_16C7e42F292c6912E7710c838347Ae178B4a in use', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a', '[redacted: token]'],
  ['GitHub OAuth token', 'gho_16C7e42F292c6912E7710c838347Ae178B4a', 'gho_16C7e42F292c6912E7710c838347Ae178B4a', '[redacted: token]'],
  ['GitHub fine-grained token', 'github_pat_11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789', 'github_pat_11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789', '[redacted: token]'],
  ['Slack bot token', 'slack says xoxb-2048-4096-AbCdEfGhIjKlMnOpQrStUvWx', 'xoxb-2048-4096-AbCdEfGhIjKlMnOpQrStUvWx', '[redacted: token]'],
  ['Slack webhook', 'posted to https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', '[redacted: token]'],
  [
    'JWT',
    'session eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U rejected',
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    '[redacted: token]',
  ],
  ['bearer token', 'sent Bearer 7f9c2ba4e88f827d616045507605853e to the API', '7f9c2ba4e88f827d616045507605853e', '[redacted: token]'],
  ['Authorization header', 'Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l', 'YWxhZGRpbjpvcGVuc2VzYW1l', '[redacted: token]'],
  ['Proxy-Authorization header', 'HTTP 407; Proxy-Authorization: Negotiate TlRMTVNTUAABAAAAB4IIog==', 'TlRMTVNTUAABAAAAB4IIog==', '[redacted: token]'],
  ['Cookie header', 'Cookie: __Secure-next-auth.session-token=abc123def456; cf_clearance=zzz', 'abc123def456', '[redacted: cookie]'],
  ['Set-Cookie header', 'Set-Cookie: __cf_bm=Qm9vbXNoYWthbGFrYQ; path=/; HttpOnly', 'Qm9vbXNoYWthbGFrYQ', '[redacted: cookie]'],
  ['X-Api-Key header', 'X-Api-Key: 0a1b2c3d4e5f', '0a1b2c3d4e5f', '[redacted: API key]'],
  ['api-key header', 'api-key: azure-openai-f00dcafe', 'azure-openai-f00dcafe', '[redacted: API key]'],
  ['key= query', 'https://maps.example.com/api?key=plainkey123&q=seoul', 'plainkey123', '[redacted: API key]'],
  ['token= query', 'https://chat.example.com/c/1?token=tok_live_998877', 'tok_live_998877', '[redacted: token]'],
  ['access_token= query', 'https://chatgpt.com/backend-api/me?access_token=at-1234567890&x=1', 'at-1234567890', '[redacted: token]'],
  ['api_key= query', 'https://api.example.com/v1?api_key=k-55aa66bb', 'k-55aa66bb', '[redacted: API key]'],
  ['session= query', 'https://poe.com/?session=s3ss10n-v4lu3', 's3ss10n-v4lu3', '[redacted: session ID]'],
  ['password= query', 'https://router.example/login?user=admin&password=hunter2', 'hunter2', '[redacted: password]'],
  ['secret= query', 'https://hooks.example.com/x?secret=shhh-42', 'shhh-42', '[redacted: secret]'],
  ['JSON field', '{"apiKey": "my-own-key-value", "model": "gpt-4o"}', 'my-own-key-value', '[redacted: API key]'],
  ['URL userinfo', 'proxy https://alice:s3cr3t-pw@proxy.corp.example:8080 refused', 'alice:s3cr3t-pw', '[redacted: credentials]'],
  ['high-entropy query value', 'https://example.com/cb?state=1&x=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA9Ak', 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA9Ak', '[redacted: token]'],
  [
    'PEM private key',
    'extra CA file held -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY----- by mistake',
    'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
    '[redacted: private key]',
  ],
];

describe('redact: secrets', () => {
  it.each(SECRETS)('removes a %s and says what was there', (_what, text, secret, placeholder) => {
    for (const options of [hide, reveal]) {
      const out = redactText(text, options);
      expect(out).not.toContain(secret);
      expect(out).toContain(placeholder);
    }
  });

  it('changes nothing the second time', () => {
    for (const [, text] of SECRETS) {
      const once = redactText(text, hide);
      expect(redactText(once, hide)).toBe(once);
    }
  });

  it('hides every value of secret headers, whatever their case, and keeps the edge identifiers', () => {
    const headers = {
      Authorization: 'Bearer opaque-value',
      'proxy-authorization': 'Basic dXNlcjpwYXNz',
      cookie: 'a=1; b=2',
      'Set-Cookie': ['__cf_bm=one; Path=/', 'session=two; Secure'],
      'X-Api-Key': 'plain',
      'api-key': 'azure',
      'cf-ray': '8e4f1c2b9a7d3e56-ICN',
      server: 'cloudflare',
      'retry-after': '30',
    };
    expect(redact(headers, hide)).toEqual({
      Authorization: '[redacted: token]',
      'proxy-authorization': '[redacted: token]',
      cookie: '[redacted: cookie]',
      'Set-Cookie': ['[redacted: cookie]', '[redacted: cookie]'],
      'X-Api-Key': '[redacted: API key]',
      'api-key': '[redacted: API key]',
      'cf-ray': '8e4f1c2b9a7d3e56-ICN',
      server: 'cloudflare',
      'retry-after': '30',
    });
  });

  it('hides an API key field and credentials in URLs in a config, keeping the rest of it', () => {
    const config = {
      services: [
        {
          id: 'openai-api',
          name: 'OpenAI API',
          apiKey: 'sk-proj-TheUsersRealKey0123456789abcdef',
          probes: [{ url: 'https://api.openai.com/v1/models?api_key=inline-key-1', method: 'GET' }],
          statusPage: { provider: 'incidentio', url: 'https://status.openai.com' },
        },
      ],
      network: { dohResolvers: ['https://user:pa55@doh.example.net/dns-query'], publicResolvers: ['1.1.1.1'] },
      proxy: { url: 'http://corp%5Cminji:Winter2026!@10.20.30.40:3128', password: 'Winter2026!' },
      deadlineMs: 5000,
    };
    const out = redact(config, hide);
    const text = JSON.stringify(out);
    for (const secret of ['TheUsersRealKey', 'inline-key-1', 'pa55', 'Winter2026!', 'corp%5Cminji', '10.20.30.40']) expect(text).not.toContain(secret);
    expect(out.services[0]?.apiKey).toBe('[redacted: API key]');
    expect(out.services[0]?.probes[0]?.url).toBe('https://api.openai.com/v1/models?api_key=[redacted: API key]');
    expect(out.network.dohResolvers[0]).toBe('https://[redacted: credentials]@doh.example.net/dns-query');
    expect(out.proxy.password).toBe('[redacted: password]');
    expect(out.services[0]?.statusPage).toEqual({ provider: 'incidentio', url: 'https://status.openai.com' });
    expect(out.network.publicResolvers).toEqual(['1.1.1.1']);
    expect(out.deadlineMs).toBe(5000);
  });

  it('hides the same secrets in a config pasted as text', () => {
    const pasted = '{\n  "apiKey": "sk-proj-TheUsersRealKey0123456789abcdef",\n  "token": "t0k3n",\n  "url": "https://bob:pw@api.example.com/"\n}';
    const out = redactText(pasted, hide);
    expect(out).not.toMatch(/TheUsersRealKey|t0k3n|bob:pw/);
    expect(out).toContain('"apiKey": "[redacted: API key]"');
    expect(out).toContain('"token": "[redacted: token]"');
  });
});

describe('redact: this machine', () => {
  const LOCAL: [string, string][] = [
    ['10/8', '10.0.0.138'],
    ['172.16/12 (low end)', '172.16.0.1'],
    ['172.16/12 (high end)', '172.31.255.254'],
    ['192.168/16', '192.168.0.1'],
    ['169.254/16', '169.254.169.254'],
    ['100.64/10 (CGNAT)', '100.72.14.3'],
    ['fc00::/7', 'fd7a:115c:a1e0::1'],
    ['fe80::/10 with a zone', 'fe80::1c2a:3bff:fe4d:5e6f%en0'],
    ['MAC address', 'a4:83:e7:1b:2c:3d'],
    ['MAC address (Windows)', 'A4-83-E7-1B-2C-3D'],
  ];

  it.each(LOCAL)('hides a %s address unless the user reveals it', (_what, address) => {
    const text = `router at ${address}, answered`;
    const hidden = redactText(text, hide);
    expect(hidden).not.toContain(address);
    expect(hidden).toMatch(/\[(local address|MAC address)\]/);
    expect(redactText(text, reveal)).toBe(text);
  });

  it('keeps public addresses, edges and numbers that only look like addresses', () => {
    const text =
      'edge 104.18.32.47 (2606:4700::6810:2f2f), resolvers 1.1.1.1 and 8.8.8.8, 172.32.0.1 and 100.128.0.1 are public, ' +
      'cf-ray 8e4f1c2b9a7d3e56-ICN, HTTP 502 in 171 ms at 20:42:07, Windows 10.0.26100, loopback 127.0.0.1:8443';
    expect(redactText(text, hide)).toBe(text);
  });

  it('hides home folders on every OS, the host name and the user name', () => {
    const text =
      'could not read /home/minji/.config/status-doctor/ca.pem, C:\\Users\\Minji\\ca.pem, /Users/minji/ca.pem ' +
      'or "C:\\\\Users\\\\minji\\\\ca.pem" on minji-laptop.local (MINJI-LAPTOP) as minji';
    const out = redactText(text, hide);
    expect(out).not.toMatch(/minji/i);
    expect(out).toContain('[home folder]/.config/status-doctor/ca.pem');
    expect(out).toContain('[home folder]\\ca.pem');
    expect(out).toContain('[host name]');
    expect(out).toContain('as [user name]');
    expect(redactText(text, reveal)).toBe(text);
  });

  it('leaves placeholders whole even when the user name is a word in them', () => {
    const out = redactText('name: Authorization: Bearer abcdefgh1234\nfrom 10.0.0.2', { revealLocal: false, userName: 'name', hostName: 'address' });
    expect(out).toBe('[user name]: Authorization: [redacted: token]\nfrom [local address]');
  });

  it('speaks Korean placeholders when asked', () => {
    const labels = redactionLabels('ko');
    const out = redactText('https://x.example/?access_token=abc123 from 192.168.0.7 on minji-laptop', { ...hide, labels });
    expect(out).toBe('https://x.example/?access_token=[숨김: 토큰] from [사설 IP] on [컴퓨터 이름]');
  });
});

describe('redaction placeholders', () => {
  it('exist in both languages, key for key', () => {
    expect(messageKeyPaths(redactionKo)).toEqual(messageKeyPaths(redactionEn));
  });
});
