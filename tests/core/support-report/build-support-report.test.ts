import { describe, expect, it } from 'vitest';
import { UnknownServiceError } from '../../../src/core/catalog/select-services.ts';
import { createFormatter } from '../../../src/core/i18n/format.ts';
import type { Locale } from '../../../src/core/i18n/locale.ts';
import { messageKeyPaths } from '../../../src/core/i18n/message-keys.ts';
import type { NetworkEvidence } from '../../../src/core/network/network-evidence.ts';
import type { CheckReport } from '../../../src/core/report/report-schema.ts';
import { buildSupportReport, type SupportReportContext } from '../../../src/core/support-report/build-support-report.ts';
import { supportReportEn } from '../../../src/core/support-report/messages/en.ts';
import { supportReportKo } from '../../../src/core/support-report/messages/ko.ts';
import { renderSupportReportText } from '../../../src/core/support-report/render-text.ts';
import { SUPPORT_REPORT_SECTIONS } from '../../../src/core/support-report/support-report.ts';
import { healthyEvidence, outageReport } from './support-report-fixture.ts';

function context(locale: Locale, extra: Partial<SupportReportContext> = {}): SupportReportContext {
  return {
    locale,
    os: 'macos',
    osVersion: '15 (Darwin 24.1.0)',
    appVersion: '0.1.0',
    hostName: 'host',
    userName: 'someone',
    homeDir: '/Users/someone',
    revealLocal: false,
    format: createFormatter(locale, 'Asia/Seoul'),
    timeZone: 'Asia/Seoul',
    ...extra,
  };
}

function text(report: CheckReport, locale: Locale = 'en', extra: Partial<SupportReportContext> = {}, serviceId?: string): string {
  return renderSupportReportText(buildSupportReport(report, context(locale, extra), serviceId));
}

const withVerdict = (kind: CheckReport['verdict']['kind'], serviceIds: string[] = ['chatgpt']): CheckReport => ({
  ...outageReport,
  verdict: { ...outageReport.verdict, kind, serviceIds },
});

describe('buildSupportReport', () => {
  it('has every section, in order, in both languages', () => {
    for (const locale of ['en', 'ko'] as const) {
      const model = buildSupportReport(outageReport, context(locale, { evidence: healthyEvidence }));
      expect(model.sections.map((section) => section.id)).toEqual([...SUPPORT_REPORT_SECTIONS]);
      for (const section of model.sections) expect(section.blocks.length, section.id).toBeGreaterThan(0);
    }
  });

  it('is about the verdict’s services unless one is asked for', () => {
    const about = text(outageReport);
    expect(about).toMatch(/^Problem report: ChatGPT\n/);
    expect(about).not.toContain('https://claude.ai/');

    const claude = text(outageReport, 'en', {}, 'claude');
    expect(claude).toMatch(/^Problem report: Claude\n/);
    expect(claude).toContain('When I checked at Nov 22, 2026, 5:42 AM KST, Claude answered normally.');
    expect(claude).toContain('Result: bot check (the service is up) (HTTP 403)');
    expect(claude).toContain('No official status page is set up for Claude in Status Doctor.');
    expect(() => buildSupportReport(outageReport, context('en'), 'gemini')).toThrow(UnknownServiceError);
  });

  it('says since when the errors have lasted, when the caller knows', () => {
    const since = '2026-11-21T20:25:00.000Z';
    expect(text(outageReport, 'en', { since })).toContain(
      'I have been getting errors since Nov 22, 2026, 5:25 AM KST. When I checked at Nov 22, 2026, 5:42 AM KST, ChatGPT answered with a server error (HTTP 502).',
    );
    const ko = text(outageReport, 'ko', { since });
    expect(ko).toContain('2026년 11월 22일 오전 5:25 KST부터 계속 오류가 발생하고 있습니다. 2026년 11월 22일 오전 5:42 KST에 확인한 결과, ChatGPT 서버가 오류(HTTP 502)를 반환했습니다.');
    expect(ko).toContain('최초 발생 시각: 2026년 11월 22일 오전 5:25 KST');
  });

  it('asks about the account when everything answers but the user still sees errors', () => {
    const healthy: CheckReport = {
      ...withVerdict('local-client'),
      services: [{ ...outageReport.services[1]!, id: 'chatgpt', name: 'ChatGPT' }],
    };
    const en = text(healthy, 'en', { tried: ['Signed out and back in', 'Tried a private window'] });
    expect(en).toContain('ChatGPT answered normally. My connection and DNS showed no problem either.');
    expect(en).toContain('so the problem may be tied to my account or session');
    expect(en).toContain('I have also tried:\n- Signed out and back in\n- Tried a private window');
    expect(en).toContain(supportReportEn.request.account);
    expect(text(healthy, 'ko')).toContain(supportReportKo.request.account);
  });

  it('names the local problem when the verdict is on the user’s side, and the DNS switch that would help', () => {
    const report: CheckReport = {
      ...withVerdict('dns-failure'),
      network: {
        ...outageReport.network,
        state: 'dns-failure',
        dns: { system: { ok: false }, alternatives: [{ resolver: '1.1.1.1', transport: 'udp', ok: true, ms: 20 }], switchWouldHelp: true },
      },
    };
    const en = text(report);
    expect(en).toContain('Status Doctor points to a problem on my side (my DNS server is failing)');
    expect(en).toContain('- My usual DNS server fails to look up the service’s address.');
    expect(en).toContain('- Through another DNS server (1.1.1.1) the service works');
    const ko = text(report, 'ko');
    expect(ko).toContain('제 쪽 네트워크 문제(DNS 서버 오류)가 확인되었습니다');
    expect(ko).toContain('DNS를 1.1.1.1로 바꾸면 정상적으로 접속되므로');
  });

  it('gives the wait a rate-limited service asked for', () => {
    const limited: CheckReport = {
      ...withVerdict('rate-limited'),
      services: [
        {
          ...outageReport.services[0]!,
          state: 'degraded',
          official: undefined,
          probes: [{ url: 'https://api.openai.com/v1/models', method: 'GET', outcome: 'rate-limited', status: 429, retryAfterSeconds: 30, timings: { totalMs: 80 }, attempts: 1 }],
        },
      ],
    };
    const en = text(limited);
    expect(en).toContain('ChatGPT is turning my requests away as too many and asks me to wait 30 sec before trying again.');
    expect(en).toContain('Asked to wait (Retry-After): 30 sec');
    expect(text(limited, 'ko')).toContain('응답에는 30초 뒤에 다시 시도하라는 안내(Retry-After)가 함께 왔습니다.');
  });

  it('tells how the computer is connected only when it can tell', () => {
    const route = healthyEvidence.route!;
    const on = (interfaceName: string, routesThroughTunnel = false): NetworkEvidence => ({
      ...healthyEvidence,
      route: { ...route, routesThroughTunnel, defaultRoute: { family: 4, interfaceName } },
    });
    expect(text(outageReport, 'en', { evidence: on('wlan0') })).toContain('Connection: Wi-Fi');
    expect(text(outageReport, 'en', { evidence: on('enp3s0') })).toContain('Connection: Wired (Ethernet)');
    expect(text(outageReport, 'ko', { evidence: on('이더넷') })).toContain('네트워크 연결: 유선(이더넷)');
    expect(text(outageReport, 'en', { evidence: on('utun4', true) })).toContain('Connection: VPN');
    expect(text(outageReport, 'en', { evidence: on('en0') })).not.toContain('Connection:');
    expect(text(outageReport, 'en', { evidence: on('en0'), networkType: 'cellular' })).toContain('Connection: Mobile data');
  });

  it('leaves out what the diagnosis did not check, and says so when it checked nothing local', () => {
    const withoutEvidence = text(outageReport);
    expect(withoutEvidence).toContain('- My router responds normally (3 ms).');
    expect(withoutEvidence).not.toContain('My computer’s clock');
    expect(withoutEvidence).not.toContain('No proxy is set up');
    const silent = { url: 'https://chatgpt.com/', method: 'HEAD' as const, outcome: 'timeout' as const, timings: { totalMs: 5000 }, attempts: 1 };
    const bare: CheckReport = {
      ...withVerdict('inconclusive'),
      network: { state: 'unknown' },
      services: [{ ...outageReport.services[0]!, state: 'unknown', probes: [silent], official: undefined }],
    };
    expect(text(bare)).toContain(supportReportEn.checked.notChecked);
  });

  it('says when the status page could not be read', () => {
    const report: CheckReport = {
      ...outageReport,
      services: [{ ...outageReport.services[0]!, official: undefined }],
      warnings: [{ code: 'status-page-unavailable', serviceId: 'chatgpt', message: 'ChatGPT: the status page did not answer' }],
    };
    expect(text(report)).toContain('ChatGPT’s status page could not be read at that moment.');
    expect(text(report, 'ko')).toContain('당시 ChatGPT 상태 페이지를 읽어 오지 못했습니다.');
  });
});

