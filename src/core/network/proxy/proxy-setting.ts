/** One proxy found in the user's environment or system settings. */
export interface ProxySetting {
  /** Where it was found, as a person reads it: `HTTPS_PROXY`, `system settings`… */
  readonly source: string;
  /** `http`: an HTTP(S) proxy at `url`; `socks`: a SOCKS proxy; `pac`: a proxy auto-config script at `url`. */
  readonly kind: 'http' | 'socks' | 'pac';
  /** The proxy (`http://host:port`) or PAC script URL; may carry credentials, never shown. */
  readonly url?: string;
  /** Which requests it is for. */
  readonly scheme: 'http' | 'https' | 'all';
}

/** The source name of every system-wide setting (macOS, Windows, GNOME). */
export const SYSTEM_SETTINGS_SOURCE = 'system settings';
/** The source name of an automatic proxy configuration script. */
export const PAC_SOURCE = 'automatic proxy configuration (PAC)';

/**
 * A proxy address as written in an environment variable or a setting
 * (`proxy:8080`, `http://user:pw@proxy:8080/`, `socks5://…`, `[::1]:3128`)
 * made into a URL; a missing scheme means HTTP.
 *
 * @returns undefined for text that is not a usable host and port
 */
export function proxyUrlOf(value: string): URL | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    return url.hostname === '' ? undefined : url;
  } catch {
    return undefined;
  }
}

/** The kind of proxy a URL's scheme names. */
export function proxyKindOf(url: URL): 'http' | 'socks' | undefined {
  if (url.protocol === 'http:' || url.protocol === 'https:') return 'http';
  if (url.protocol.startsWith('socks')) return 'socks';
  return undefined;
}

/** `host:port` of a proxy URL, without user name or password, for messages. */
export function describeProxy(url: string): string {
  const parsed = proxyUrlOf(url);
  if (parsed === undefined) return 'the proxy';
  return parsed.port === '' ? parsed.hostname : `${parsed.hostname}:${parsed.port}`;
}
