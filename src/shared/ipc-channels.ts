/**
 * Every IPC channel of the app, by the name of the `window.statusDoctor`
 * function that uses it. The main process registers exactly these and the
 * preload exposes exactly these: a channel missing here does not exist.
 */
export const INVOKE_CHANNELS = {
  getSnapshot: 'status-doctor:get-snapshot',
  checkNow: 'status-doctor:check-now',
  reportSeeingErrors: 'status-doctor:report-seeing-errors',
  getHistory: 'status-doctor:get-history',
  getSettings: 'status-doctor:get-settings',
  updateSettings: 'status-doctor:update-settings',
  importSettings: 'status-doctor:import-settings',
  exportSettings: 'status-doctor:export-settings',
  getSupportReport: 'status-doctor:get-support-report',
  saveSupportReport: 'status-doctor:save-support-report',
  copyText: 'status-doctor:copy-text',
  openStatusPage: 'status-doctor:open-status-page',
  muteService: 'status-doctor:mute-service',
  notifyWhenBack: 'status-doctor:notify-when-back',
  setStepTicked: 'status-doctor:set-step-ticked',
  setPaused: 'status-doctor:set-paused',
  setApiKey: 'status-doctor:set-api-key',
  saveLogs: 'status-doctor:save-logs',
} as const;

/** A request/response function of the API. */
export type InvokeName = keyof typeof INVOKE_CHANNELS;

/** Channels main sends on; the renderer only listens. */
export const EVENT_CHANNELS = {
  /** A new {@link AppSnapshot} (sent on every change, never polled). */
  snapshot: 'status-doctor:snapshot',
  /** Main asks the window to show something (a notification was clicked). */
  navigate: 'status-doctor:navigate',
} as const;

/** An event the renderer can listen to. */
export type EventName = keyof typeof EVENT_CHANNELS;
