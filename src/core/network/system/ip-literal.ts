import { isIP } from 'node:net';

/**
 * The canonical text of an IP address (lower case, IPv6 compressed, IPv4
 * dotted decimal), with any `%zone` dropped; undefined when `text` is not an
 * IP address. Two spellings of one address compare equal after this.
 */
export function canonicalIp(text: string): string | undefined {
  const bare = text.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return bare.split('.').map((part) => String(Number(part))).join('.');
  if (family !== 6) return undefined;
  try {
    return new URL(`http://[${bare}]/`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
}

/** 4 or 6 for an IP address (a `%zone` suffix allowed), 0 otherwise. */
export function ipFamily(text: string): 0 | 4 | 6 {
  const bare = text.trim().replace(/%.*$/, '');
  const family = isIP(bare);
  return family === 4 || family === 6 ? family : 0;
}

/** True for fe80::/10, whose addresses only mean something together with an interface (zone). */
export function isLinkLocalV6(text: string): boolean {
  const canonical = canonicalIp(text);
  return canonical !== undefined && ipFamily(canonical) === 6 && /^fe[89ab][0-9a-f]:/.test(canonical);
}

/** True for "0.0.0.0" and "::": a next hop that means "on-link, no router". */
export function isUnspecifiedIp(text: string): boolean {
  const canonical = canonicalIp(text);
  return canonical === '0.0.0.0' || canonical === '::';
}
