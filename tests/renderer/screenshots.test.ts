import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumForTests } from './support/chromium.ts';
import { startWindowFixture, type OpenWindow, type WindowFixture } from './support/window-fixture.ts';

// Every view in both themes and both languages, saved for people to look at
// (test-results/screenshots, gitignored), plus the narrowest window the app
// supports. Each shot also checks what a user would notice at once: the
// view's heading in the right language and nothing wider than the window.

const chromium = chromiumForTests('window screenshots (tests/renderer)');
const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

const NAV = { en: ['Overview', 'Diagnosis', 'Report', 'Settings'], ko: ['한눈에 보기', '진단', '보고서', '설정'] } as const;
type View = 'overview' | 'verdict' | 'service' | 'report' | 'settings';

async function show(window: OpenWindow, view: View, language: 'en' | 'ko'): Promise<void> {
  const [overview, verdict, report, settings] = NAV[language];
  const nav = (name: string) => window.page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  if (view === 'overview') await nav(overview);
  if (view === 'verdict') await nav(verdict);
  if (view === 'report') await nav(report);
  if (view === 'settings') await nav(settings);
  if (view === 'service') await window.bridge.navigate({ view: 'service', serviceId: 'chat' });
  const ready: Record<View, string> = { overview: '.service-row', verdict: '.evidence-block', service: '.uptime__summary', report: 'pre.report-text', settings: '.save-bar' };
  await window.page.locator(ready[view]).first().waitFor({ timeout: 10_000 });
  // The chart draws after layout; give uPlot its frame.
  if (view === 'service') await window.page.locator('.latency__chart canvas, .latency p').first().waitFor({ timeout: 10_000 });
}

/** Saves the whole view: the window is made as tall as the page first, so sticky bars sit where a person would see them. */
async function shoot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 900, height: 900 };
  const height = await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { activeElement: { blur?: () => void } | null; documentElement: { scrollHeight: number } } }).document;
    doc.activeElement?.blur?.();
    return doc.documentElement.scrollHeight;
  });
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
  await page.setViewportSize(size);
}

const overflowX = (page: Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

describe.skipIf(chromium.skip)('screenshots of every view', () => {
  let app: WindowFixture;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startWindowFixture(chromium.executablePath());
    await app.waitForSnapshot((s) => s.services.every((svc) => svc.state === 'operational') && s.diagnosis !== undefined && !s.checking);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  const setLanguage = async (language: 'en' | 'ko') => {
    await app.engine.applySettings({ ...app.engine.settings(), language });
    await app.waitForSnapshot((s) => s.language === language);
  };

  it('all clear: the overview is calm in both themes and languages', async () => {
    for (const language of ['en', 'ko'] as const) {
      await setLanguage(language);
      for (const colorScheme of ['light', 'dark'] as const) {
        const window = await app.openWindow({ colorScheme });
        await show(window, 'overview', language);
        await shoot(window.page, `all-clear-overview-${language}-${colorScheme}`);
        expect(window.problems).toEqual([]);
        await window.close();
      }
    }
  }, 60_000);

  it('an outage with an official incident: every view, both themes, both languages', async () => {
    await setLanguage('en');
    app.chat.setStatus(503);
    app.setOfficialIncident(true);
    await app.engine.checkNow();
    await app.waitForSnapshot((s) => s.services.find((svc) => svc.id === 'chat')?.official?.indicator === 'major' && s.verdict.kind === 'service-outage', 45_000);
    await app.engine.checkNow();
    for (const language of ['en', 'ko'] as const) {
      await setLanguage(language);
      for (const colorScheme of ['light', 'dark'] as const) {
        const window = await app.openWindow({ colorScheme });
        for (const view of ['overview', 'verdict', 'service', 'report', 'settings'] as const) {
          await show(window, view, language);
          await expectHeadingLanguage(window.page, language);
          await shoot(window.page, `outage-${view}-${language}-${colorScheme}`);
        }
        expect(window.problems).toEqual([]);
        await window.close();
      }
    }
  }, 120_000);

  it('fits a 360 px wide window without sideways scrolling', async () => {
    for (const language of ['en', 'ko'] as const) {
      await setLanguage(language);
      const window = await app.openWindow({ width: 360, height: 780 });
      for (const view of ['overview', 'verdict', 'service', 'settings'] as const) {
        await show(window, view, language);
        await shoot(window.page, `narrow-${view}-${language}`);
        expect(await overflowX(window.page), `${view} (${language}) is wider than 360 px`).toBeLessThanOrEqual(0);
      }
      await window.close();
    }
    await setLanguage('en');
  }, 60_000);
});

async function expectHeadingLanguage(page: Page, language: 'en' | 'ko'): Promise<void> {
  const nav = await page.getByRole('navigation').innerText();
  for (const item of NAV[language]) expect(nav).toContain(item);
  expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang)).toBe(language);
}
