import { describe, expect, it, vi } from 'vitest';
import { memoryLog } from './memory-log.ts';

const electron = vi.hoisted(() => ({
  created: undefined as ((event: unknown, contents: unknown) => void) | undefined,
  requestHandler: undefined as ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined,
  checkHandler: undefined as ((...args: unknown[]) => boolean) | undefined,
}));
vi.mock('electron', () => ({
  app: { on: (event: string, listener: (event: unknown, contents: unknown) => void) => event === 'web-contents-created' && (electron.created = listener) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof electron.requestHandler) => (electron.requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof electron.checkHandler) => (electron.checkHandler = handler),
    },
  },
}));

const { hardenWebContents } = await import('../../src/main/web-security.ts');

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (event: string, listener: (event: { preventDefault: () => void }, url?: string) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    fire(event: string, url?: string) {
      const prevented = { value: false };
      listeners.get(event)?.({ preventDefault: () => (prevented.value = true) }, url);
      return prevented.value;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('web contents hardening', () => {
  const log = memoryLog();
  hardenWebContents(log);
  const contents = fakeContents();
  electron.created!({}, contents);

  it('blocks navigation, redirects away and <webview>', () => {
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(log.lines.join('\n')).toMatch(/navigation blocked .*evil\.example/);
  });

  it('opens no new windows', () => {
    expect(contents.open('https://status.openai.com/')).toEqual({ action: 'deny' });
  });

  it('denies every permission asked for or checked', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      electron.requestHandler!({}, permission, (granted) => answers.push(granted));
      answers.push(electron.checkHandler!({}, permission, 'app://status-doctor', {}));
    }
    expect(answers.every((granted) => granted === false)).toBe(true);
    expect(answers).toHaveLength(10);
  });
});
