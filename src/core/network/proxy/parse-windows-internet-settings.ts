import { PAC_SOURCE, proxyKindOf, proxyUrlOf, SYSTEM_SETTINGS_SOURCE, type ProxySetting } from './proxy-setting.ts';

// "    ProxyServer    REG_SZ    proxy.example:8080": value names and types
// are never translated; columns are separated by four spaces.
const VALUE_LINE = /^\s+(\S(?:.*?\S)?)\s{2,}(REG_[A-Z_]+)\s{2,}(.*?)\s*$/;

/** The values of the key itself (not of its subkeys) in `reg query` output. */
function values(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let inFirstKey = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^HKEY_/i.test(line)) {
      if (inFirstKey) break;
      inFirstKey = true;
      continue;
    }
    const match = VALUE_LINE.exec(line);
    if (match?.[1] !== undefined && match[3] !== undefined) found.set(match[1].toLowerCase(), match[3]);
  }
  return found;
}

function enabled(value: string | undefined): boolean {
  if (value === undefined) return false;
  return Number.parseInt(value, value.toLowerCase().startsWith('0x') ? 16 : 10) === 1;
}

/**
 * Parses `reg query "HKCU\Software\Microsoft\Windows\CurrentVersion\Internet
 * Settings"`: ProxyEnable with ProxyServer (`host:port` for everything, or
 * `http=…;https=…;socks=…`) and AutoConfigURL (a PAC script).
 */
export function parseWindowsInternetSettings(text: string): ProxySetting[] {
  const found: ProxySetting[] = [];
  const settings = values(text);
  const server = settings.get('proxyserver');
  if (enabled(settings.get('proxyenable')) && server !== undefined && server.trim() !== '') {
    const parts = server.split(';').map((part) => part.trim()).filter((part) => part !== '');
    const perScheme = parts.some((part) => part.includes('='));
    for (const part of parts) {
      const [label, address] = perScheme ? part.split('=', 2) : ['all', part];
      const name = (label ?? '').trim().toLowerCase();
      if (address === undefined || !['all', 'http', 'https', 'socks'].includes(name)) continue;
      const url = proxyUrlOf(name === 'socks' && !address.includes('://') ? `socks4://${address}` : address);
      const kind = name === 'socks' ? 'socks' : url === undefined ? 'http' : (proxyKindOf(url) ?? 'http');
      const scheme = name === 'http' ? 'http' : name === 'https' ? 'https' : 'all';
      found.push({ source: SYSTEM_SETTINGS_SOURCE, kind, scheme, ...(url !== undefined ? { url: url.href } : {}) });
    }
  }
  const pac = settings.get('autoconfigurl');
  if (pac !== undefined && pac.trim() !== '') found.push({ source: PAC_SOURCE, kind: 'pac', scheme: 'all', url: pac.trim() });
  return found;
}
