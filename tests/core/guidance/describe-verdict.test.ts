import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeVerdict } from '../../../src/core/guidance/describe-verdict.ts';
import { guidanceMessages } from '../../../src/core/guidance/guidance-messages.ts';
import type { VerdictGuidance } from '../../../src/core/guidance/verdict-context.ts';
import { guidanceLanguage } from '../../../src/core/i18n/guidance-language.ts';
import { LOCALES, type Locale } from '../../../src/core/i18n/locale.ts';
import { messageKeyPaths } from '../../../src/core/i18n/message-keys.ts';
import type { OsFamily } from '../../../src/core/i18n/os-family.ts';
import { VERDICT_KINDS, type VerdictKind } from '../../../src/core/verdict/verdict-kind.ts';
import { scenarioFor } from './guidance-scenarios.ts';

// Golden files: every verdict kind rendered in each language for each OS,
// from the fixed scenarios of guidance-scenarios.ts, in a fixed time zone.
// After changing the words on purpose, regenerate them and read the diff:
//
//   UPDATE_GOLDEN=1 npx vitest run tests/core/guidance
//
// then commit tests/core/guidance/golden/*.md with the change.

const OSES: readonly OsFamily[] = ['windows', 'macos', 'linux'];
const TIME_ZONES: Record<Locale, string> = { en: 'America/New_York', ko: 'Asia/Seoul' };
const GOLDEN_DIR = join(import.meta.dirname, 'golden');

const languageOf = (locale: Locale, os: OsFamily) => guidanceLanguage(locale, os, TIME_ZONES[locale]);

function render(kind: VerdictKind, locale: Locale, os: OsFamily): VerdictGuidance {
  const { decision, context } = scenarioFor(kind);
  return describeVerdict(decision, context, languageOf(locale, os));
}

function toMarkdown(locale: Locale, os: OsFamily): string {
  const sections = VERDICT_KINDS.map((kind) => {
    const text = render(kind, locale, os);
    const steps = text.steps.map((s, i) => `${i + 1}. **${s.title}** \`${s.id}\`\n   ${s.detail}`);
    return [`## ${kind}`, `### ${text.title}`, text.summary, ...(steps.length > 0 ? [steps.join('\n')] : [])].join('\n\n');
  });
  return `# Verdict guidance — ${locale}, ${os}\n\n${sections.join('\n\n')}\n`;
}

