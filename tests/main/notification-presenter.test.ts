import { describe, expect, it, vi } from 'vitest';
import { memoryLog } from './memory-log.ts';

const electron = vi.hoisted(() => {
  class FakeNotification {
    static supported = true;
    static shown: FakeNotification[] = [];
    static failOnShow: string | undefined;
    readonly options: { title: string; body: string };
    readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    constructor(options: { title: string; body: string }) {
      this.options = options;
    }
    static isSupported() {
      return FakeNotification.supported;
    }
    on(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
    show() {
      FakeNotification.shown.push(this);
      if (FakeNotification.failOnShow) this.emit('failed', {}, FakeNotification.failOnShow);
    }
  }
  return { FakeNotification };
});
vi.mock('electron', () => ({ Notification: electron.FakeNotification }));

const { createNotificationPresenter } = await import('../../src/main/notification-presenter.ts');

const alert = { title: 'ChatGPT is down', body: 'It hasn’t answered for 45 sec.', clickTarget: { view: 'service', serviceId: 'chatgpt' } as const };

function setup() {
  const onClick = vi.fn();
  const onUndelivered = vi.fn();
  const log = memoryLog();
  return { onClick, onUndelivered, log, presenter: createNotificationPresenter({ onClick, onUndelivered, log }) };
}

describe('the notification presenter', () => {
  it('shows the alert, and a click opens the window at its target', () => {
    const { presenter, onClick, onUndelivered } = setup();
    presenter.show(alert);
    const shown = electron.FakeNotification.shown.at(-1)!;
    expect(shown.options).toMatchObject({ title: 'ChatGPT is down', body: 'It hasn’t answered for 45 sec.' });
    shown.emit('click');
    expect(onClick).toHaveBeenCalledWith({ view: 'service', serviceId: 'chatgpt' });
    expect(onUndelivered).not.toHaveBeenCalled();
  });

  it('hands the alert to the tray when the OS has no notifications', () => {
    electron.FakeNotification.supported = false;
    const { presenter, onUndelivered } = setup();
    const before = electron.FakeNotification.shown.length;
    presenter.show(alert);
    electron.FakeNotification.supported = true;
    expect(onUndelivered).toHaveBeenCalledWith(alert);
    expect(electron.FakeNotification.shown.length).toBe(before);
  });

  it('hands the alert to the tray when showing fails (an unsigned macOS build), and logs why', () => {
    electron.FakeNotification.failOnShow = 'Notifications are not allowed for this application';
    const { presenter, onUndelivered, log } = setup();
    presenter.show(alert);
    electron.FakeNotification.failOnShow = undefined;
    expect(onUndelivered).toHaveBeenCalledWith(alert);
    expect(log.lines.join('\n')).toMatch(/notification could not be shown .*not allowed/);
  });
});
