import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src/core/i18n/format.ts';
import type { Locale } from '../../../src/core/i18n/locale.ts';
import type { NetworkEvidence } from '../../../src/core/network/network-evidence.ts';
import type { CheckReport } from '../../../src/core/report/report-schema.ts';
import { buildSupportReport } from '../../../src/core/support-report/build-support-report.ts';
import { renderSupportReportMarkdown } from '../../../src/core/support-report/render-markdown.ts';
import { renderSupportReportText } from '../../../src/core/support-report/render-text.ts';
import { healthyEvidence, outageReport } from './support-report-fixture.ts';

// Secrets of every kind planted where a diagnosis carries text: probe URLs
// (from the user's config), redirects and details (which may quote
// headers), the status page's URLs and words, warnings (which may quote a
// config path), the resolvers and proxy of the config, and the user's own
// notes. None may reach the report, in either language or format.

const SECRETS = {
  openAiKey: 'sk-proj-Pl4nt3dOpenAiKey0123456789abcd',
  anthropicKey: 'sk-ant-api03-Pl4nt3dAnthropicKey-0123456789',
  googleKey: 'AIzaSyPl4nt3dGoogleKey0123456789abcdefg',
  githubToken: 'ghp_Pl4nt3dGitHubToken0123456789abcdefAB',
  githubPat: 'github_pat_11Pl4nt3dFineGrained_0123456789abcdef',
  slackToken: 'xoxb-1111-2222-Pl4nt3dSlackToken',
  jwt: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwbGFudGVkIn0.c2lnbmF0dXJlUGw0bnQzZA',
  bearer: 'Pl4nt3dBearerOpaque99',
  basic: 'cGxhbnRlZDpiYXNpYw==',
  cookie: 'Pl4nt3dCookieValue',
  setCookie: 'Pl4nt3dSetCookie',
  xApiKey: 'Pl4nt3dXApiKey',
  azureKey: 'Pl4nt3dAzureKey',
  queryKey: 'Pl4nt3dQueryKey',
  queryToken: 'Pl4nt3dQueryToken',
  accessToken: 'Pl4nt3dAccessToken',
  apiKeyParam: 'Pl4nt3dApiKeyParam',
  session: 'Pl4nt3dSessionId',
  password: 'Pl4nt3dPassw0rd',
  secret: 'Pl4nt3dClientSecret',
  userinfo: 'Pl4nt3dUser:Pl4nt3dPass',
  proxyUserinfo: 'proxyuser:Pl4nt3dProxyPass',
  pem: 'MIIEPl4nt3dPrivateKeyBody',
} as const;

const LOCAL = {
  gateway: '192.168.35.1',
  cgnat: '100.99.12.34',
  linkLocal: 'fe80::8a2:3cff:fe11:2233%en0',
  uniqueLocal: 'fd12:3456:789a::42',
  mac: '3c:22:fb:11:22:33',
  hostName: 'jiwoo-macbook',
  userName: 'jiwoo',
  homeDir: '/Users/jiwoo',
} as const;

const service = outageReport.services[0]!;
const plantedReport: CheckReport = {
  ...outageReport,
  network: { ...outageReport.network, gateway: { address: LOCAL.gateway, reachable: true, method: 'tcp', ms: 2 } },
  services: [
    {
      ...service,
      name: 'ChatGPT',
      probes: [
        {
          ...service.probes[0]!,
          url: `https://chatgpt.com/backend-api/conversation?access_token=${SECRETS.accessToken}&key=${SECRETS.queryKey}&api_key=${SECRETS.apiKeyParam}`,
          redirects: [
            `https://${SECRETS.userinfo}@auth.openai.com/authorize?token=${SECRETS.queryToken}&session=${SECRETS.session}`,
            `https://chatgpt.com/api/auth/callback?password=${SECRETS.password}&secret=${SECRETS.secret}`,
          ],
          detail:
            `HTTP 502 after sending Authorization: Bearer ${SECRETS.bearer}\n` +
            `Proxy-Authorization: Basic ${SECRETS.basic}\n` +
            `Cookie: __Secure-next-auth.session-token=${SECRETS.cookie}\n` +
            `Set-Cookie: __cf_bm=${SECRETS.setCookie}; path=/\n` +
            `X-Api-Key: ${SECRETS.xApiKey}\napi-key: ${SECRETS.azureKey}\n` +
            `keys ${SECRETS.openAiKey} ${SECRETS.anthropicKey} ${SECRETS.googleKey} ${SECRETS.githubToken} ${SECRETS.githubPat} ${SECRETS.slackToken} ${SECRETS.jwt}\n` +
            `via ${LOCAL.gateway} (${LOCAL.mac}) from ${LOCAL.linkLocal} and ${LOCAL.uniqueLocal}, CGNAT ${LOCAL.cgnat}`,
          remoteAddress: '104.18.32.47',
        },
        { ...service.probes[1]!, detail: `-----BEGIN EC PRIVATE KEY-----\n${SECRETS.pem}\n-----END EC PRIVATE KEY-----` },
      ],
      official: {
        ...service.official!,
        url: `https://status.openai.com/?api_key=${SECRETS.apiKeyParam}`,
        description: `Partial outage (see https://${SECRETS.proxyUserinfo}@mirror.example.com)`,
        incidents: [
          {
            ...service.official!.incidents[0]!,
            name: `Errors for requests signed with ${SECRETS.openAiKey}`,
            url: `https://status.openai.com/incidents/01JDQ7X3K9V2?token=${SECRETS.queryToken}`,
          },
        ],
      },
    },
  ],
  warnings: [
    {
      code: 'extra-ca-unreadable',
      message: `could not read ${LOCAL.homeDir}/certs/corp-ca.pem on ${LOCAL.hostName} (user ${LOCAL.userName}); proxy http://${SECRETS.proxyUserinfo}@10.1.2.3:3128`,
    },
  ],
};

