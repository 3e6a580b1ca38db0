import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppSnapshot } from '../../../src/shared/app-snapshot.ts';
import { BUILTIN_SERVICES } from '../../../src/core/catalog/builtin-catalog.ts';
import { parseAppSettings, type AppSettings } from '../../../src/core/desktop/app-settings.ts';
import { createDesktopEngine } from '../../../src/core/desktop/create-desktop-engine.ts';
import type { DesktopEngine } from '../../../src/core/desktop/desktop-engine.ts';
import type { Notification } from '../../../src/core/monitor/policy/notification.ts';
import { startLoopbackEdge, type LoopbackEdge } from '../../support/loopback-edge.ts';
import { loopbackNetworkFor } from '../../support/run-status-doctor.ts';
import { startSwitchableService, type SwitchableService } from '../../support/switchable-service.ts';

const MACHINE = { os: 'linux' as const, osVersion: 'Test 1', appVersion: '0.1.0', hostName: 'test-host', userName: 'tester', homeDir: '/home/tester' };

let edge: LoopbackEdge;
let service: SwitchableService;
let dataDir: string;
let engine: DesktopEngine | undefined;

beforeAll(async () => {
  edge = await startLoopbackEdge();
  service = await startSwitchableService(200);
});
afterAll(async () => {
  await service.close();
  await edge.close();
});
afterEach(async () => {
  await engine?.stop();
  engine = undefined;
  service.setStatus(200);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function settingsFor(extra: Record<string, unknown> = {}): AppSettings {
  return parseAppSettings({
    // Every built-in service is off: only loopback servers are ever probed.
    disabledServiceIds: BUILTIN_SERVICES.map((s) => s.id),
    customServices: [
      { id: 'chat', name: 'Loopback Chat', probes: [{ url: service.url }] },
      { id: 'other', name: 'Other Chat', probes: [{ url: `${edge.httpsUrl}/ok` }] },
    ],
    network: loopbackNetworkFor(edge),
    tls: { extraCaFile: edge.caFile },
    deadlineMs: 3000,
    monitor: { probe: { intervalMs: 5000, confirmationOffsetsMs: [500, 1000], failuresToConfirm: 2, successesToRecover: 1, timeoutMs: 2000 } },
    ...extra,
  });
}

async function startEngine(settings: AppSettings, systemLocale = 'en-US'): Promise<DesktopEngine> {
  dataDir = mkdtempSync(join(tmpdir(), 'status-doctor-engine-'));
  engine = createDesktopEngine({ settings, dataDir, systemLocale, appVersion: '0.1.0', timeZone: 'Asia/Seoul', os: 'linux', machine: MACHINE, schedulerOverrides: { startStaggerMs: 200 } });
  await engine.start();
  return engine;
}

/** Resolves with the first snapshot (pushed, or current) that satisfies `test`; fails after `timeoutMs`. */
function waitForSnapshot(target: DesktopEngine, test: (snapshot: AppSnapshot) => boolean, timeoutMs = 15_000): Promise<AppSnapshot> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching snapshot within ${timeoutMs} ms; last: ${JSON.stringify(target.snapshot().services.map((s) => [s.id, s.state]))} ${target.snapshot().verdict.kind}`));
    }, timeoutMs);
    const stop = target.onSnapshot((snapshot) => {
      if (!test(snapshot)) return;
      clearTimeout(timer);
      stop();
      resolve(snapshot);
    });
    const now = target.snapshot();
    if (test(now)) {
      clearTimeout(timer);
      stop();
      resolve(now);
    }
  });
}

const stateOf = (snapshot: AppSnapshot, id: string) => snapshot.services.find((s) => s.id === id)?.state;

describe('createDesktopEngine against loopback services', () => {
  it('shows every watched service operational with a latency, an all-clear verdict and the evidence of the first diagnosis', async () => {
    const running = await startEngine(settingsFor());
    const snapshot = await waitForSnapshot(running, (s) => stateOf(s, 'chat') === 'operational' && stateOf(s, 'other') === 'operational' && s.diagnosis !== undefined && !s.checking);
    expect(snapshot.services.map((s) => s.name)).toEqual(['Loopback Chat', 'Other Chat']);
    expect(snapshot.services.every((s) => s.custom && s.recentLatencyMs.some((ms) => typeof ms === 'number'))).toBe(true);
    expect(snapshot.network.state).toBe('ok');
    expect(snapshot.verdict.kind).toBe('all-clear');
    expect(snapshot.verdict.title.length).toBeGreaterThan(0);
    expect(snapshot.diagnosis?.report.services.map((s) => s.id)).toEqual(['chat', 'other']);
    expect(snapshot.language).toBe('en');
  });

  it('turns a service that starts failing into an outage with its verdict, one alert, and a recovery alert when it is back', async () => {
    const running = await startEngine(settingsFor());
    const alerts: Notification[] = [];
    running.onNotification((notification) => alerts.push(notification));
    await waitForSnapshot(running, (s) => stateOf(s, 'chat') === 'operational' && s.network.pathProven);

    service.setStatus(503);
    const down = await waitForSnapshot(running, (s) => stateOf(s, 'chat') === 'outage');
    expect(down.verdict.kind).toBe('service-outage');
    expect(down.verdict.serviceIds).toEqual(['chat']);
    expect(down.verdict.title).toContain('Loopback Chat');
    expect(down.verdict.steps.length).toBeGreaterThan(0);
    expect(down.services.find((s) => s.id === 'chat')?.probes[0]?.status).toBe(503);
    expect(stateOf(down, 'other')).toBe('operational');
    expect(alerts.map((a) => [a.kind, a.serviceId])).toContainEqual(['outage', 'chat']);

    service.setStatus(200);
    await running.checkNow();
    const back = await waitForSnapshot(running, (s) => stateOf(s, 'chat') === 'operational');
    expect(back.verdict.kind).toBe('all-clear');
    await waitForSnapshot(running, () => alerts.some((a) => a.kind === 'recovered'), 5_000);
    expect(alerts.filter((a) => a.kind === 'outage')).toHaveLength(1);

    const history = running.getHistory({ serviceId: 'chat', days: 30 });
    expect(history.uptime).toHaveLength(30);
    expect(history.uptime.at(-1)?.down).toBeGreaterThan(0);
    expect(history.outages).toHaveLength(1);
    expect(history.outages[0]?.end).toBeDefined();
  }, 40_000);

  it('keeps ticked steps while the verdict stays, and drops them when it changes', async () => {
    const running = await startEngine(settingsFor());
    await waitForSnapshot(running, (s) => stateOf(s, 'chat') === 'operational' && s.network.pathProven);
    service.setStatus(503);
    const down = await waitForSnapshot(running, (s) => stateOf(s, 'chat') === 'outage');
    const [first] = down.verdict.steps;
    if (first === undefined) throw new Error('the outage verdict has no steps');
    running.setStepTicked({ verdictKey: down.verdict.key, stepId: first.id, ticked: true });
    const ticked = await waitForSnapshot(running, (s) => s.verdict.steps.find((step) => step.id === first.id)?.ticked === true);
    expect(ticked.verdict.key).toBe(down.verdict.key);
    // A tick sent for a verdict no longer shown is ignored.
    running.setStepTicked({ verdictKey: 'all-clear:', stepId: 'anything', ticked: true });
    expect(running.snapshot().verdict.steps.filter((step) => step.ticked).map((step) => step.id)).toEqual([first.id]);

    const report = await running.getSupportReport({ serviceId: 'chat' });
    expect(report.markdown).toContain(first.title);
    expect(report.text).not.toContain('test-host');

    service.setStatus(200);
    await running.checkNow();
    const back = await waitForSnapshot(running, (s) => s.verdict.kind === 'all-clear');
    expect(back.verdict.steps.some((step) => step.ticked)).toBe(false);
  }, 40_000);

  it('answers "I am seeing errors" with the local-client steps while everything is healthy, in Korean when asked', async () => {
    const running = await startEngine(settingsFor({ language: 'ko' }));
    await waitForSnapshot(running, (s) => stateOf(s, 'chat') === 'operational' && s.network.pathProven);
    const verdict = await running.reportSeeingErrors({ serviceId: 'chat' });
    expect(verdict.kind).toBe('local-client');
    expect(verdict.fromUserReport).toBe(true);
    expect(verdict.title).toMatch(/[가-힣]/);
    expect(running.snapshot().verdict.kind).toBe('local-client');
    expect(running.snapshot().language).toBe('ko');
  }, 30_000);

  it('pauses and resumes on the user’s word and while the computer sleeps', async () => {
    const running = await startEngine(settingsFor());
    running.setPaused(60);
    expect(running.snapshot().paused).toMatchObject({ reason: 'user' });
    expect((running.snapshot().paused?.until ?? 0) - Date.now()).toBeGreaterThan(59 * 60_000);
    running.setPaused(null);
    expect(running.snapshot().paused).toBeNull();
    running.suspend();
    expect(running.snapshot().paused).toEqual({ reason: 'suspend' });
    running.resume();
    expect(running.snapshot().paused).toBeNull();
  });

  it('applies new settings: a service switched off leaves the overview, language follows the setting', async () => {
    const running = await startEngine(settingsFor(), 'ko-KR');
    expect(running.snapshot().language).toBe('ko');
    const current = running.settings();
    await running.applySettings(parseAppSettings({ ...current, language: 'en', customServices: current.customServices.filter((s) => s.id !== 'other') }));
    const after = await waitForSnapshot(running, (s) => s.services.length === 1);
    expect(after.services.map((s) => s.id)).toEqual(['chat']);
    expect(after.language).toBe('en');
    expect(running.statusPageUrl('chat')).toBeUndefined();
  });
});
