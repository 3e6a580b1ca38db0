import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BUILTIN_SERVICES } from '../../../src/core/catalog/builtin-catalog.ts';
import { parseAppSettings } from '../../../src/core/desktop/app-settings.ts';
import { createDesktopEngine } from '../../../src/core/desktop/create-desktop-engine.ts';
import type { DesktopEngine } from '../../../src/core/desktop/desktop-engine.ts';
import type { AppSnapshot } from '../../../src/shared/app-snapshot.ts';
import { startDnsTestServer } from '../../support/dns-test-server.ts';
import { startDohTestServer } from '../../support/doh-test-server.ts';
import { startLoopbackEdge, type LoopbackEdge } from '../../support/loopback-edge.ts';
import { loopbackNetworkFor } from '../../support/run-status-doctor.ts';
import { startStatusPageServer, type StatusPageServer } from '../../support/status-page-server.ts';
import { startSwitchableService, type SwitchableService } from '../../support/switchable-service.ts';
import { createAppHost, type AppHostOptions, type HostRecord } from './app-host.ts';
import { launchChromium } from './chromium.ts';
import { bridgePage, type PageBridge } from './page-bridge.ts';
import { startRendererServer, type RendererServer } from './renderer-server.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'status-pages', 'statuspage');
const page = (name: string) => ({ body: readFileSync(join(FIXTURES, name), 'utf8'), headers: { 'content-type': 'application/json' } });
const MACHINE = { os: 'linux' as const, osVersion: 'Test 1', appVersion: '0.1.0', hostName: 'test-host', userName: 'tester', homeDir: '/home/tester' };

/** One open window: its page, its bridge, and what went wrong inside it. */
export interface OpenWindow {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly bridge: PageBridge;
  /** Uncaught errors and CSP violations in the page: a test expects none. */
  readonly problems: string[];
  close(): Promise<void>;
}

/** A real engine on loopback servers, a browser, and windows onto it. */
export interface WindowFixture {
  readonly engine: DesktopEngine;
  readonly record: HostRecord;
  /** The "Loopback Chat" service: a test switches its answers. */
  readonly chat: SwitchableService;
  /** Puts an official incident on Loopback Chat's status page (or takes it off). */
  setOfficialIncident(on: boolean): void;
  openWindow(options?: { readonly colorScheme?: 'light' | 'dark'; readonly width?: number; readonly height?: number }): Promise<OpenWindow>;
  /** Resolves with the engine's first snapshot that passes `test`. */
  waitForSnapshot(test: (snapshot: AppSnapshot) => boolean, timeoutMs?: number): Promise<AppSnapshot>;
  close(): Promise<void>;
}

/**
 * Starts everything the window's tests need: loopback servers (a switchable
 * service, an edge that also answers the network checks, a status page),
 * a {@link createDesktopEngine} over them with short intervals and a temp
 * data folder, the built renderer on a loopback server, and Chromium.
 * Nothing here reaches beyond 127.0.0.1.
 */
export async function startWindowFixture(executablePath: string, options: AppHostOptions & { readonly language?: 'en' | 'ko' } = {}): Promise<WindowFixture> {
  const closers: (() => Promise<void> | void)[] = [];
  try {
    const edge: LoopbackEdge = await startLoopbackEdge();
    closers.push(() => edge.close());
    const chat = await startSwitchableService(200);
    closers.push(() => chat.close());
    const pages: StatusPageServer = await startStatusPageServer({ '/chat/api/v2/summary.json': page('bitbucket-all-operational-open-notice.json') });
    closers.push(() => pages.close());
    // Resolvers for the DNS switch test: both answer localhost, which the second service is named by.
    const udp = await startDnsTestServer();
    closers.push(() => udp.close());
    const doh = await startDohTestServer();
    closers.push(() => doh.close());
    for (const zone of [udp.zone, doh.zone]) zone.set('localhost', { a: ['127.0.0.1'] });
    const dataDir = mkdtempSync(join(tmpdir(), 'status-doctor-window-'));
    closers.push(() => rmSync(dataDir, { recursive: true, force: true }));

    const settings = parseAppSettings({
      language: options.language ?? 'en',
      // Every built-in service is off: only loopback servers are ever probed.
      disabledServiceIds: BUILTIN_SERVICES.map((service) => service.id),
      customServices: [
        { id: 'chat', name: 'Loopback Chat', probes: [{ url: chat.url }], statusPage: { provider: 'statuspage', url: `${pages.url}/chat` } },
        { id: 'assistant', name: 'Loopback Assistant', probes: [{ url: `${edge.httpsUrl.replace('127.0.0.1', 'localhost')}/ok` }] },
      ],
      network: { ...loopbackNetworkFor(edge), publicResolvers: [udp.server], dohResolvers: [doh.url] },
      tls: { extraCaFile: edge.caFile },
      deadlineMs: 3000,
      monitor: {
        probe: { intervalMs: 5000, confirmationOffsetsMs: [500, 1000], failuresToConfirm: 2, successesToRecover: 1, timeoutMs: 2000 },
        statusPage: { intervalMs: 30_000 },
      },
    });
    const engine = createDesktopEngine({ settings, dataDir, systemLocale: 'en-US', appVersion: '0.1.0', os: 'linux', machine: MACHINE, schedulerOverrides: { startStaggerMs: 200 } });
    await engine.start();
    closers.push(() => engine.stop());
    const { dispatch, record } = createAppHost(engine, options);

    const server: RendererServer = await startRendererServer();
    closers.push(() => server.close());
    const browser: Browser = await launchChromium(executablePath);
    closers.push(() => browser.close());

    const waitForSnapshot = (test: (snapshot: AppSnapshot) => boolean, timeoutMs = 15_000) =>
      new Promise<AppSnapshot>((resolve, reject) => {
        const done = (snapshot: AppSnapshot) => {
          clearTimeout(timer);
          off();
          resolve(snapshot);
        };
        const timer = setTimeout(() => {
          off();
          const last = engine.snapshot();
          reject(new Error(`no matching snapshot within ${timeoutMs} ms; last: ${last.verdict.kind} ${JSON.stringify(last.services.map((s) => [s.id, s.state]))}`));
        }, timeoutMs);
        const off = engine.onSnapshot((snapshot) => test(snapshot) && done(snapshot));
        const current = engine.snapshot();
        if (test(current)) done(current);
      });

    return {
      engine,
      record,
      chat,
      setOfficialIncident: (on) => pages.setRoute('/chat/api/v2/summary.json', page(on ? 'claude-elevated-errors.json' : 'bitbucket-all-operational-open-notice.json')),
      waitForSnapshot,
      async openWindow({ colorScheme = 'light', width = 900, height = 900 } = {}) {
        const context = await browser.newContext({ colorScheme, viewport: { width, height }, reducedMotion: 'reduce', locale: 'en-US' });
        const opened = await context.newPage();
        const problems: string[] = [];
        opened.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        opened.on('console', (message) => {
          if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
        });
        const bridge = await bridgePage(opened, engine, dispatch);
        await opened.goto(server.url);
        return {
          page: opened,
          context,
          bridge,
          problems,
          close: async () => {
            bridge.detach();
            await context.close();
          },
        };
      },
      async close() {
        for (const closer of closers.reverse()) await closer();
      },
    };
  } catch (error) {
    for (const closer of closers.reverse()) await Promise.resolve(closer()).catch(() => undefined);
    throw error;
  }
}
