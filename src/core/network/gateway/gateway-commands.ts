import { ipFamily } from '../system/ip-literal.ts';

/** A program and its fixed arguments. */
export type FixedCommand = readonly [file: string, args: readonly string[]];

/**
 * The system ping for one echo request with a one-second wait. `-n` keeps
 * iputils and BSD ping from looking up the replying address's name, which
 * would send a DNS query.
 */
export function pingCommand(platform: NodeJS.Platform, address: string): FixedCommand | undefined {
  const v6 = ipFamily(address) === 6;
  switch (platform) {
    case 'linux':
    case 'android':
      return ['ping', [...(v6 ? ['-6'] : []), '-n', '-c', '1', '-W', '1', address]];
    case 'darwin':
      // macOS ping6 has no -t; the runner's timeout bounds it.
      return v6 ? ['ping6', ['-n', '-c', '1', address]] : ['ping', ['-n', '-c', '1', '-t', '1', address]];
    case 'win32':
      return ['ping', [...(v6 ? ['-6'] : []), '-n', '1', '-w', '1000', address]];
    default:
      return undefined;
  }
}

/** The command that prints the neighbour table holding `address`'s family, if this platform has one we read. */
export function neighbourCommand(platform: NodeJS.Platform, address: string): FixedCommand | undefined {
  const v6 = ipFamily(address) === 6;
  switch (platform) {
    case 'linux':
    case 'android':
      return ['ip', ['-j', 'neigh', 'show']];
    case 'darwin':
      return v6 ? undefined : ['arp', ['-an']];
    case 'win32':
      return v6 ? undefined : ['arp', ['-a']];
    default:
      return undefined;
  }
}
