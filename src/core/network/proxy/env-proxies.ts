import { proxyKindOf, proxyUrlOf, type ProxySetting } from './proxy-setting.ts';

const VARIABLES = [
  ['HTTPS_PROXY', 'https'],
  ['HTTP_PROXY', 'http'],
  ['ALL_PROXY', 'all'],
] as const;

/** The value of an environment variable in any letter case (`https_proxy`, `HTTPS_PROXY`), lower case first as curl does. */
function lookup(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const lower = env[name.toLowerCase()];
  if (lower !== undefined && lower.trim() !== '') return lower;
  const exact = env[name];
  if (exact !== undefined && exact.trim() !== '') return exact;
  const other = Object.keys(env).find((key) => key.toUpperCase() === name && (env[key] ?? '').trim() !== '');
  return other === undefined ? undefined : env[other];
}

/**
 * Proxies set by HTTPS_PROXY, HTTP_PROXY and ALL_PROXY, in any letter case.
 * A value that is not a proxy address is still reported (it is configured,
 * and broken), as an HTTP proxy without URL.
 */
export function envProxies(env: Readonly<Record<string, string | undefined>>): ProxySetting[] {
  const found: ProxySetting[] = [];
  for (const [name, scheme] of VARIABLES) {
    const value = lookup(env, name);
    if (value === undefined) continue;
    const url = proxyUrlOf(value);
    const kind = url === undefined ? 'http' : (proxyKindOf(url) ?? 'http');
    found.push({ source: name, kind, scheme, ...(url !== undefined ? { url: url.href } : {}) });
  }
  return found;
}

/**
 * True when NO_PROXY (any case) exempts `host`: `*`, the host itself, or a
 * domain suffix (`example.com`, `.example.com`). Ports and CIDR ranges are
 * not interpreted.
 */
export function noProxyCovers(env: Readonly<Record<string, string | undefined>>, host: string): boolean {
  const value = lookup(env, 'NO_PROXY');
  if (value === undefined) return false;
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  return value
    .split(/[,\s]+/)
    .map((entry) => entry.trim().toLowerCase().replace(/:\d+$/, ''))
    .filter((entry) => entry !== '')
    .some((entry) => entry === '*' || name === entry.replace(/^\*?\./, '') || name.endsWith(entry.startsWith('.') ? entry : `.${entry.replace(/^\*\./, '')}`));
}
