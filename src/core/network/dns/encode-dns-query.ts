import { DNS_CLASS_IN } from './dns-message.ts';

/** What to ask. */
export interface DnsQuery {
  /** A host name, with or without the trailing dot. */
  readonly name: string;
  /** A record type, e.g. `DNS_TYPE.A`. */
  readonly type: number;
  /** Message ID; RFC 8484 asks DoH clients to use 0 so answers cache well. Default 0. */
  readonly id?: number;
}

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/i;

/**
 * True when `name` can be sent as a query: ASCII labels of letters, digits,
 * `-` and `_` (what URL parsing leaves of a host, IDNs as punycode), each
 * 1–63 bytes, 253 characters in all.
 */
export function isQueryableName(name: string): boolean {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (bare.length === 0 || bare.length > 253) return false;
  return bare.split('.').every((label) => LABEL.test(label));
}

/**
 * Encodes a standard recursive query (RD set, one question, class IN, no
 * EDNS) in DNS wire format.
 *
 * @throws RangeError when the name cannot be a host name (see {@link isQueryableName}) or the id or type is out of range
 */
export function encodeDnsQuery(query: DnsQuery): Uint8Array {
  const id = query.id ?? 0;
  if (!isQueryableName(query.name)) throw new RangeError(`not a host name: ${JSON.stringify(query.name)}`);
  if (!Number.isInteger(id) || id < 0 || id > 0xffff) throw new RangeError('id must be 0–65535');
  if (!Number.isInteger(query.type) || query.type < 1 || query.type > 0xffff) throw new RangeError('type must be 1–65535');

  const labels = query.name.replace(/\.$/, '').toLowerCase().split('.');
  const nameBytes = labels.reduce((total, label) => total + 1 + label.length, 1);
  const bytes = new Uint8Array(12 + nameBytes + 4);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, id);
  view.setUint16(2, 0x0100); // RD: ask the resolver to recurse
  view.setUint16(4, 1); // QDCOUNT
  let offset = 12;
  for (const label of labels) {
    bytes[offset] = label.length;
    offset += 1;
    for (let index = 0; index < label.length; index += 1) {
      bytes[offset] = label.charCodeAt(index);
      offset += 1;
    }
  }
  bytes[offset] = 0;
  offset += 1;
  view.setUint16(offset, query.type);
  view.setUint16(offset + 2, DNS_CLASS_IN);
  return bytes;
}

/** Base64url without padding, as RFC 8484's `?dns=` parameter wants it. */
export function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}
