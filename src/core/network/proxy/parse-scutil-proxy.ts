import { PAC_SOURCE, proxyUrlOf, SYSTEM_SETTINGS_SOURCE, type ProxySetting } from './proxy-setting.ts';

/**
 * The top-level `key : value` pairs of `scutil --proxy`. Nested
 * dictionaries and arrays (ExceptionsList, the per-interface __SCOPED__
 * copies) are skipped.
 */
function topLevel(text: string): Map<string, string> {
  const values = new Map<string, string>();
  let depth = 0;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('}')) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    const match = /^([A-Za-z0-9_]+)\s*:\s*(.*?)\s*$/.exec(trimmed);
    if (trimmed.endsWith('{')) {
      depth += 1;
      continue;
    }
    if (depth === 1 && match?.[1] !== undefined && match[2] !== undefined) values.set(match[1], match[2]);
  }
  return values;
}

/**
 * Parses macOS `scutil --proxy`: the HTTP, HTTPS and SOCKS proxies that
 * are enabled, and an enabled auto-config (PAC) URL.
 */
export function parseScutilProxy(text: string): ProxySetting[] {
  const values = topLevel(text);
  const found: ProxySetting[] = [];
  const manual = [
    ['HTTPS', 'https', 'http'],
    ['HTTP', 'http', 'http'],
    ['SOCKS', 'all', 'socks'],
  ] as const;
  for (const [prefix, scheme, kind] of manual) {
    if (values.get(`${prefix}Enable`) !== '1') continue;
    const host = values.get(`${prefix}Proxy`);
    const port = values.get(`${prefix}Port`);
    const url = host === undefined ? undefined : proxyUrlOf(`${kind === 'socks' ? 'socks5' : 'http'}://${host.includes(':') ? `[${host}]` : host}${port !== undefined ? `:${port}` : ''}`);
    found.push({ source: SYSTEM_SETTINGS_SOURCE, kind, scheme, ...(url !== undefined ? { url: url.href } : {}) });
  }
  const pac = values.get('ProxyAutoConfigURLString');
  if (values.get('ProxyAutoConfigEnable') === '1') found.push({ source: PAC_SOURCE, kind: 'pac', scheme: 'all', ...(pac !== undefined ? { url: pac } : {}) });
  else if (values.get('ProxyAutoDiscoveryEnable') === '1') found.push({ source: PAC_SOURCE, kind: 'pac', scheme: 'all' });
  return found;
}
