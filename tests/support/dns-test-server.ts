import { createSocket } from 'node:dgram';
import { isIP } from 'node:net';

// A programmable DNS server for tests, on 127.0.0.1 only. Its wire codec is
// written separately from src/core/network/dns on purpose: the code under
// test is checked against an independent implementation (and, over UDP,
// against c-ares).

/** How the server treats one name. */
export type DnsRule =
  | { readonly a?: readonly string[]; readonly aaaa?: readonly string[]; readonly cname?: string; readonly dropFirst?: boolean }
  | { readonly fail: 'nxdomain' | 'servfail' | 'refused'; readonly dropFirst?: boolean }
  | { readonly drop: true };

/** One query the server saw. */
export interface SeenQuery {
  readonly name: string;
  readonly type: number;
  readonly dropped: boolean;
}

/** The names a test server knows; unknown names are NXDOMAIN. Shared by the UDP and DoH servers. */
export interface DnsTestZone {
  set(name: string, rule: DnsRule): void;
  rule(name: string): DnsRule | undefined;
  readonly queries: SeenQuery[];
}

/** Makes an empty zone. */
export function createDnsZone(): DnsTestZone {
  const rules = new Map<string, DnsRule>();
  return {
    queries: [],
    set: (name, rule) => void rules.set(normalise(name), rule),
    rule: (name) => rules.get(normalise(name)),
  };
}

const normalise = (name: string): string => name.toLowerCase().replace(/\.$/, '');

const TYPE_A = 1;
const TYPE_CNAME = 5;
const TYPE_AAAA = 28;
const RCODE = { nxdomain: 3, servfail: 2, refused: 5 } as const;

/**
 * Answers one query as `zone` says, or returns undefined to drop it (no
 * answer at all). Names are compared case-insensitively; the question is
 * echoed byte for byte. A rule with `dropFirst` drops the first query for
 * its name (of any type) and answers the rest: one lost packet.
 */
export function answerDnsQuery(zone: DnsTestZone, query: Uint8Array): Uint8Array | undefined {
  if (query.length < 12) return undefined;
  const parsed = parseQuestion(query);
  if (parsed === undefined) return undefined;
  const { name, type, questionEnd } = parsed;
  const rule = zone.rule(name);
  const earlier = zone.queries.some((seen) => seen.name === name);
  const dropped = rule !== undefined && ('drop' in rule || (rule.dropFirst === true && !earlier));
  zone.queries.push({ name, type, dropped });
  if (dropped) return undefined;

  const records: Uint8Array[] = [];
  let rcode: number = RCODE.nxdomain;
  if (rule !== undefined && 'fail' in rule) {
    rcode = RCODE[rule.fail];
  } else if (rule !== undefined && !('drop' in rule)) {
    rcode = 0;
    let owner = name;
    let current: DnsRule | undefined = rule;
    // Follows CNAMEs inside the zone, as a recursive resolver would.
    for (let hop = 0; current !== undefined && !('fail' in current) && !('drop' in current) && hop < 8; hop += 1) {
      if (current.cname !== undefined) {
        records.push(record(owner, TYPE_CNAME, encodeName(current.cname)));
        owner = normalise(current.cname);
        current = zone.rule(owner);
        continue;
      }
      const addresses = type === TYPE_A ? (current.a ?? []) : type === TYPE_AAAA ? (current.aaaa ?? []) : [];
      for (const address of addresses) records.push(record(owner, type, type === TYPE_A ? ipv4Bytes(address) : ipv6Bytes(address)));
      break;
    }
  }

  const header = new Uint8Array(12);
  header.set(query.subarray(0, 2), 0); // ID
  const rd = (query[2] ?? 0) & 0x01;
  header[2] = 0x80 | rd; // QR, opcode 0, RD echoed
  header[3] = 0x80 | rcode; // RA
  header[5] = 1; // QDCOUNT
  header[7] = records.length; // ANCOUNT
  return concat([header, query.subarray(12, questionEnd), ...records]);
}

/** A running UDP DNS server on 127.0.0.1. */
export interface DnsTestServer {
  /** `127.0.0.1:<port>`, as a resolver string. */
  readonly server: string;
  readonly port: number;
  readonly zone: DnsTestZone;
  close(): Promise<void>;
}

/** Starts a UDP DNS server on 127.0.0.1 (ephemeral port) answering from `zone`. */
export async function startDnsTestServer(zone: DnsTestZone = createDnsZone()): Promise<DnsTestServer> {
  const socket = createSocket('udp4');
  socket.on('message', (message, remote) => {
    const answer = answerDnsQuery(zone, new Uint8Array(message));
    if (answer !== undefined) socket.send(answer, remote.port, remote.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  let closing: Promise<void> | undefined;
  return {
    server: `127.0.0.1:${port}`,
    port,
    zone,
    close() {
      closing ??= new Promise<void>((resolve) => socket.close(() => resolve()));
      return closing;
    },
  };
}

function parseQuestion(query: Uint8Array): { name: string; type: number; questionEnd: number } | undefined {
  const labels: string[] = [];
  let offset = 12;
  for (;;) {
    const length = query[offset];
    if (length === undefined || length > 63) return undefined;
    offset += 1;
    if (length === 0) break;
    labels.push(Buffer.from(query.subarray(offset, offset + length)).toString('latin1'));
    offset += length;
  }
  if (offset + 4 > query.length) return undefined;
  const type = ((query[offset] ?? 0) << 8) | (query[offset + 1] ?? 0);
  return { name: normalise(labels.join('.')), type, questionEnd: offset + 4 };
}

function encodeName(name: string): Uint8Array {
  const parts = normalise(name)
    .split('.')
    .filter((label) => label !== '')
    .map((label) => concat([Uint8Array.of(label.length), new TextEncoder().encode(label)]));
  return concat([...parts, Uint8Array.of(0)]);
}

function record(owner: string, type: number, data: Uint8Array): Uint8Array {
  const fixed = new Uint8Array(10);
  const view = new DataView(fixed.buffer);
  view.setUint16(0, type);
  view.setUint16(2, 1); // IN
  view.setUint32(4, 60); // TTL
  view.setUint16(8, data.length);
  return concat([encodeName(owner), fixed, data]);
}

function ipv4Bytes(address: string): Uint8Array {
  if (isIP(address) !== 4) throw new Error(`not IPv4: ${address}`);
  return Uint8Array.from(address.split('.').map(Number));
}

function ipv6Bytes(address: string): Uint8Array {
  if (isIP(address) !== 6) throw new Error(`not IPv6: ${address}`);
  // An embedded dotted quad (::ffff:1.2.3.4) becomes its two groups.
  const text = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_all, a: string, b: string, c: string, d: string) =>
    [((Number(a) << 8) | Number(b)).toString(16), ((Number(c) << 8) | Number(d)).toString(16)].join(':'),
  );
  const [head = '', tail = ''] = text.split('::');
  const groups = (text: string): number[] => (text === '' ? [] : text.split(':').map((group) => parseInt(group, 16)));
  const left = groups(head);
  const right = text.includes('::') ? groups(tail) : [];
  const all = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  const bytes = new Uint8Array(16);
  all.forEach((group, index) => {
    bytes[index * 2] = group >> 8;
    bytes[index * 2 + 1] = group & 0xff;
  });
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
