import { DNS_TYPE, type DnsMessage, type DnsQuestion, type DnsRecord, type DnsRecordData } from './dns-message.ts';
import { formatIpv4, formatIpv6 } from './ip-text.ts';

/** A decoded message, or why the bytes are not one. */
export type DecodeResult = { readonly ok: true; readonly message: DnsMessage } | { readonly ok: false; readonly reason: string };

/** Answer records read at most; a real answer for one name has a handful. */
const MAX_RECORDS = 256;
const MAX_QUESTIONS = 4;
/** RFC 1035: a name is at most 255 bytes on the wire. */
const MAX_NAME_WIRE_BYTES = 255;

/** Thrown inside the decoder only; {@link decodeDnsMessage} turns it into `{ ok: false }`. */
class Malformed extends Error {}

const malformed = (reason: string): never => {
  throw new Malformed(reason);
};

/**
 * Decodes a DNS message from untrusted bytes (a DoH body). Every read is
 * bounds-checked; compression pointers must point strictly before the
 * previous one, so a pointer loop cannot spin; names longer than 255 bytes,
 * reserved label types, records running past the end, A/AAAA data of the
 * wrong size and absurd record counts are rejected. Never throws.
 */
export function decodeDnsMessage(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, message: decode(bytes) };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, reason: error.message };
    return { ok: false, reason: `undecodable message: ${String(error)}` };
  }
}

function decode(bytes: Uint8Array): DnsMessage {
  if (bytes.length < 12) malformed(`message of ${bytes.length} bytes is shorter than a header`);
  const u16 = (offset: number): number => {
    if (offset + 2 > bytes.length) malformed('message ends inside a field');
    return ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
  };
  const u32 = (offset: number): number => u16(offset) * 0x10000 + u16(offset + 2);

  const flags = u16(2);
  const questionCount = u16(4);
  const answerCount = u16(6);
  if (questionCount > MAX_QUESTIONS) malformed(`${questionCount} questions`);
  if (answerCount > MAX_RECORDS) malformed(`${answerCount} answer records`);

  let offset = 12;
  const questions: DnsQuestion[] = [];
  for (let index = 0; index < questionCount; index += 1) {
    const name = readName(bytes, offset);
    questions.push({ name: name.name, type: u16(name.next), class: u16(name.next + 2) });
    offset = name.next + 4;
  }

  const answers: DnsRecord[] = [];
  for (let index = 0; index < answerCount; index += 1) {
    const name = readName(bytes, offset);
    const type = u16(name.next);
    const recordClass = u16(name.next + 2);
    const ttl = u32(name.next + 4);
    const length = u16(name.next + 8);
    const start = name.next + 10;
    const end = start + length;
    if (end > bytes.length) malformed('record data runs past the end of the message');
    answers.push({ name: name.name, type, class: recordClass, ttl, data: readData(bytes, type, start, end) });
    offset = end;
  }

  return {
    id: u16(0),
    isResponse: (flags & 0x8000) !== 0,
    opcode: (flags >> 11) & 0xf,
    truncated: (flags & 0x0200) !== 0,
    recursionAvailable: (flags & 0x0080) !== 0,
    rcode: flags & 0xf,
    questions,
    answers,
  };
}

function readData(bytes: Uint8Array, type: number, start: number, end: number): DnsRecordData {
  const length = end - start;
  if (type === DNS_TYPE.A) {
    if (length !== 4) malformed(`A record of ${length} bytes`);
    return { kind: 'a', address: formatIpv4(bytes.subarray(start, end)) };
  }
  if (type === DNS_TYPE.AAAA) {
    if (length !== 16) malformed(`AAAA record of ${length} bytes`);
    return { kind: 'aaaa', address: formatIpv6(bytes.subarray(start, end)) };
  }
  if (type === DNS_TYPE.CNAME) {
    // The target may point back into the message, but its own bytes must end with the record.
    const target = readName(bytes.subarray(0, end), start);
    if (target.next !== end) malformed('CNAME data does not end where its name does');
    return { kind: 'cname', target: target.name };
  }
  return { kind: 'other' };
}

/**
 * Reads a possibly compressed name at `offset`; `next` is where the record
 * continues (after the first pointer, or after the terminating zero).
 */
function readName(bytes: Uint8Array, offset: number): { name: string; next: number } {
  const labels: string[] = [];
  let position = offset;
  let next: number | undefined;
  // Each pointer must go strictly below the last one (or below the name's
  // start), so following pointers always ends.
  let pointerLimit = offset;
  let wireBytes = 1;

  for (;;) {
    const length = bytes[position];
    if (length === undefined) return malformed('name runs past the end of the message');
    if (length === 0) {
      next ??= position + 1;
      break;
    }
    const kind = length & 0xc0;
    if (kind === 0xc0) {
      const low = bytes[position + 1];
      if (low === undefined) return malformed('compression pointer cut off');
      const target = ((length & 0x3f) << 8) | low;
      if (target >= pointerLimit) malformed('compression pointer does not point backwards');
      next ??= position + 2;
      pointerLimit = target;
      position = target;
      continue;
    }
    if (kind !== 0) malformed('reserved label type');
    const end = position + 1 + length;
    if (end > bytes.length) malformed('label runs past the end of the message');
    wireBytes += 1 + length;
    if (wireBytes > MAX_NAME_WIRE_BYTES) malformed('name longer than 255 bytes');
    labels.push(labelText(bytes.subarray(position + 1, end)));
    position = end;
  }
  return { name: labels.join('.'), next };
}

function labelText(label: Uint8Array): string {
  let text = '';
  for (const byte of label) {
    const lower = byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
    const plain = (lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39) || lower === 0x2d || lower === 0x5f;
    text += plain ? String.fromCharCode(lower) : `\\${String(lower).padStart(3, '0')}`;
  }
  return text;
}
