import type { HistoryWarning } from '../../history/history-store.ts';

/** The desktop engine's notices, in English. */
export const desktopNoticesEn = {
  history: {
    'history-recreated': 'The history file could not be used, so a new one was started. The old file was kept beside it.',
    'history-in-memory': 'History cannot be saved on this computer right now; it will last until Status Doctor quits.',
    'history-write-failed': 'Part of the history could not be saved.',
    'history-read-failed': 'Part of the history could not be read.',
  } satisfies Record<HistoryWarning['code'], string>,
  statusPageUnreadable: (names: string) => `The status page of ${names} cannot be read right now. Status Doctor keeps checking the service itself.`,
  settingsReset: 'Your settings file was damaged, so Status Doctor started with the default settings. The damaged file was kept beside it.',
};

/** The shape every language's notices have. */
export type DesktopNotices = typeof desktopNoticesEn;
