import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumForTests } from './support/chromium.ts';
import { focusState, tabTo } from './support/keyboard.ts';
import { startWindowFixture, type WindowFixture } from './support/window-fixture.ts';

// The window for people who do not use a mouse, use a screen reader, or
// prefer dark: axe-core finds no serious or critical problem in any view in
// either theme, every main control is reachable and operable by keyboard
// with a visible focus ring, and dark really is dark.

const chromium = chromiumForTests('window accessibility tests (tests/renderer)');
const VIEWS = ['Overview', 'Diagnosis', 'Report', 'Settings', 'service'] as const;

async function openView(page: Page, view: (typeof VIEWS)[number]): Promise<void> {
  if (view === 'service') {
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    await page.getByRole('button', { name: /Loopback Chat/ }).click();
    await page.locator('.uptime__summary').waitFor();
    return;
  }
  await page.getByRole('navigation').getByRole('button', { name: view, exact: true }).click();
  await page.locator('[data-view-heading]').waitFor();
  if (view === 'Report') await page.locator('pre.report-text').waitFor();
  if (view === 'Settings') await page.getByRole('button', { name: 'Save settings' }).waitFor();
}

describe.skipIf(chromium.skip)('accessibility of the window', () => {
  let app: WindowFixture;

  beforeAll(async () => {
    app = await startWindowFixture(chromium.executablePath());
    // An outage shows the most: a failing probe, steps, an official incident.
    app.chat.setStatus(503);
    app.setOfficialIncident(true);
    await app.waitForSnapshot((s) => s.verdict.kind === 'service-outage' && s.diagnosis !== undefined && !s.checking, 30_000);
    await app.engine.checkNow();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe findings in any view (${colorScheme})`, async () => {
      const window = await app.openWindow({ colorScheme });
      try {
        const findings: string[] = [];
        for (const view of VIEWS) {
          await openView(window.page, view);
          // Open every fold so what is inside is checked too.
          await window.page.evaluate(() => {
            for (const details of (globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<{ open: boolean }> } }).document.querySelectorAll('details')) details.open = true;
          });
          const result = await new AxeBuilder({ page: window.page }).analyze();
          // A scan that checked nothing would pass trivially.
          expect(result.passes.length, view).toBeGreaterThan(10);
          if (process.env.AXE_VERBOSE) console.log(view, colorScheme, result.violations.map((v) => `${v.id}/${v.impact}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
          for (const violation of result.violations) {
            if (violation.impact === 'serious' || violation.impact === 'critical') {
              findings.push(`${view}: ${violation.id} (${violation.impact}) — ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
            }
          }
        }
        expect(findings).toEqual([]);
        expect(window.problems).toEqual([]);
      } finally {
        await window.close();
      }
    }, 60_000);
  }

  it('follows the system’s dark appearance', async () => {
    const window = await app.openWindow({ colorScheme: 'dark' });
    try {
      await window.page.locator('.service-row').first().waitFor();
      const luminance = await window.page.evaluate(() => {
        const view = globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string; color: string }; document: { documentElement: unknown } };
        const channels = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
        const light = (css: string) => channels(css).reduce((sum, value) => sum + value, 0) / 3;
        const root = view.getComputedStyle(view.document.documentElement);
        return { background: light(root.backgroundColor), text: light(root.color) };
      });
      expect(luminance.background).toBeLessThan(40);
      expect(luminance.text).toBeGreaterThan(200);
    } finally {
      await window.close();
    }
  });

  it('can be used with the keyboard alone, with the focus always visible', async () => {
    const window = await app.openWindow();
    const page = window.page;
    try {
      await page.locator('.service-row').first().waitFor();
      // The first stop skips the header and the sections.
      const skip = await tabTo(page, 'Skip to content', { maxTabs: 1 });
      expect(skip.ringVisible).toBe(true);
      await page.keyboard.press('Enter');

      // Sections by keyboard: Diagnosis, then tick the first step with Space.
      await tabTo(page, 'Diagnosis', { backwards: true });
      await page.keyboard.press('Enter');
      expect((await focusState(page)).tag).toBe('h1');
      const key = app.engine.snapshot().verdict.key;
      await tabTo(page, app.engine.snapshot().verdict.steps[0]!.title);
      await page.keyboard.press('Space');
      await app.waitForSnapshot((s) => s.verdict.key === key && s.verdict.steps[0]?.ticked === true);

      // "Run the check again" with Enter reaches main.
      await tabTo(page, 'Run the check again');
      await page.keyboard.press('Enter');
      await expect.poll(() => window.bridge.calls.some((call) => call.name === 'checkNow')).toBe(true);

      // The official incident's button opens the status page through main.
      await tabTo(page, 'Open the official status page of Loopback Chat');
      await page.keyboard.press('Enter');
      await expect.poll(() => app.record.opened.length).toBe(1);

      // Back to the overview and into a service, then switch its range with the arrow keys.
      await tabTo(page, 'Overview', { backwards: true });
      await page.keyboard.press('Enter');
      expect((await focusState(page)).tag).toBe('h1');
      await tabTo(page, /^Loopback Chat/);
      await page.keyboard.press('Enter');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Loopback Chat');
      await tabTo(page, '30 days');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => window.bridge.calls.some((call) => call.name === 'getHistory' && (call.request as { days: number }).days === 90)).toBe(true);
      expect(await page.getByRole('radio', { name: '90 days' }).isChecked()).toBe(true);
      expect(window.problems).toEqual([]);
    } finally {
      await window.close();
    }
  }, 40_000);
});