describe('support report dictionaries', () => {
  it('have the same keys in English and Korean', () => {
    expect(messageKeyPaths(supportReportKo)).toEqual(messageKeyPaths(supportReportEn));
  });

  it('leave no Korean string empty or untranslated', () => {
    const leaves = (value: unknown): unknown[] =>
      value !== null && typeof value === 'object' ? Object.values(value as Record<string, unknown>).flatMap(leaves) : [value];
    const strings = leaves(supportReportKo).filter((leaf): leaf is string => typeof leaf === 'string');
    const english = new Set(leaves(supportReportEn).filter((leaf): leaf is string => typeof leaf === 'string'));
    // Names that are the same in both languages (Wi-Fi, VPN, OS names, cf-ray, UTC, DNS, TLS) may repeat.
    const untranslated = strings.filter((s) => english.has(s) && !/^(?:Wi-Fi|VPN|Windows|macOS|Linux|cf-ray|UTC|DNS|TLS)$/.test(s));
    expect(untranslated).toEqual([]);
    expect(strings.filter((s) => s.trim() === '')).toEqual([]);
  });
});

describe('buildSupportReport: status-page lag measured by the monitor', () => {
  const provider = outageReport.services.find((service) => service.official)?.official?.provider ?? 'incidentio';

  it('says how late the service’s status page usually is, in both languages', () => {
    const lag = [{ provider, medianLagMs: 14 * 60_000, outages: 3 }];
    expect(text(outageReport, 'en', { statusPageLag: lag })).toContain('Usually posted: 14 min after Status Doctor saw the problem here (median of 3 outages)');
    expect(text(outageReport, 'ko', { statusPageLag: lag })).toContain('이 컴퓨터에서 문제를 감지하고 보통 14분 뒤 (장애 3건의 중앙값)');
  });

  it('says "before" when the page was usually first, and nothing without a measurement for that provider', () => {
    expect(text(outageReport, 'en', { statusPageLag: [{ provider, medianLagMs: -120_000, outages: 1 }] })).toContain('2 min before Status Doctor saw the problem here (median of 1 outage)');
    expect(text(outageReport, 'en', { statusPageLag: [{ provider: 'instatus', medianLagMs: 60_000, outages: 2 }] })).not.toContain('Usually posted');
    expect(text(outageReport, 'en')).not.toContain('Usually posted');
  });
});
