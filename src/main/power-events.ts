import { net, powerMonitor } from 'electron';
import type { DesktopEngine } from '../core/desktop/desktop-engine.ts';

/** How often the OS's online state is read (Electron has no event for it in main). */
export const ONLINE_POLL_MS = 15_000;

/**
 * Carries the OS's power and network events to the engine: sleep pauses the
 * monitor and waking resumes it (the engine re-checks after a short
 * settle); going offline or back online is read from `net.isOnline()` every
 * {@link ONLINE_POLL_MS} and passed on when it changes. Returns the function
 * that stops it.
 */
export function watchPowerAndNetwork(
  engine: Pick<DesktopEngine, 'suspend' | 'resume' | 'setOnline'>,
  options: { readonly pollMs?: number; readonly isOnline?: () => boolean } = {},
): () => void {
  const isOnline = options.isOnline ?? (() => net.isOnline());
  const suspend = () => engine.suspend();
  const resume = () => engine.resume();
  powerMonitor.on('suspend', suspend);
  powerMonitor.on('resume', resume);
  let online = isOnline();
  const timer = setInterval(() => {
    const now = isOnline();
    if (now === online) return;
    online = now;
    engine.setOnline(now);
  }, options.pollMs ?? ONLINE_POLL_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    powerMonitor.off('suspend', suspend);
    powerMonitor.off('resume', resume);
  };
}
