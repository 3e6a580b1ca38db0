import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../src/shared/ipc-channels.ts';

const electron = vi.hoisted(() => ({ handlers: new Map<string, (event: unknown, payload: unknown) => unknown>(), removed: [] as string[] }));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, payload: unknown) => unknown) => electron.handlers.set(channel, handler),
    removeHandler: (channel: string) => electron.removed.push(channel),
  },
}));

const { registerIpc } = await import('../../src/main/ipc-manager.ts');

describe('registering IPC', () => {
  it('registers exactly the contract’s channels, and removes them again', () => {
    const unregister = registerIpc(async () => undefined);
    expect([...electron.handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    unregister();
    expect(electron.removed.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('tells the gate which frame and webContents sent each message', async () => {
    const dispatch = vi.fn(async () => 'ok');
    registerIpc(dispatch);
    const mainFrame = { url: 'app://status-doctor/index.html' };
    const child = { url: 'app://status-doctor/frame.html' };
    const handler = electron.handlers.get(INVOKE_CHANNELS.checkNow)!;
    await handler({ senderFrame: mainFrame, sender: { id: 3, mainFrame } }, undefined);
    await handler({ senderFrame: child, sender: { id: 3, mainFrame } }, { x: 1 });
    expect(dispatch.mock.calls).toEqual([
      [INVOKE_CHANNELS.checkNow, { frameUrl: 'app://status-doctor/index.html', webContentsId: 3, isMainFrame: true }, undefined],
      [INVOKE_CHANNELS.checkNow, { frameUrl: 'app://status-doctor/frame.html', webContentsId: 3, isMainFrame: false }, { x: 1 }],
    ]);
  });
});
