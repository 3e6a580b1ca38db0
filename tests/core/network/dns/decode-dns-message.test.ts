import { describe, expect, it } from 'vitest';
import { answerAddresses } from '../../../../src/core/network/dns/answer-addresses.ts';
import { decodeDnsMessage } from '../../../../src/core/network/dns/decode-dns-message.ts';
import { DNS_TYPE } from '../../../../src/core/network/dns/dns-message.ts';
import { readAnswer } from '../../../../src/core/network/dns/doh-resolver.ts';
import { encodeDnsQuery, isQueryableName, toBase64Url } from '../../../../src/core/network/dns/encode-dns-query.ts';
import { formatIpv6 } from '../../../../src/core/network/dns/ip-text.ts';
import { answerDnsQuery, createDnsZone } from '../../../support/dns-test-server.ts';

// Hand-built packets: the decoder reads bytes from the network, so it is
// tested on what a hostile or broken server could send.

const label = (text: string): number[] => [text.length, ...Buffer.from(text, 'latin1')];
const name = (...labels: string[]): number[] => [...labels.flatMap(label), 0];
const u16 = (value: number): number[] => [value >> 8, value & 0xff];
const pointer = (offset: number): number[] => [0xc0 | (offset >> 8), offset & 0xff];

function header(options: { id?: number; flags?: number; qd?: number; an?: number } = {}): number[] {
  return [...u16(options.id ?? 0), ...u16(options.flags ?? 0x8180), ...u16(options.qd ?? 1), ...u16(options.an ?? 0), 0, 0, 0, 0];
}
const question = (owner: number[], type: number = DNS_TYPE.A): number[] => [...owner, ...u16(type), ...u16(1)];
const rr = (owner: number[], type: number, data: number[]): number[] => [...owner, ...u16(type), ...u16(1), 0, 0, 0, 60, ...u16(data.length), ...data];
const packet = (...parts: number[][]): Uint8Array => Uint8Array.from(parts.flat());

/** svc.test's question starts at offset 12. */
const SVC = name('svc', 'test');

describe('decodeDnsMessage on well-formed answers', () => {
  it('reads the header, question and A records behind a compression pointer', () => {
    const bytes = packet(header({ id: 0, an: 2 }), question(SVC), rr(pointer(12), DNS_TYPE.A, [192, 0, 2, 10]), rr(pointer(12), DNS_TYPE.A, [192, 0, 2, 11]));
    const decoded = decodeDnsMessage(bytes);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.message).toMatchObject({ id: 0, isResponse: true, rcode: 0, recursionAvailable: true, questions: [{ name: 'svc.test', type: 1, class: 1 }] });
    expect(answerAddresses(decoded.message, 'svc.test', DNS_TYPE.A)).toEqual(['192.0.2.10', '192.0.2.11']);
  });

  it('follows a CNAME chain to the addresses, with mixed-case names', () => {
    const bytes = packet(
      header({ an: 3 }),
      question(name('WWW', 'Svc', 'test')),
      rr(pointer(12), DNS_TYPE.CNAME, name('edge', 'cdn', 'test')),
      rr(name('EDGE', 'cdn', 'test'), DNS_TYPE.CNAME, name('a1', 'cdn', 'test')),
      rr(name('a1', 'cdn', 'test'), DNS_TYPE.AAAA, [0x20, 0x01, 0x0d, 0xb8, ...new Array<number>(11).fill(0), 1]),
    );
    const decoded = decodeDnsMessage(bytes);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(answerAddresses(decoded.message, 'www.svc.test', DNS_TYPE.AAAA)).toEqual(['2001:db8::1']);
    expect(answerAddresses(decoded.message, 'www.svc.test', DNS_TYPE.A)).toEqual([]);
  });

  it('ignores addresses for names outside the chain (no smuggled answers)', () => {
    const bytes = packet(header({ an: 2 }), question(SVC), rr(name('bank', 'test'), DNS_TYPE.A, [6, 6, 6, 6]), rr(pointer(12), DNS_TYPE.A, [192, 0, 2, 1]));
    const decoded = decodeDnsMessage(bytes);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(answerAddresses(decoded.message, 'svc.test', DNS_TYPE.A)).toEqual(['192.0.2.1']);
  });

  it('stops at a CNAME loop instead of spinning', () => {
    const bytes = packet(header({ an: 2 }), question(SVC), rr(pointer(12), DNS_TYPE.CNAME, name('b', 'test')), rr(name('b', 'test'), DNS_TYPE.CNAME, pointer(12)));
    const decoded = decodeDnsMessage(bytes);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(answerAddresses(decoded.message, 'svc.test', DNS_TYPE.A)).toEqual([]);
  });

  it('escapes a label holding a dot, so it cannot pass for two labels', () => {
    const bytes = packet(header({ an: 1 }), question(SVC), rr(name('svc.test'), DNS_TYPE.A, [6, 6, 6, 6]));
    const decoded = decodeDnsMessage(bytes);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.message.answers[0]?.name).toBe('svc\\046test');
    expect(answerAddresses(decoded.message, 'svc.test', DNS_TYPE.A)).toEqual([]);
  });

  it('reads what an independent encoder (the test server) produces', () => {
    const zone = createDnsZone();
    zone.set('svc.test', { cname: 'edge.test' });
    zone.set('edge.test', { a: ['127.0.0.7'], aaaa: ['::ffff:127.0.0.7', 'fe80::1:0:0:2'] });
    const answerA = answerDnsQuery(zone, encodeDnsQuery({ name: 'svc.test', type: DNS_TYPE.A }));
    const answerAAAA = answerDnsQuery(zone, encodeDnsQuery({ name: 'svc.test', type: DNS_TYPE.AAAA }));
    expect(answerA && readAnswer(answerA, 'svc.test', DNS_TYPE.A)).toEqual({ kind: 'answer', addresses: ['127.0.0.7'] });
    expect(answerAAAA && readAnswer(answerAAAA, 'svc.test', DNS_TYPE.AAAA)).toEqual({ kind: 'answer', addresses: ['::ffff:127.0.0.7', 'fe80::1:0:0:2'] });
  });
});

