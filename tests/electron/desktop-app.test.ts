import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../src/shared/ipc-channels.ts';
import { startLoopbackEdge, type LoopbackEdge } from '../support/loopback-edge.ts';
import { launchSecondInstance, launchStatusDoctor, loopbackSettings, writeAppSettings } from './launch-status-doctor.ts';

// An "external site" on loopback: if the window ever navigated or opened a
// window to it, it would show up here (a real external host would be a
// network-safety breach, so none is used).
interface Bait {
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

async function startBait(): Promise<Bait> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '/');
    response.end('<!doctype html><title>elsewhere</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/elsewhere`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function windowCount(app: ElectronApplication): Promise<number> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
}

describe('Status Doctor in Electron', () => {
  let edge: LoopbackEdge;
  let bait: Bait;
  let userDataDir = '';
  let app: ElectronApplication;
  let page: Page;
  const preloadScript = inject('mainProcessPreload');

  beforeAll(async () => {
    edge = await startLoopbackEdge();
    bait = await startBait();
    userDataDir = await mkdtemp(join(tmpdir(), 'status-doctor-electron-'));
    await writeAppSettings(userDataDir, loopbackSettings(edge));
    app = await launchStatusDoctor(userDataDir, preloadScript);
  });

  afterAll(async () => {
    await app?.close();
    await edge?.close();
    await bait?.close();
    if (userDataDir !== '') await rm(userDataDir, { recursive: true, force: true });
  });

  it('started at login (--hidden), stays in the tray with no window, and keeps its data in the test profile', async () => {
    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(userData).toBe(userDataDir);
    // Give a window that should not exist the time to appear.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await windowCount(app)).toBe(0);
  });

  it('opens its window when started a second time, and the second instance quits', async () => {
    const opened = app.waitForEvent('window', { timeout: 20_000 });
    expect(await launchSecondInstance(userDataDir, preloadScript)).toBe(0);
    page = await opened;
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^app:\/\//);
    expect(await windowCount(app)).toBe(1);
  });

  it('gives the window no Node.js: nothing of it leaks into the page (context isolation, no node integration)', async () => {
    const globals = await page.evaluate(() => {
      const seen = globalThis as Record<string, unknown>;
      return { require: typeof seen['require'], process: typeof seen['process'], module: typeof seen['module'], Buffer: typeof seen['Buffer'] };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });
  });

  it('exposes window.statusDoctor as named functions only, one per API entry', async () => {
    const api = await page.evaluate(() => {
      const bridge = (globalThis as Record<string, unknown>)['statusDoctor'] as Record<string, unknown>;
      return Object.entries(bridge).map(([name, value]) => [name, typeof value] as const);
    });
    const expected = [...Object.keys(INVOKE_CHANNELS), 'onSnapshot', 'onNavigate'].sort();
    expect(api.map(([name]) => name).sort()).toEqual(expected);
    expect(api.filter(([, type]) => type !== 'function')).toEqual([]);
  });

  it('refuses to navigate to another site and opens no new window', async () => {
    const before = page.url();
    // Page code runs in the window; this process has no DOM types, hence the casts.
    type WindowLike = { location: { href: string }; open(url: string): unknown };
    await page.evaluate((url) => {
      (globalThis as unknown as WindowLike).location.href = url;
    }, bait.url);
    const opened = await page.evaluate((url) => (globalThis as unknown as WindowLike).open(url) !== null, bait.url);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(page.url()).toBe(before);
    expect(opened).toBe(false);
    expect(bait.requests).toEqual([]);
    expect(await windowCount(app)).toBe(1);
  });

  it('serves the window with a strict Content-Security-Policy header, and eval is refused', async () => {
    const response = await page.reload();
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    const evalResult = await page.evaluate(() => {
      try {
        return String(eval('1 + 1'));
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(evalResult).toBe('EvalError');
  });

  it('destroys the window on close and stays running in the tray', async () => {
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    const deadline = Date.now() + 10_000;
    while ((await windowCount(app)) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await windowCount(app)).toBe(0);
    const webContents = await app.evaluate(({ webContents: all }) => all.getAllWebContents().length);
    expect(webContents).toBe(0);
  });
});
