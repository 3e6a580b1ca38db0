import { vi } from 'vitest';
import { DEFAULT_APP_SETTINGS, type AppSettings } from '../../src/core/desktop/app-settings.ts';
import type { DesktopEngine } from '../../src/core/desktop/desktop-engine.ts';
import { snapshotOf, serviceView } from '../core/desktop/snapshot-fixture.ts';

/** A DesktopEngine double: records calls, holds settings, answers with fixture data. */
export function fakeEngine(settings: AppSettings = DEFAULT_APP_SETTINGS) {
  let current = settings;
  const engine = {
    start: vi.fn(async () => {}),
    stop: vi.fn(async () => {}),
    snapshot: vi.fn(() => snapshotOf([serviceView('chatgpt', 'ChatGPT', 'operational')])),
    onSnapshot: vi.fn(() => () => {}),
    onNotification: vi.fn(() => () => {}),
    checkNow: vi.fn(async () => {}),
    reportSeeingErrors: vi.fn(async () => snapshotOf([]).verdict),
    getHistory: vi.fn((request: { serviceId: string; days: 30 | 90 }) => ({ serviceId: request.serviceId, days: request.days, uptime: [], latency: [], outages: [] })),
    getSupportReport: vi.fn(async () => ({ markdown: '# Report\n', text: 'Report\n', serviceIds: ['chatgpt'] })),
    statusPageUrl: vi.fn((id: string) => (id === 'chatgpt' ? 'https://status.openai.com' : undefined)),
    settings: vi.fn(() => current),
    applySettings: vi.fn(async (next: AppSettings) => {
      current = next;
    }),
    muteService: vi.fn(),
    notifyWhenBack: vi.fn(),
    setStepTicked: vi.fn(),
    setPaused: vi.fn(),
    suspend: vi.fn(),
    resume: vi.fn(),
    setOnline: vi.fn(),
    historyWarnings: [],
  } satisfies DesktopEngine;
  return engine;
}
