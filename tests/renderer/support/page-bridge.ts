import type { Page } from 'playwright-core';
import type { DesktopEngine } from '../../../src/core/desktop/desktop-engine.ts';
import type { AppSnapshot, NavigateTarget } from '../../../src/shared/app-snapshot.ts';
import { INVOKE_CHANNELS, type InvokeName } from '../../../src/shared/ipc-channels.ts';
import type { IpcDispatch } from '../../../src/main/ipc-dispatch.ts';

const INVOKE_NAMES = Object.keys(INVOKE_CHANNELS) as InvokeName[];

/**
 * Runs in the page before its own scripts, as the preload does: builds a
 * frozen `window.statusDoctor` of named functions over the exposed
 * bindings, with listener sets that the test process feeds through
 * `__statusDoctorDeliver`.
 */
function installBridge(names: readonly string[]): void {
  const page = globalThis as unknown as Record<string, unknown>;
  const listeners: Record<string, Set<(payload: unknown) => void>> = { snapshot: new Set(), navigate: new Set() };
  const listen = (channel: string) => (listener: (payload: unknown) => void) => {
    listeners[channel]!.add(listener);
    return () => void listeners[channel]!.delete(listener);
  };
  const api: Record<string, unknown> = { onSnapshot: listen('snapshot'), onNavigate: listen('navigate') };
  for (const name of names) api[name] = (request?: unknown) => (page[`__statusDoctor_${name}`] as (request: unknown) => Promise<unknown>)(request);
  Object.defineProperty(page, 'statusDoctor', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(page, '__statusDoctorDeliver', {
    value: (channel: string, payload: unknown) => {
      for (const listener of listeners[channel] ?? []) listener(payload);
    },
  });
}

/** A page bridged to the engine. */
export interface PageBridge {
  /** What main's `navigate` event would do (a notification was clicked). */
  navigate(target: NavigateTarget): Promise<void>;
  /** Every request the window made, by function name, in order, as it left the page. */
  readonly calls: readonly { readonly name: InvokeName; readonly request: unknown }[];
  /** Stops pushing snapshots to the page. */
  detach(): void;
}

/**
 * Connects a page to the app like preload + main do: one exposed binding
 * per API function, each message handed to main's own IPC gate (channel,
 * sender frame, payload schema) and handlers, and each engine snapshot
 * pushed into the page as an `onSnapshot` event. Call before the page loads.
 */
export async function bridgePage(page: Page, engine: DesktopEngine, dispatch: IpcDispatch): Promise<PageBridge> {
  const calls: { name: InvokeName; request: unknown }[] = [];
  for (const name of INVOKE_NAMES) {
    await page.exposeBinding(`__statusDoctor_${name}`, async (source, request: unknown) => {
      calls.push({ name, request });
      const sender = { frameUrl: source.frame.url(), webContentsId: 1, isMainFrame: source.frame === source.page.mainFrame() };
      return dispatch(INVOKE_CHANNELS[name], sender, request);
    });
  }
  await page.addInitScript(installBridge, INVOKE_NAMES);
  const deliver = (channel: 'snapshot' | 'navigate', payload: AppSnapshot | NavigateTarget) =>
    page
      .evaluate(([name, value]) => (globalThis as unknown as { __statusDoctorDeliver?: (c: string, p: unknown) => void }).__statusDoctorDeliver?.(name, value), [channel, payload] as const)
      .catch(() => undefined); // the page may be reloading or closed; the next snapshot or getSnapshot catches it up
  const off = engine.onSnapshot((snapshot) => void deliver('snapshot', snapshot));
  return {
    navigate: async (target) => void (await deliver('navigate', target)),
    calls,
    detach: off,
  };
}
