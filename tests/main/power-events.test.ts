import { afterEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<() => void>>();
  return {
    listeners,
    powerMonitor: {
      on: (event: string, listener: () => void) => listeners.set(event, new Set([...(listeners.get(event) ?? []), listener])),
      off: (event: string, listener: () => void) => listeners.get(event)?.delete(listener),
    },
    emit: (event: string) => listeners.get(event)?.forEach((listener) => listener()),
  };
});
vi.mock('electron', () => ({ powerMonitor: electron.powerMonitor, net: { isOnline: () => true } }));

const { ONLINE_POLL_MS, watchPowerAndNetwork } = await import('../../src/main/power-events.ts');

const engine = () => ({ suspend: vi.fn(), resume: vi.fn(), setOnline: vi.fn() });

describe('power and network events', () => {
  afterEach(() => vi.useRealTimers());

  it('pause the monitor on sleep and resume it on wake', () => {
    const target = engine();
    const stop = watchPowerAndNetwork(target);
    electron.emit('suspend');
    electron.emit('resume');
    expect(target.suspend).toHaveBeenCalledOnce();
    expect(target.resume).toHaveBeenCalledOnce();
    stop();
    electron.emit('suspend');
    expect(target.suspend).toHaveBeenCalledOnce();
  });

  it('pass on going offline and back online, once per change', () => {
    vi.useFakeTimers();
    let online = true;
    const target = engine();
    const stop = watchPowerAndNetwork(target, { isOnline: () => online });
    vi.advanceTimersByTime(ONLINE_POLL_MS * 2);
    expect(target.setOnline).not.toHaveBeenCalled();
    online = false;
    vi.advanceTimersByTime(ONLINE_POLL_MS * 3);
    online = true;
    vi.advanceTimersByTime(ONLINE_POLL_MS);
    expect(target.setOnline.mock.calls).toEqual([[false], [true]]);
    stop();
    online = false;
    vi.advanceTimersByTime(ONLINE_POLL_MS * 2);
    expect(target.setOnline).toHaveBeenCalledTimes(2);
  });
});
