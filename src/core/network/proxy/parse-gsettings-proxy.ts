import { PAC_SOURCE, proxyUrlOf, SYSTEM_SETTINGS_SOURCE, type ProxySetting } from './proxy-setting.ts';

/** The schema keys read from GNOME's proxy settings, in this order. */
export const GSETTINGS_PROXY_KEYS = [
  ['org.gnome.system.proxy', 'mode'],
  ['org.gnome.system.proxy', 'autoconfig-url'],
  ['org.gnome.system.proxy.https', 'host'],
  ['org.gnome.system.proxy.https', 'port'],
  ['org.gnome.system.proxy.http', 'host'],
  ['org.gnome.system.proxy.http', 'port'],
  ['org.gnome.system.proxy.socks', 'host'],
  ['org.gnome.system.proxy.socks', 'port'],
] as const;

/** The raw outputs of `gsettings get SCHEMA KEY` for {@link GSETTINGS_PROXY_KEYS}; undefined where it failed. */
export interface GsettingsProxyValues {
  readonly mode?: string;
  readonly autoconfigUrl?: string;
  readonly httpsHost?: string;
  readonly httpsPort?: string;
  readonly httpHost?: string;
  readonly httpPort?: string;
  readonly socksHost?: string;
  readonly socksPort?: string;
}

/**
 * A GVariant text value as gsettings prints it: `'manual'` → `manual`,
 * `8080` or `uint32 8080` → `8080`, `''` → undefined.
 */
export function gvariantText(output: string | undefined): string | undefined {
  if (output === undefined) return undefined;
  const trimmed = output.trim().replace(/^u?int\d+\s+/, '');
  const quoted = /^'(.*)'$/s.exec(trimmed) ?? /^"(.*)"$/s.exec(trimmed);
  const value = quoted?.[1] !== undefined ? quoted[1].replace(/\\(.)/g, '$1') : trimmed;
  return value === '' ? undefined : value;
}

/**
 * GNOME's proxy settings as proxies: mode `manual` gives the HTTPS, HTTP
 * and SOCKS hosts that are set (port 0 means unset), mode `auto` the PAC
 * URL (or WPAD when it is empty), mode `none` nothing.
 */
export function gnomeProxies(values: GsettingsProxyValues): ProxySetting[] {
  const mode = gvariantText(values.mode);
  if (mode === 'auto') {
    const pac = gvariantText(values.autoconfigUrl);
    return [{ source: PAC_SOURCE, kind: 'pac', scheme: 'all', ...(pac !== undefined ? { url: pac } : {}) }];
  }
  if (mode !== 'manual') return [];
  const found: ProxySetting[] = [];
  const manual = [
    [values.httpsHost, values.httpsPort, 'https', 'http'],
    [values.httpHost, values.httpPort, 'http', 'http'],
    [values.socksHost, values.socksPort, 'all', 'socks'],
  ] as const;
  for (const [hostOutput, portOutput, scheme, kind] of manual) {
    const host = gvariantText(hostOutput);
    const port = gvariantText(portOutput);
    if (host === undefined) continue;
    const url = proxyUrlOf(`${kind === 'socks' ? 'socks5' : 'http'}://${host.includes(':') ? `[${host}]` : host}${port !== undefined && port !== '0' ? `:${port}` : ''}`);
    found.push({ source: SYSTEM_SETTINGS_SOURCE, kind, scheme, ...(url !== undefined ? { url: url.href } : {}) });
  }
  return found;
}
