import { DNS_TYPE, type DnsMessage } from './dns-message.ts';

/** CNAME hops followed at most; real chains are two or three long. */
const MAX_CNAME_HOPS = 8;

/**
 * The A or AAAA addresses a response gives for `name`, following its CNAME
 * chain inside the answer section. Records owned by names outside the chain
 * are ignored (an answer cannot slip in addresses for a name nobody asked
 * about), a loop or a chain longer than eight hops ends the walk, and
 * duplicates are dropped.
 */
export function answerAddresses(message: DnsMessage, name: string, type: typeof DNS_TYPE.A | typeof DNS_TYPE.AAAA): string[] {
  const wanted = type === DNS_TYPE.A ? 'a' : 'aaaa';
  const addresses: string[] = [];
  const visited = new Set<string>();
  let current = name.toLowerCase().replace(/\.$/, '');

  for (let hop = 0; hop <= MAX_CNAME_HOPS && !visited.has(current); hop += 1) {
    visited.add(current);
    let alias: string | undefined;
    for (const record of message.answers) {
      if (record.name !== current) continue;
      if (record.data.kind === wanted && !addresses.includes(record.data.address)) addresses.push(record.data.address);
      if (record.data.kind === 'cname') alias ??= record.data.target;
    }
    if (addresses.length > 0 || alias === undefined) break;
    current = alias;
  }
  return addresses;
}
