import { ipVersion } from '../ip-address.ts';

/** A resolver's address and port, from `ip`, `ip:port` or `[ipv6]:port`. */
export interface ResolverAddress {
  readonly ip: string;
  readonly port: number;
  /** The form `Resolver.setServers` takes: `ip`, `ip:port` or `[ipv6]:port`. */
  readonly server: string;
}

const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/;
const BRACKETED = /^\[([^\]]+)\](?::(\d{1,5}))?$/;

/**
 * Parses a resolver string: `1.1.1.1`, `2606:4700::1111`, `127.0.0.1:5353`
 * or `[::1]:5353` (a port lets tests and the lab use their own servers).
 * Returns undefined for anything else.
 */
export function parseResolverAddress(text: string): ResolverAddress | undefined {
  const trimmed = text.trim();
  if (ipVersion(trimmed) !== 0) return { ip: trimmed, port: 53, server: trimmed };
  const v4 = IPV4_WITH_PORT.exec(trimmed);
  const v6 = v4 ? undefined : BRACKETED.exec(trimmed);
  const ip = v4?.[1] ?? v6?.[1];
  const portText = v4?.[2] ?? v6?.[2];
  if (ip === undefined || ipVersion(ip) === 0) return undefined;
  const port = portText === undefined ? 53 : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) return undefined;
  const server = ipVersion(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
  return { ip, port, server };
}
