import { signal } from '@preact/signals';
import type { AppSnapshot } from '../../shared/app-snapshot.ts';
import { statusDoctor } from '../bridge.ts';
import { language } from '../i18n/dictionary.ts';
import { navigate } from './route.ts';
import { noteSnapshot } from './user-report.ts';

/** The latest snapshot from main; null until the first one. */
export const snapshot = signal<AppSnapshot | null>(null);

/** The clock the window's "3 min ago" texts are relative to. */
export const now = signal(Date.now());

/** A failure talking to main, in words. */
export const bridgeError = signal<string | null>(null);

function accept(next: AppSnapshot): void {
  const current = snapshot.value;
  // getSnapshot's answer may arrive after a newer pushed one.
  if (current && current.at > next.at) return;
  snapshot.value = next;
  language.value = next.language;
  now.value = Date.now();
  noteSnapshot(next);
}

/**
 * Connects the window to main: the first snapshot, every pushed one
 * (`onSnapshot`, never polling) and main's navigation requests. The only
 * timer refreshes the relative times on screen; it asks main for nothing.
 */
export function connectToApp(): () => void {
  const api = statusDoctor();
  const offSnapshot = api.onSnapshot(accept);
  const offNavigate = api.onNavigate((target) => navigate(target));
  api.getSnapshot().then(accept, (error: unknown) => {
    bridgeError.value = error instanceof Error ? error.message : String(error);
  });
  const clock = setInterval(() => {
    now.value = Date.now();
  }, 30_000);
  return () => {
    offSnapshot();
    offNavigate();
    clearInterval(clock);
  };
}