const plantedEvidence: NetworkEvidence = {
  ...healthyEvidence,
  internet: {
    completed: true,
    controls: [{ url: `https://www.google.com/generate_204?key=${SECRETS.googleKey}`, ok: true, outcome: 'ok', ms: 30 }],
    resolversAnswering: ['1.1.1.1'],
  },
  proxy: { completed: true, sources: [`HTTPS_PROXY=http://${SECRETS.proxyUserinfo}@proxy.corp.example:8080`], failing: false },
};

function render(locale: Locale, revealLocal: boolean) {
  const model = buildSupportReport(plantedReport, {
    locale,
    os: 'macos',
    osVersion: `15 (Darwin 24.1.0) on ${LOCAL.hostName}`,
    appVersion: '0.1.0',
    hostName: LOCAL.hostName,
    userName: LOCAL.userName,
    homeDir: LOCAL.homeDir,
    revealLocal,
    format: createFormatter(locale, 'UTC'),
    timeZone: 'UTC',
    evidence: plantedEvidence,
    tried: [`Signed in again with password=${SECRETS.password} as ${LOCAL.userName}`, `Cleared ${LOCAL.homeDir}/Library/Caches/com.openai.chat`],
  });
  return { markdown: renderSupportReportMarkdown(model), text: renderSupportReportText(model) };
}

const PLACEHOLDERS = {
  en: { secret: ['[redacted: API key]', '[redacted: token]', '[redacted: cookie]', '[redacted: credentials]', '[redacted: private key]', '[redacted: password]'], local: ['[local address]', '[host name]', '[user name]', '[home folder]', '[MAC address]'] },
  ko: { secret: ['[숨김: API 키]', '[숨김: 토큰]', '[숨김: 쿠키]', '[숨김: 계정 정보]', '[숨김: 개인 키]', '[숨김: 비밀번호]'], local: ['[사설 IP]', '[컴퓨터 이름]', '[사용자 이름]', '[홈 폴더]', '[MAC 주소]'] },
} as const;

describe.each(['en', 'ko'] as const)('the support report in %s', (locale) => {
  for (const format of ['markdown', 'text'] as const) {
    it(`never shows a planted secret (${format})`, () => {
      for (const revealLocal of [false, true]) {
        const output = render(locale, revealLocal)[format];
        for (const [kind, secret] of Object.entries(SECRETS)) expect(output, kind).not.toContain(secret);
        for (const placeholder of PLACEHOLDERS[locale].secret) expect(output).toContain(placeholder);
      }
    });

    it(`hides this machine's addresses and names unless revealed (${format})`, () => {
      const hidden = render(locale, false)[format];
      for (const [kind, value] of Object.entries(LOCAL)) expect(hidden, kind).not.toContain(value);
      expect(hidden).not.toContain('10.1.2.3');
      for (const placeholder of PLACEHOLDERS[locale].local) expect(hidden).toContain(placeholder);

      const revealed = render(locale, true)[format];
      for (const value of [LOCAL.gateway, LOCAL.mac, LOCAL.hostName, LOCAL.homeDir]) expect(revealed).toContain(value);
    });

    it(`keeps what support staff need: cf-ray, status codes, public addresses, timings (${format})`, () => {
      const output = render(locale, false)[format];
      for (const kept of ['8e4f1c2b9a7d3e56-ICN', '8e4f1c2c0b1e4f77-ICN', 'HTTP 502', '104.18.32.47', '1.1.1.1', '8.8.8.8', '171', 'https://chatgpt.com/backend-api/conversation?access_token=']) {
        expect(output).toContain(kept);
      }
    });
  }
});
