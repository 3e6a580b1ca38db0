import { canonicalIp } from '../system/ip-literal.ts';

const IPV4_TOKEN = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g;
const IPV6_TOKEN = /(?<![0-9a-f:])[0-9a-f]{0,4}:[0-9a-f:]*:[0-9a-f]{0,4}(?:%[\w.-]+)?:?/gi;
// "ttl=64" (iputils, BSD, busybox) and "TTL=64" (Windows) are never translated.
const TTL = /\bttl[=:]\s*\d+/i;
// "time=0.5 ms", "Zeit<1ms", "時間 =4ms", "temps=15 ms": a measured time in
// ms. iputils in Japanese prints "時間=0.148ミリ秒" and has the ttl instead.
const TIME_MS = /[=<]\s*\d+(?:[.,]\d+)?\s*ms\b/i;

/** The canonical addresses named on one line (a trailing ":" after an IPv6 address is punctuation). */
function addressesOn(line: string): string[] {
  const found: string[] = [];
  for (const match of line.matchAll(IPV4_TOKEN)) {
    const ip = canonicalIp(match[0]);
    if (ip !== undefined) found.push(ip);
  }
  for (const match of line.matchAll(IPV6_TOKEN)) {
    const ip = canonicalIp(match[0]) ?? canonicalIp(match[0].replace(/:$/, ''));
    if (ip !== undefined) found.push(ip);
  }
  return found;
}

/**
 * True when ping's output shows an echo reply from `target`, in any
 * display language: the exit code is 0 and some line names the target and
 * carries a TTL or a time in ms. Both conditions matter: Windows exits 0
 * for "Reply from <own address>: Destination host unreachable" (no TTL, no
 * time, another address), and iputils exits 0 for a reply from a
 * different address. Windows omits the TTL on IPv6 replies, iputils in
 * Japanese writes the time in ミリ秒: either sign suffices.
 */
export function pingShowsReply(output: string, target: string, exitCode: number | null): boolean {
  if (exitCode !== 0) return false;
  const wanted = canonicalIp(target);
  if (wanted === undefined) return false;
  return output.split(/\r?\n/).some((line) => (TTL.test(line) || TIME_MS.test(line)) && addressesOn(line).includes(wanted));
}
