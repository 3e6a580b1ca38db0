/** The custom scheme and host the window is served from (`app://status-doctor/`). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'status-doctor';
/** The window's origin, as {@link originOf} writes it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Who sent an IPC message: the frame's URL and its webContents. */
export interface IpcSender {
  readonly frameUrl: string | undefined;
  readonly webContentsId: number;
  /** The message came from the page itself, not from a frame inside it. */
  readonly isMainFrame: boolean;
}

/**
 * `scheme://host[:port]` of a URL, or undefined. (WHATWG `URL.origin` is
 * "null" for custom schemes such as app:, so it cannot be compared.)
 */
export function originOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? undefined : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/**
 * Whether an IPC message comes from our window (pure): the main frame of
 * the webContents main created, showing a page of our own origin. Anything
 * else — another window, an iframe, a page that navigated away — is refused.
 */
export function isTrustedSender(sender: IpcSender, windowWebContentsId: number | undefined, origins: readonly string[] = [APP_ORIGIN]): boolean {
  if (windowWebContentsId === undefined || sender.webContentsId !== windowWebContentsId || !sender.isMainFrame) return false;
  const origin = originOf(sender.frameUrl);
  return origin !== undefined && origins.includes(origin);
}
