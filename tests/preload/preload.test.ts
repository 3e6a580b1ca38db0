import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../src/shared/ipc-channels.ts';
import type { StatusDoctorApi } from '../../src/shared/status-doctor-api.ts';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, request?: unknown) => ({ channel, request })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener)),
    },
  };
});
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: electron.ipcRenderer,
}));

await import('../../src/preload/index.ts');
const api = electron.exposed.get('statusDoctor') as StatusDoctorApi;

describe('window.statusDoctor', () => {
  beforeEach(() => electron.ipcRenderer.invoke.mockClear());

  it('is the only thing exposed, and holds functions only (never ipcRenderer)', () => {
    expect([...electron.exposed.keys()]).toEqual(['statusDoctor']);
    const values = Object.values(api);
    expect(values.every((value) => typeof value === 'function')).toBe(true);
    expect(values).not.toContain(electron.ipcRenderer);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(INVOKE_CHANNELS), 'onNavigate', 'onSnapshot'].sort());
  });

  it.each(Object.entries(INVOKE_CHANNELS))('%s invokes its own channel with the request as given', async (name, channel) => {
    const request = { serviceId: 'chatgpt' };
    const call = (api as unknown as Record<string, (request?: unknown) => Promise<unknown>>)[name]!;
    await call(request);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledOnce();
    expect(electron.ipcRenderer.invoke.mock.calls[0]?.[0]).toBe(channel);
  });

  it('hands snapshots to the page without the IPC event, and stops when unsubscribed', () => {
    const seen: unknown[] = [];
    const unsubscribe = api.onSnapshot((snapshot) => seen.push(snapshot));
    const [forward] = electron.listeners.get(EVENT_CHANNELS.snapshot)!;
    forward!({ sender: 'the IPC event' }, { schema: 1 });
    expect(seen).toEqual([{ schema: 1 }]);
    unsubscribe();
    expect(electron.listeners.get(EVENT_CHANNELS.snapshot)!.size).toBe(0);
  });

  it('hands navigation targets to the page', () => {
    const targets: unknown[] = [];
    const unsubscribe = api.onNavigate((target) => targets.push(target));
    for (const forward of electron.listeners.get(EVENT_CHANNELS.navigate)!) forward({}, { view: 'service', serviceId: 'claude' });
    unsubscribe();
    expect(targets).toEqual([{ view: 'service', serviceId: 'claude' }]);
  });
});
