import { shell } from 'electron';

/**
 * Whether a URL may leave the app for the user's browser: http(s) only, and
 * without credentials in it. file:, javascript:, data: and custom schemes
 * (which can start other programs) never are.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '';
}

/**
 * The app's only way to open something outside it (DESIGN.md, Security).
 * Callers pass URLs from the catalog (a service's status page by id), never
 * one the window sent. Resolves false, opening nothing, for any other URL.
 */
export async function safeOpenExternal(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await shell.openExternal(url, { activate: true });
  return true;
}
