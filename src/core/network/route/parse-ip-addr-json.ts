import { jsonArrayRecords } from '../system/command-json.ts';
/** One interface from `ip -j [-d] addr show`. */
export interface IpInterface {
  readonly name: string;
  readonly loopback: boolean;
  /** Administratively up (`UP`) and with carrier (`LOWER_UP`). */
  readonly up: boolean;
  /** Has an address of global scope (IPv4 or IPv6); link-local ones do not reach a router's far side. */
  readonly hasGlobalAddress: boolean;
  /** Link kind from `-d` (`tun`, `wireguard`, `veth`…), when ip printed it. */
  readonly kind?: string;
  /** Link type (`ether`, `none` for a layer-3 tun device, `ppp`, `loopback`…). */
  readonly linkType?: string;
}

type Json = Record<string, unknown>;

/**
 * Parses the JSON of `ip -j addr show` (or `ip -j -d addr show`, which adds
 * each link's kind).
 *
 * @returns undefined when the text is not ip's JSON
 */
export function parseIpAddrJson(text: string): IpInterface[] | undefined {
  const records = jsonArrayRecords(text);
  if (records === undefined) return undefined;
  const interfaces: IpInterface[] = [];
  for (const entry of records as Json[]) {
    const name = entry['ifname'];
    if (typeof name !== 'string' || name === '') continue;
    const flags = Array.isArray(entry['flags']) ? entry['flags'].filter((flag): flag is string => typeof flag === 'string') : [];
    const addresses = Array.isArray(entry['addr_info']) ? entry['addr_info'] : [];
    const hasGlobalAddress = addresses.some(
      (address) => typeof address === 'object' && address !== null && (address as Json)['scope'] === 'global' && typeof (address as Json)['local'] === 'string',
    );
    const linkinfo = entry['linkinfo'];
    const kind = typeof linkinfo === 'object' && linkinfo !== null ? (linkinfo as Json)['info_kind'] : undefined;
    interfaces.push({
      name,
      loopback: flags.includes('LOOPBACK') || entry['link_type'] === 'loopback',
      up: flags.includes('UP') && flags.includes('LOWER_UP'),
      hasGlobalAddress,
      ...(typeof kind === 'string' ? { kind } : {}),
      ...(typeof entry['link_type'] === 'string' ? { linkType: entry['link_type'] } : {}),
    });
  }
  return interfaces;
}
