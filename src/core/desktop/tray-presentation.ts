import type { AppSnapshot, ServiceView } from '../../shared/app-snapshot.ts';
import { PRODUCT_NAME } from '../../shared/app-info.ts';
import { isLocalNetworkProblem } from '../network/network-report.ts';
import { shellMessages, type ShellMessages } from './shell-messages.ts';

/** The tray's states; each has its own icon shape (assets/tray), so colour is never the only signal. */
export const TRAY_ICON_IDS = ['all-clear', 'degraded', 'outage', 'local-problem', 'checking', 'paused'] as const;

/** One of {@link TRAY_ICON_IDS}. */
export type TrayIconId = (typeof TRAY_ICON_IDS)[number];

/** What a clickable tray menu item does; main maps each to a callback. */
export type TrayAction = 'check-now' | 'pause' | 'resume' | 'open' | 'quit';

/** One line of the tray menu: a line of text (shown disabled), a separator, or an action. */
export type TrayMenuItem =
  | { readonly kind: 'info'; readonly label: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'action'; readonly action: TrayAction; readonly label: string; readonly enabled: boolean };

/** Everything the tray shows, as data; main only carries it out. */
export interface TrayModel {
  readonly iconId: TrayIconId;
  readonly tooltip: string;
  readonly menu: readonly TrayMenuItem[];
}

/**
 * Windows keeps a tray tooltip in `NOTIFYICONDATAW.szTip`, 128 UTF-16 units
 * with the terminating null, and cuts anything longer:
 * https://learn.microsoft.com/windows/win32/api/shellapi/ns-shellapi-notifyicondataw
 */
export const TRAY_TOOLTIP_MAX = 127;

/** What the tray needs besides the snapshot. */
export interface TrayPresentationOptions {
  /** IANA zone for "paused until" (the system's when absent). */
  readonly timeZone?: string;
  /** The title of the latest alert the OS could not show (no notification support, or showing it failed). */
  readonly latestAlert?: string;
}

/**
 * The tray icon for a snapshot (pure). Paused comes first: a paused monitor
 * knows nothing current, so any other icon would claim too much. Then a
 * local network problem, which makes every service unknown; then
 * "checking" until the first data; then the worst service state.
 */
export function trayIconId(snapshot: AppSnapshot): TrayIconId {
  if (snapshot.paused) return 'paused';
  if (isLocalNetworkProblem(snapshot.network.state)) return 'local-problem';
  if (!hasFirstData(snapshot)) return 'checking';
  if (snapshot.services.some((service) => service.state === 'outage')) return 'outage';
  if (snapshot.services.some((service) => service.state === 'degraded' || service.state === 'maintenance')) return 'degraded';
  return 'all-clear';
}

function hasFirstData(snapshot: AppSnapshot): boolean {
  return snapshot.network.checkedAt !== undefined || snapshot.services.some((service) => service.reason !== 'no-data');
}

/** The tray's icon, tooltip and menu for a snapshot, in its language (pure). */
export function presentTray(snapshot: AppSnapshot, options: TrayPresentationOptions = {}): TrayModel {
  const messages = shellMessages(snapshot.language);
  const iconId = trayIconId(snapshot);
  const summary = summaryLine(snapshot, iconId, messages, options.timeZone);
  const alert = options.latestAlert === undefined ? undefined : messages.tray.latestAlert(options.latestAlert);
  const tooltip = truncateUtf16([`${PRODUCT_NAME} — ${summary}`, ...(alert ? [alert] : [])].join('\n'), TRAY_TOOLTIP_MAX);
  const menu: TrayMenuItem[] = [
    ...(alert ? [{ kind: 'info' as const, label: alert }] : []),
    { kind: 'info', label: summary },
    ...(snapshot.services.length > 0 ? [{ kind: 'separator' as const }] : []),
    ...snapshot.services.map((service) => ({ kind: 'info' as const, label: serviceLine(service, snapshot, messages) })),
    { kind: 'separator' },
    { kind: 'action', action: 'check-now', label: snapshot.checking ? messages.tray.checking : messages.tray.checkNow, enabled: !snapshot.checking },
    snapshot.paused
      ? { kind: 'action', action: 'resume', label: messages.tray.resume, enabled: true }
      : { kind: 'action', action: 'pause', label: messages.tray.pause, enabled: true },
    { kind: 'separator' },
    { kind: 'action', action: 'open', label: messages.tray.open, enabled: true },
    { kind: 'action', action: 'quit', label: messages.tray.quit, enabled: true },
  ];
  return { iconId, tooltip, menu };
}

function serviceLine(service: ServiceView, snapshot: AppSnapshot, messages: ShellMessages): string {
  const words = messages.tray;
  const state =
    service.reason === 'local-problem' ? words.blockedByLocal : service.reason === 'no-data' ? words.noData : words.states[service.state];
  const muted = service.mutedUntil !== undefined && service.mutedUntil > snapshot.at;
  return words.serviceLine({ name: service.name, state, muted });
}

function summaryLine(snapshot: AppSnapshot, iconId: TrayIconId, messages: ShellMessages, timeZone: string | undefined): string {
  const words = messages.tray.summary;
  switch (iconId) {
    case 'paused': {
      const until = snapshot.paused?.until;
      return until === undefined ? words.pausedAsleep : words.pausedUntil(clockTime(until, snapshot, timeZone));
    }
    case 'local-problem':
      return messages.localProblem[snapshot.network.state];
    case 'checking':
      return snapshot.services.length === 0 ? words.noServices : words.checking;
    default: {
      if (snapshot.services.length === 0) return words.noServices;
      const names = (state: ServiceView['state']) =>
        snapshot.services.filter((service) => service.state === state && service.reason !== 'no-data').map((service) => service.name);
      const parts = [
        [names('outage'), words.down],
        [names('degraded'), words.degraded],
        [names('maintenance'), words.maintenance],
        [names('unknown'), words.unknown],
      ] as const;
      const said = parts.filter(([list]) => list.length > 0).map(([list, say]) => say(list.join(', ')));
      return said.length > 0 ? said.join(' · ') : words.allClear;
    }
  }
}

// "3:45 PM" / "오후 3:45"; with the day when it is not within the next 20 hours.
function clockTime(at: number, snapshot: AppSnapshot, timeZone: string | undefined): string {
  const far = at - snapshot.at > 20 * 3_600_000;
  return new Intl.DateTimeFormat(snapshot.language === 'ko' ? 'ko-KR' : 'en-US', {
    ...(far ? { month: 'short', day: 'numeric' } : {}),
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

/** `text` cut to `max` UTF-16 units with an ellipsis, never splitting a surrogate pair. */
export function truncateUtf16(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}
