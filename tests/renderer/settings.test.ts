import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumForTests } from './support/chromium.ts';
import { expectVisibleText } from './support/window-expect.ts';
import { startWindowFixture, type OpenWindow, type WindowFixture } from './support/window-fixture.ts';

// The settings form against the real settings schema and engine: a save
// round-trips, bad input is refused field by field with nothing saved, the
// language switches the whole window, and API keys ask before going
// unencrypted.

const chromium = chromiumForTests('window settings tests (tests/renderer)');

describe.skipIf(chromium.skip)('settings in the window', () => {
  let app: WindowFixture;
  let window: OpenWindow;

  beforeAll(async () => {
    app = await startWindowFixture(chromium.executablePath(), { secretStorage: 'basic-text' });
    await app.waitForSnapshot((s) => s.diagnosis !== undefined && !s.checking);
    window = await app.openWindow();
    await window.page.getByRole('button', { name: 'Settings', exact: true }).click();
    await window.page.getByRole('button', { name: 'Save settings' }).waitFor();
  }, 60_000);

  afterAll(async () => {
    if (window) expect(window.problems).toEqual([]);
    if (app) expect(app.record.refused).toEqual([]);
    await window?.close();
    await app?.close();
  });

  const field = (label: string) => window.page.getByLabel(label, { exact: true });

  it('saves changed settings, applies them to the engine and shows them again after reopening', async () => {
    const page = window.page;
    await field('Check each service every').fill('7');
    await field('Also notify when a service is only degraded').check();
    await field('No notifications during quiet hours').check();
    await field('From').fill('23:00');
    await field('Until').fill('06:30');
    await page.getByRole('button', { name: '+ Add a service' }).click();
    const added = page.getByRole('group', { name: 'New service' });
    await added.getByLabel('Name').fill('My API');
    await page.getByRole('group', { name: 'My API' }).getByLabel('ID', { exact: true }).fill('my-api');
    await page.getByRole('group', { name: 'My API' }).getByLabel('Address to check').fill(app.chat.url);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expectVisibleText(page.getByRole('status'), 'Settings saved.');

    const saved = app.engine.settings();
    expect(saved.monitor.probe.intervalMs).toBe(7000);
    expect(saved.monitor.notifications.notifyDegraded).toBe(true);
    expect(saved.monitor.notifications.quietHours).toEqual({ enabled: true, start: '23:00', end: '06:30' });
    expect(saved.customServices.at(-1)).toEqual({ id: 'my-api', name: 'My API', probes: [{ url: app.chat.url, method: 'HEAD' }] });
    await app.waitForSnapshot((s) => s.services.some((service) => service.id === 'my-api'));

    await page.reload();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Save settings' }).waitFor();
    expect(await field('Check each service every').inputValue()).toBe('7');
    expect(await field('Also notify when a service is only degraded').isChecked()).toBe(true);
    expect(await field('From').inputValue()).toBe('23:00');
    expect(await page.getByRole('group', { name: 'My API' }).getByLabel('Address to check').inputValue()).toBe(app.chat.url);
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    await expectVisibleText(page.locator('.service-row'), 'My API');
  }, 40_000);

  it('refuses bad input field by field and saves nothing', async () => {
    const page = window.page;
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const before = structuredClone(app.engine.settings());
    const savesBefore = app.record.savedSettings.length;
    const service = page.getByRole('group', { name: 'My API' });
    await service.getByLabel('ID', { exact: true }).fill('Bad ID!');
    await service.getByLabel('Address to check').fill('ftp://example.invalid/');
    await field('Check each service every').fill('2');
    await field('Until').fill('25:00');
    await page.getByRole('button', { name: 'Save settings' }).click();

    const summary = page.getByRole('alert');
    await expectVisibleText(summary, 'Nothing was saved: 4 fields need fixing.');
    // Each message sits under its own field and is tied to it for screen readers.
    const errorOf = async (label: string, scope: Pick<Page, 'getByLabel'> = page) => {
      const input = scope.getByLabel(label, { exact: true });
      expect(await input.getAttribute('aria-invalid'), label).toBe('true');
      const ids = (await input.getAttribute('aria-describedby'))?.split(' ') ?? [];
      return page.locator(`#${ids.find((id) => id.endsWith('-error'))}`).innerText();
    };
    expect(await errorOf('ID', service)).toMatch(/lower-case letters/);
    expect(await errorOf('Address to check', service)).toMatch(/http/);
    expect(await errorOf('Check each service every')).toBe('must be at least 5 seconds');
    expect(await errorOf('Until')).toMatch(/HH:MM/);

    expect(app.engine.settings()).toEqual(before);
    expect(app.record.savedSettings).toHaveLength(savesBefore);
    // What the user typed stays, ready to be fixed.
    expect(await service.getByLabel('ID', { exact: true }).inputValue()).toBe('Bad ID!');

    // A summary entry takes the user to its field.
    await summary.getByRole('button', { name: /Check each service every/ }).click();
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe('field-monitor-probe-intervalMs');

    await page.getByRole('button', { name: 'Undo changes' }).click();
    expect(await field('Check each service every').inputValue()).toBe('7');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('switches the whole window to Korean and back', async () => {
    const page = window.page;
    await field('Language').selectOption('ko');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const korean = await app.waitForSnapshot((s) => s.language === 'ko');
    await expectVisibleText(page.getByRole('navigation'), '한눈에 보기');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang)).toBe('ko');
    await expectVisibleText(page.getByRole('status'), '설정을 저장했습니다.');
    await page.getByRole('button', { name: '한눈에 보기', exact: true }).click();
    await expectVisibleText(page.locator('#verdict-title'), korean.verdict.title);
    expect(korean.verdict.title).toMatch(/[가-힣]/);
    await expectVisibleText(page.getByRole('heading', { name: '서비스' }), '서비스');

    await page.getByRole('button', { name: '설정', exact: true }).click();
    await page.getByLabel('언어', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: '설정 저장' }).click();
    await app.waitForSnapshot((s) => s.language === 'en');
    await expectVisibleText(page.getByRole('navigation'), 'Overview');
  });

  it('asks before storing an API key unencrypted, and stores it only then', async () => {
    const page = window.page;
    await page.getByLabel('API key for Loopback Chat').fill('sk-test-12345678');
    const row = page.getByRole('listitem').filter({ has: page.getByLabel('API key for Loopback Chat') });
    await row.getByRole('button', { name: 'Store key' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Store this key unencrypted?' });
    await ask.waitFor();
    expect(await row.locator('.pill').innerText()).toBe('None');
    await ask.getByRole('button', { name: 'Store it anyway' }).click();
    await expectVisibleText(row.getByRole('status'), 'Key stored.');
    await expectVisibleText(row, 'Stored');
    const calls = window.bridge.calls.filter((call) => call.name === 'setApiKey').map((call) => call.request);
    expect(calls).toEqual([
      { serviceId: 'chat', key: 'sk-test-12345678' },
      { serviceId: 'chat', key: 'sk-test-12345678', allowPlainText: true },
    ]);
  });
});