describe('describeVerdict golden files', () => {
  for (const locale of LOCALES) {
    for (const os of OSES) {
      it(`renders every verdict kind in ${locale} for ${os} as committed`, () => {
        const file = join(GOLDEN_DIR, `${locale}-${os}.md`);
        const actual = toMarkdown(locale, os);
        if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
        expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
        expect(actual).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});

describe('describeVerdict', () => {
  for (const locale of LOCALES) {
    it.each(VERDICT_KINDS)(`gives %s a title, a summary and (unless all clear) detailed steps in ${locale}`, (kind) => {
      for (const os of OSES) {
        const text = render(kind, locale, os);
        expect(text.title.length).toBeGreaterThan(3);
        expect(text.summary.length).toBeGreaterThan(20);
        if (kind === 'all-clear') expect(text.steps).toEqual([]);
        else expect(text.steps.length).toBeGreaterThan(0);
        for (const s of text.steps) {
          expect(s.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
          expect(s.title.length).toBeGreaterThan(3);
          expect(s.detail.length).toBeGreaterThan(20);
        }
        expect(JSON.stringify(text)).not.toMatch(/undefined|NaN|\[object|\$\{|\s{2}/);
      }
    });
  }

  it.each(VERDICT_KINDS)('keeps the step ids of %s the same in every language, so the UI can tick them', (kind) => {
    for (const os of OSES) {
      expect(render(kind, 'ko', os).steps.map((s) => s.id)).toEqual(render(kind, 'en', os).steps.map((s) => s.id));
    }
  });

  it('still writes every kind when the diagnosis gathered no evidence at all', () => {
    for (const kind of VERDICT_KINDS) {
      for (const locale of LOCALES) {
        const text = describeVerdict({ kind, serviceIds: [] }, { services: [], network: { state: 'unknown' } }, languageOf(locale, 'linux'));
        expect(text.summary.length, `${kind} ${locale}`).toBeGreaterThan(20);
        expect(JSON.stringify(text), `${kind} ${locale}`).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });
});

describe('guidance dictionaries', () => {
  it('have exactly the same keys in English and Korean', () => {
    expect(messageKeyPaths(guidanceMessages('ko'))).toEqual(messageKeyPaths(guidanceMessages('en')));
  });
});

describe('the steps follow the user’s OS', () => {
  const dnsStep = (locale: Locale, os: OsFamily) => render('dns-failure', locale, os).steps.find((s) => s.id === 'switch-dns')?.detail ?? '';

  it('changes DNS through each OS’s own settings', () => {
    expect(dnsStep('en', 'windows')).toMatch(/Settings > Network & internet > Wi-Fi .*Hardware properties.*DNS server assignment.*Preferred DNS/);
    expect(dnsStep('en', 'macos')).toMatch(/System Settings > Network > Wi-Fi.*Details….*DNS/);
    expect(dnsStep('en', 'linux')).toMatch(/nmcli connection modify/);
    expect(dnsStep('ko', 'windows')).toMatch(/설정 > 네트워크 및 인터넷 > Wi-Fi.*하드웨어 속성.*DNS 서버 할당.*편집/);
    expect(dnsStep('ko', 'macos')).toMatch(/시스템 설정 > 네트워크 > Wi-Fi.*세부사항/);
    expect(dnsStep('en', 'windows')).not.toBe(dnsStep('en', 'macos'));
    expect(dnsStep('ko', 'windows')).not.toBe(dnsStep('ko', 'macos'));
  });

  it('flushes the DNS cache with each OS’s command', () => {
    const flush = (os: OsFamily) => render('dns-failure', 'en', os).steps.find((s) => s.id === 'flush-dns')?.detail;
    expect(flush('windows')).toMatch(/ipconfig \/flushdns/);
    expect(flush('macos')).toMatch(/sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder/);
    expect(flush('linux')).toMatch(/resolvectl flush-caches/);
  });

  it('names Safari only on macOS, and clears the data of the one site only', () => {
    for (const locale of LOCALES) {
      const onMac = JSON.stringify(render('local-client', locale, 'macos').steps);
      const onWindows = JSON.stringify(render('local-client', locale, 'windows').steps);
      expect(onMac).toMatch(/Safari/);
      expect(onWindows).not.toMatch(/Safari/);
      for (const browser of ['Chrome', 'Edge', 'Firefox']) expect(onWindows).toContain(browser);
    }
    const clear = render('local-client', 'ko', 'windows').steps.find((s) => s.id === 'clear-site-data');
    expect(clear?.title).toBe('chatgpt.com의 사이트 데이터만 지우세요');
    expect(clear?.detail).toMatch(/사이트 설정 > 데이터 삭제/);
  });

  it('says plainly that macOS needs a profile for encrypted DNS', () => {
    expect(render('dns-blocked', 'en', 'macos').steps.find((s) => s.id === 'secure-dns-system')?.detail).toMatch(/no switch.*configuration profile/);
    expect(render('dns-blocked', 'en', 'windows').steps.find((s) => s.id === 'secure-dns-system')?.detail).toMatch(/DNS over HTTPS to On \(automatic template\)/);
  });
});

describe('the guidance cites this diagnosis', () => {
  it('dns-failure: which server failed, which answered, and that the certificate checked out there', () => {
    const text = render('dns-failure', 'en', 'windows');
    expect(text.summary).toMatch(/did not answer for chatgpt\.com\. 1\.1\.1\.1 did, and ChatGPT’s certificate checked out/);
    expect(text.steps[0]).toMatchObject({ id: 'switch-dns', title: 'Switch your DNS to 1.1.1.1' });
    expect(text.steps[0]?.detail).toMatch(/1\.1\.1\.1 answered for chatgpt\.com in 20 ms.*Preferred DNS and 1\.0\.0\.1|1\.1\.1\.1 as Preferred DNS and 8\.8\.8\.8 as Alternate DNS/);
    expect(render('dns-failure', 'ko', 'windows').summary).toMatch(/chatgpt\.com 주소 조회에 응답하지 않았습니다\. 반면 1\.1\.1\.1은/);
  });

  it('service-outage: what the edge answered, how often, what the official page says, and that the user’s connection works', () => {
    const text = render('service-outage', 'en', 'linux');
    expect(text.title).toBe('ChatGPT and OpenAI API are down — it’s not you');
    expect(text.summary).toMatch(/Cloudflare, in front of ChatGPT, answered HTTP 522 on 3 checks in a row.*ray ID 8e1f2c3d4b5a6978-ICN/);
    expect(text.summary).toMatch(/doesn’t mention it yet/);
    expect(text.summary).toMatch(/“Elevated error rates on the API” \(under investigation, since Nov 21, 2026, 2:52 PM EST\)/);
    expect(text.summary).toMatch(/www\.google\.com answered in 45 ms/);
    expect(text.steps.map((s) => s.id)).toEqual(['wait-and-retry', 'follow-status-page', 'keep-your-work', 'retry-with-backoff', 'use-another-service']);
    expect(text.steps.at(-1)?.detail).toMatch(/Claude and Gemini answered normally/);
  });

  it('rate-limited: waits the Retry-After first, then backs off with numbers', () => {
    const text = render('rate-limited', 'en', 'windows');
    expect(text.steps[0]?.title).toBe('Wait 30 seconds before the next request');
    const retry = text.steps.find((s) => s.id === 'retry-with-backoff');
    expect(retry?.title).toBe('Retry with exponential backoff and jitter');
    expect(retry?.detail).toMatch(/Wait the 30 sec the service asked for.*1 sec, 2 sec, 4 sec, 8 sec.*0–100%.*4 sec to 8 sec.*5 tries/);
    const ko = render('rate-limited', 'ko', 'windows');
    expect(ko.steps[0]?.title).toBe('30초 기다린 뒤에 다시 요청하세요');
    expect(ko.steps.find((s) => s.id === 'retry-with-backoff')?.detail).toMatch(/30초를 기다린 뒤.*1초 → 2초 → 4초 → 8초.*0~100%.*5번/);
  });

  it('adds the retry step to outages and slowdowns only when an API is involved', () => {
    expect(render('service-degraded', 'en', 'windows').steps.map((s) => s.id)).not.toContain('retry-with-backoff');
    expect(render('service-outage', 'en', 'windows').steps.map((s) => s.id)).toContain('retry-with-backoff');
  });

  it('local-client: the order of the issue, ending with the support report', () => {
    expect(render('local-client', 'en', 'windows').steps.map((s) => s.id)).toEqual([
      'sign-out-in',
      'clear-site-data',
      'private-window',
      'disable-extensions',
      'other-browser-device',
      'support-report',
    ]);
    expect(render('local-client', 'en', 'windows').steps.at(-1)?.detail).toMatch(/status-doctor report/);
  });

  it('clock-skew and router: how far the clock is off, how fast the router answered', () => {
    expect(render('clock-skew', 'en', 'windows').summary).toMatch(/3 days behind/);
    expect(render('clock-skew', 'ko', 'windows').summary).toMatch(/서버 시간보다 3일 느립니다/);
    expect(render('internet-down', 'ko', 'windows').summary).toMatch(/공유기\(192\.168\.0\.1\)는 3ms 만에 정상적으로 응답했습니다/);
  });
});