describe('decodeDnsMessage rejects malformed and hostile input without throwing', () => {
  const cases: [string, string, Uint8Array][] = [
    ['empty', 'shorter than a header', new Uint8Array(0)],
    ['a header cut short', 'shorter than a header', packet(header().slice(0, 11))],
    ['a question that runs past the end', 'runs past the end', packet(header(), [3, 0x73, 0x76])],
    ['a question without its type and class', 'ends inside a field', packet(header(), SVC, [0, 1])],
    ['a pointer loop (pointing at itself)', 'does not point backwards', packet(header(), pointer(12), u16(1), u16(1))],
    ['a forward pointer', 'does not point backwards', packet(header(), pointer(20), u16(1), u16(1), SVC)],
    ['two pointers pointing at each other', 'does not point backwards', packet(header({ an: 1 }), question(SVC), [0xc0, 28, 0xc0, 26], u16(1), u16(1), [0, 0, 0, 60], u16(0))],
    ['a pointer cut off', 'pointer cut off', packet(header(), [0xc0])],
    ['a reserved label type (0x40)', 'reserved label type', packet(header(), [0x41, 0x61], [0], u16(1), u16(1))],
    ['a name longer than 255 bytes', 'longer than 255 bytes', packet(header(), name(...new Array<string>(5).fill('x'.repeat(63))), u16(1), u16(1))],
    ['an answer count far past the data', 'runs past the end', packet(header({ an: 3 }), question(SVC), rr(pointer(12), DNS_TYPE.A, [1, 2, 3, 4]))],
    ['an absurd answer count', '65535 answer records', packet(header({ an: 0xffff }), question(SVC))],
    ['record data running past the end', 'record data runs past the end', packet(header({ an: 1 }), question(SVC), pointer(12), u16(1), u16(1), [0, 0, 0, 60], u16(200), [1, 2, 3, 4])],
    ['an A record of 5 bytes', 'A record of 5 bytes', packet(header({ an: 1 }), question(SVC), rr(pointer(12), DNS_TYPE.A, [1, 2, 3, 4, 5]))],
    ['an AAAA record of 4 bytes', 'AAAA record of 4 bytes', packet(header({ an: 1 }), question(SVC), rr(pointer(12), DNS_TYPE.AAAA, [1, 2, 3, 4]))],
    ['a CNAME whose name overruns its data', 'runs past the end', packet(header({ an: 1 }), question(SVC), rr(pointer(12), DNS_TYPE.CNAME, [5, 0x61, 0x62]), [0x63, 0x64, 0x65, 0])],
  ];

  it.each(cases)('%s (%s)', (_what, reason, bytes) => {
    expect(decodeDnsMessage(bytes)).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });

  it('survives 20 000 random mutations of a valid answer, each decoded or rejected', () => {
    const valid = packet(header({ an: 2 }), question(SVC), rr(pointer(12), DNS_TYPE.CNAME, name('edge', 'test')), rr(name('edge', 'test'), DNS_TYPE.A, [192, 0, 2, 1]));
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let rejected = 0;
    for (let round = 0; round < 20_000; round += 1) {
      const bytes = valid.slice(0, Math.max(1, Math.floor(random() * (valid.length + 4))));
      for (let flips = 1 + Math.floor(random() * 4); flips > 0; flips -= 1) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const decoded = decodeDnsMessage(bytes);
      if (!decoded.ok) rejected += 1;
      else answerAddresses(decoded.message, 'svc.test', DNS_TYPE.A);
    }
    expect(rejected).toBeGreaterThan(1000);
  });
});

