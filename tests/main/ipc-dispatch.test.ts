import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, type InvokeName } from '../../src/shared/ipc-channels.ts';
import { createIpcDispatch, IpcRefusedError } from '../../src/main/ipc-dispatch.ts';
import type { IpcHandlers } from '../../src/main/ipc-handlers.ts';
import { APP_ORIGIN, isTrustedSender, type IpcSender } from '../../src/main/trusted-sender.ts';
import { memoryLog } from './memory-log.ts';

const WINDOW_ID = 7;
const ours: IpcSender = { frameUrl: `${APP_ORIGIN}/index.html`, webContentsId: WINDOW_ID, isMainFrame: true };

function setup() {
  const handlers = Object.fromEntries(Object.keys(INVOKE_CHANNELS).map((name) => [name, vi.fn(async () => 'done')])) as unknown as IpcHandlers &
    Record<InvokeName, ReturnType<typeof vi.fn>>;
  const log = memoryLog();
  const dispatch = createIpcDispatch({ handlers, isTrusted: (sender) => isTrustedSender(sender, WINDOW_ID), log });
  return { handlers, log, dispatch };
}

describe('the IPC gate', () => {
  it('passes a valid request from our window to its handler, parsed', async () => {
    const { handlers, dispatch } = setup();
    await expect(dispatch(INVOKE_CHANNELS.muteService, ours, { serviceId: 'chatgpt', duration: '4h' })).resolves.toBe('done');
    expect(handlers.muteService).toHaveBeenCalledWith({ serviceId: 'chatgpt', duration: '4h' });
    await dispatch(INVOKE_CHANNELS.getSnapshot, ours, undefined);
    expect(handlers.getSnapshot).toHaveBeenCalledOnce();
  });

  it.each([
    ['another site', { ...ours, frameUrl: 'https://evil.example/' }],
    ['a file: page', { ...ours, frameUrl: 'file:///tmp/index.html' }],
    ['a look-alike host', { ...ours, frameUrl: 'app://status-doctor.evil.example/index.html' }],
    ['another webContents', { ...ours, webContentsId: WINDOW_ID + 1 }],
    ['a frame inside the page', { ...ours, isMainFrame: false }],
    ['a sender without a frame', { ...ours, frameUrl: undefined }],
  ])('refuses a request from %s, and logs it', async (_what, sender) => {
    const { handlers, dispatch, log } = setup();
    await expect(dispatch(INVOKE_CHANNELS.openStatusPage, sender, { serviceId: 'chatgpt' })).rejects.toThrow(/does not come from the Status Doctor window/);
    expect(handlers.openStatusPage).not.toHaveBeenCalled();
    expect(log.lines.join('\n')).toMatch(/WARN IPC refused: not from the Status Doctor window/);
  });

  it('refuses everything while no window is open', async () => {
    const handlers = { checkNow: vi.fn() } as unknown as IpcHandlers;
    const dispatch = createIpcDispatch({ handlers, isTrusted: (sender) => isTrustedSender(sender, undefined), log: memoryLog() });
    await expect(dispatch(INVOKE_CHANNELS.checkNow, ours, undefined)).rejects.toBeInstanceOf(IpcRefusedError);
  });

  it.each([
    ['a missing field', INVOKE_CHANNELS.openStatusPage, {}],
    ['an id that is not a service id', INVOKE_CHANNELS.openStatusPage, { serviceId: '../../etc/passwd' }],
    ['an extra field', INVOKE_CHANNELS.openStatusPage, { serviceId: 'chatgpt', url: 'https://evil.example/' }],
    ['a payload where none is expected', INVOKE_CHANNELS.checkNow, { now: true }],
    ['a mute length the menu does not offer', INVOKE_CHANNELS.muteService, { serviceId: 'chatgpt', duration: '1y' }],
    ['a history range not offered', INVOKE_CHANNELS.getHistory, { serviceId: 'chatgpt', days: 3650 }],
    ['a pause of a year', INVOKE_CHANNELS.setPaused, { minutes: 525_600 }],
    ['settings that are not an object', INVOKE_CHANNELS.updateSettings, 'language=ko'],
  ])('refuses %s with an error naming the request', async (_what, channel, payload) => {
    const { handlers, dispatch, log } = setup();
    await expect(dispatch(channel, ours, payload)).rejects.toThrow(/invalid request/);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    expect(log.lines.at(-1)).toMatch(/^WARN IPC refused: bad request/);
  });

  it('refuses a channel that is not in the contract', async () => {
    const { dispatch, log } = setup();
    await expect(dispatch('status-doctor:run-shell', ours, 'rm -rf /')).rejects.toThrow(/unknown channel/);
    expect(log.lines).toEqual([expect.stringMatching(/^WARN IPC refused: unknown channel/)]);
  });

  it('never logs the payload of a refused request, which may hold an API key', async () => {
    const { dispatch, log } = setup();
    const key = 'sk-live-0123456789abcdefghijklmnop';
    await expect(dispatch(INVOKE_CHANNELS.setApiKey, ours, { serviceId: 'chatgpt', key, extra: 1 })).rejects.toThrow();
    await expect(dispatch(INVOKE_CHANNELS.setApiKey, { ...ours, webContentsId: 99 }, { serviceId: 'chatgpt', key })).rejects.toThrow();
    expect(log.lines.join('\n')).not.toContain(key);
  });

  it('logs a handler that fails and passes its error on', async () => {
    const { handlers, dispatch, log } = setup();
    handlers.checkNow.mockRejectedValueOnce(new Error('diagnosis crashed'));
    await expect(dispatch(INVOKE_CHANNELS.checkNow, ours, undefined)).rejects.toThrow('diagnosis crashed');
    expect(log.lines.at(-1)).toMatch(/ERROR IPC checkNow failed .*diagnosis crashed/);
  });
});

describe('the trusted sender check', () => {
  it('accepts a development server only when it is listed', () => {
    const dev = { ...ours, frameUrl: 'http://localhost:5173/' };
    expect(isTrustedSender(dev, WINDOW_ID)).toBe(false);
    expect(isTrustedSender(dev, WINDOW_ID, [APP_ORIGIN, 'http://localhost:5173'])).toBe(true);
  });
});
