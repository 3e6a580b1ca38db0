import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_AT, serviceView, snapshotOf } from '../core/desktop/snapshot-fixture.ts';

const electron = vi.hoisted(() => {
  class FakeImage {
    readonly path: string;
    template = false;
    constructor(path: string) {
      this.path = path;
    }
    setTemplateImage(template: boolean) {
      this.template = template;
    }
  }
  class FakeTray {
    static last: FakeTray | undefined;
    image: FakeImage;
    tooltip = '';
    menu: { label?: string; type?: string; enabled?: boolean; click?: () => void }[] = [];
    menusBuilt = 0;
    clickListeners: (() => void)[] = [];
    destroyed = false;
    constructor(image: FakeImage) {
      this.image = image;
      FakeTray.last = this;
    }
    setImage(image: FakeImage) {
      this.image = image;
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setContextMenu(menu: FakeTray['menu']) {
      this.menu = menu;
      this.menusBuilt++;
    }
    on(event: string, listener: () => void) {
      if (event === 'click') this.clickListeners.push(listener);
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { FakeImage, FakeTray };
});
vi.mock('electron', () => ({
  Tray: electron.FakeTray,
  Menu: { buildFromTemplate: (template: unknown) => template },
  nativeImage: { createFromPath: (path: string) => new electron.FakeImage(path) },
}));

const { createTrayManager } = await import('../../src/main/tray-manager.ts');

function setup(platform: NodeJS.Platform) {
  const callbacks = { 'check-now': vi.fn(), pause: vi.fn(), resume: vi.fn(), open: vi.fn(), quit: vi.fn() };
  const manager = createTrayManager({ iconDirectory: '/app/out/main/tray', platform, callbacks, timeZone: 'UTC' });
  return { manager, callbacks, tray: electron.FakeTray.last! };
}

const outage = snapshotOf([serviceView('chatgpt', 'ChatGPT', 'outage'), serviceView('claude', 'Claude', 'operational')]);

describe('the tray', () => {
  it('uses the icon each OS expects: template PNG on macOS, .ico on Windows, PNG on Linux', () => {
    const mac = setup('darwin');
    mac.manager.update(outage);
    expect(mac.tray.image).toMatchObject({ path: '/app/out/main/tray/macos/outageTemplate.png', template: true });
    const windows = setup('win32');
    windows.manager.update(outage);
    expect(windows.tray.image).toMatchObject({ path: '/app/out/main/tray/windows/outage.ico', template: false });
    const linux = setup('linux');
    linux.manager.update(outage);
    expect(linux.tray.image.path).toBe('/app/out/main/tray/linux/outage.png');
  });

  it('starts on "checking" and follows the snapshot with icon, tooltip and a line per service', () => {
    const { manager, tray } = setup('linux');
    expect(tray.image.path).toMatch(/checking\.png$/);
    manager.update(outage);
    expect(tray.tooltip).toBe('Status Doctor — Down: ChatGPT');
    expect(tray.menu.map((item) => item.label ?? item.type)).toEqual([
      'Down: ChatGPT',
      'separator',
      'ChatGPT: down',
      'Claude: up',
      'separator',
      'Check now',
      'Pause for 1 h',
      'separator',
      'Open Status Doctor',
      'Quit Status Doctor',
    ]);
    expect(tray.menu.filter((item) => item.label?.includes(': ')).every((item) => item.enabled === false)).toBe(true);
  });

  it('runs the callback of the item clicked', () => {
    const { manager, tray, callbacks } = setup('linux');
    manager.update(outage);
    tray.menu.find((item) => item.label === 'Check now')!.click!();
    tray.menu.find((item) => item.label === 'Pause for 1 h')!.click!();
    tray.menu.find((item) => item.label === 'Quit Status Doctor')!.click!();
    expect(callbacks['check-now']).toHaveBeenCalledOnce();
    expect(callbacks.pause).toHaveBeenCalledOnce();
    expect(callbacks.quit).toHaveBeenCalledOnce();
    manager.update(snapshotOf(outage.services, { paused: { reason: 'user', until: FIXTURE_AT + 3_600_000 } }));
    tray.menu.find((item) => item.label === 'Resume')!.click!();
    expect(callbacks.resume).toHaveBeenCalledOnce();
  });

  it('rebuilds the menu when what it shows changes, and only then', () => {
    const { manager, tray } = setup('linux');
    manager.update(outage);
    manager.update({ ...outage, at: outage.at + 1000 });
    expect(tray.menusBuilt).toBe(1);
    manager.update(snapshotOf([serviceView('chatgpt', 'ChatGPT', 'operational'), serviceView('claude', 'Claude', 'operational')]));
    expect(tray.menusBuilt).toBe(2);
    expect(tray.menu.map((item) => item.label)).toContain('ChatGPT: up');
  });

  it('shows an alert the OS could not show', () => {
    const { manager, tray } = setup('darwin');
    manager.update(outage, 'ChatGPT is down');
    expect(tray.menu[0]?.label).toBe('Latest alert: ChatGPT is down');
    expect(tray.tooltip).toContain('Latest alert: ChatGPT is down');
  });

  it('opens the window on a click on Windows', () => {
    const { tray, callbacks } = setup('win32');
    for (const listener of tray.clickListeners) listener();
    expect(callbacks.open).toHaveBeenCalledOnce();
    expect(setup('linux').tray.clickListeners).toEqual([]);
  });
});
