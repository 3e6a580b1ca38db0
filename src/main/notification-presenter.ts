import { Notification } from 'electron';
import type { NavigateTarget } from '../shared/app-snapshot.ts';
import type { PresentedNotification } from '../core/desktop/notification-presentation.ts';
import type { AppLog } from './app-log.ts';

/** Shows alerts as desktop notifications. */
export interface NotificationPresenter {
  show(notification: PresentedNotification): void;
}

/** Notifications kept alive at most; older ones are let go (their click then does nothing, the OS keeps showing them). */
const MAX_LIVE = 20;

/**
 * Shows each alert with Electron's `Notification`; a click opens the
 * window at the alert's target. When the OS cannot show notifications
 * (`isSupported()` is false, or the 'failed' event — unsigned macOS builds
 * are refused by Notification Center), `onUndelivered` gets the alert so
 * the tray can show it instead.
 *
 * Each notification is referenced until it is clicked or closed: Electron
 * holds them weakly, and a collected one silently drops its click handler
 * (https://github.com/electron/electron/issues/16922).
 */
export function createNotificationPresenter(options: {
  readonly onClick: (target: NavigateTarget) => void;
  readonly onUndelivered: (notification: PresentedNotification) => void;
  readonly log: AppLog;
  readonly iconPath?: string;
}): NotificationPresenter {
  const live = new Set<Notification>();
  return {
    show: (presented) => {
      if (!Notification.isSupported()) {
        options.onUndelivered(presented);
        return;
      }
      const notification = new Notification({ title: presented.title, body: presented.body, ...(options.iconPath ? { icon: options.iconPath } : {}) });
      const release = () => live.delete(notification);
      notification.on('click', () => {
        release();
        options.onClick(presented.clickTarget);
      });
      notification.on('close', release);
      notification.on('failed', (_event, error) => {
        release();
        options.log.warn('notification could not be shown', { error });
        options.onUndelivered(presented);
      });
      live.add(notification);
      if (live.size > MAX_LIVE) live.delete(live.values().next().value!);
      try {
        notification.show();
      } catch (error) {
        release();
        options.log.warn('notification could not be shown', { error: error instanceof Error ? error.message : String(error) });
        options.onUndelivered(presented);
      }
    },
  };
}