describe('readAnswer (a DoH body for our question)', () => {
  it('maps the response codes', () => {
    const withRcode = (rcode: number): Uint8Array => packet(header({ flags: 0x8180 | rcode }), question(SVC));
    expect(readAnswer(withRcode(3), 'svc.test', DNS_TYPE.A).kind).toBe('nxdomain');
    expect(readAnswer(withRcode(2), 'svc.test', DNS_TYPE.A).kind).toBe('servfail');
    expect(readAnswer(withRcode(5), 'svc.test', DNS_TYPE.A).kind).toBe('refused');
    expect(readAnswer(withRcode(4), 'svc.test', DNS_TYPE.A).kind).toBe('error');
    expect(readAnswer(withRcode(0), 'svc.test', DNS_TYPE.A).kind).toBe('nodata');
  });

  it('refuses an answer to another question, a query, or another ID', () => {
    const answer = (questionName: number[], flags = 0x8180, id = 0): Uint8Array =>
      packet(header({ id, flags, an: 1 }), question(questionName), rr(pointer(12), DNS_TYPE.A, [192, 0, 2, 1]));
    expect(readAnswer(answer(SVC), 'svc.test', DNS_TYPE.A)).toEqual({ kind: 'answer', addresses: ['192.0.2.1'] });
    expect(readAnswer(answer(name('other', 'test')), 'svc.test', DNS_TYPE.A).kind).toBe('error');
    expect(readAnswer(answer(SVC, 0x0100), 'svc.test', DNS_TYPE.A).kind).toBe('error');
    expect(readAnswer(answer(SVC, 0x8180, 7), 'svc.test', DNS_TYPE.A).kind).toBe('error');
  });
});

describe('encodeDnsQuery', () => {
  it('encodes a recursive query that base64url-encodes without padding', () => {
    const bytes = encodeDnsQuery({ name: 'Svc.Test.', type: DNS_TYPE.AAAA });
    expect([...bytes]).toEqual([...header({ flags: 0x0100, an: 0 }), ...question(SVC, DNS_TYPE.AAAA)]);
    expect(toBase64Url(bytes)).not.toMatch(/[=+/]/);
  });

  it('refuses names that are not host names', () => {
    for (const bad of ['', '.', 'a..b', `${'x'.repeat(64)}.test`, 'spa ce.test', 'ünï.test', `${'a.'.repeat(127)}ab`]) {
      expect(isQueryableName(bad)).toBe(false);
      expect(() => encodeDnsQuery({ name: bad, type: DNS_TYPE.A })).toThrow(RangeError);
    }
    expect(isQueryableName('xn--n3h.example')).toBe(true);
  });
});

describe('formatIpv6', () => {
  it('writes RFC 5952 text, as dns.lookup does', () => {
    const bytes = (...groups: number[]): Uint8Array => Uint8Array.from(groups.flatMap((group) => [group >> 8, group & 0xff]));
    expect(formatIpv6(bytes(0x2001, 0xdb8, 0, 0, 1, 0, 0, 1))).toBe('2001:db8::1:0:0:1');
    expect(formatIpv6(bytes(0, 0, 0, 0, 0, 0, 0, 1))).toBe('::1');
    expect(formatIpv6(bytes(0, 0, 0, 0, 0, 0, 0, 0))).toBe('::');
    expect(formatIpv6(bytes(0x2001, 0xdb8, 0, 1, 1, 1, 1, 1))).toBe('2001:db8:0:1:1:1:1:1');
    expect(formatIpv6(bytes(0xfe80, 0, 0, 0, 0, 0, 0, 0))).toBe('fe80::');
  });
});
