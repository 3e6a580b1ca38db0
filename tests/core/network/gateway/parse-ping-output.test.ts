import { describe, expect, it } from 'vitest';
import { pingShowsReply } from '../../../../src/core/network/gateway/parse-ping-output.ts';
import { commandFixture } from '../system/command-fixture.ts';

// [fixture, target pinged, ping's exit code, is it a reply from the target?]
const CASES: readonly (readonly [string, string, number, boolean])[] = [
  ['linux/ping-loopback-reply.txt', '127.0.0.1', 0, true],
  ['linux/ping-en-ipv6-reply.txt', '2606:4700:4700::1111', 0, true],
  ['linux/ping-de-reply.txt', '192.168.56.150', 0, true],
  ['linux/ping-de-ipv6-link-local-reply.txt', 'fe80::1ad6:c7ff:fefc:dd25%enp2s0', 0, true],
  ['linux/ping-ja-reply.txt', '8.8.8.8', 0, true],
  ['linux/ping-ko-reply-lines.txt', '192.168.219.13', 0, true],
  ['macos/ping-en-reply.txt', '172.217.24.46', 0, true],
  ['windows/ping-en-reply-loopback.txt', '127.0.0.1', 0, true],
  ['windows/ping-de-reply-router.txt', '192.168.178.1', 0, true],
  ['windows/ping-de-ipv6-reply.txt', '2a00:1450:4001:810::2003', 0, true],
  ['windows/ping-ja-reply.txt', '8.8.8.8', 0, true],
  ['windows/ping-ja-reply-sub-millisecond.txt', '127.0.0.1', 0, true],
  ['windows/ping-ko-reply.txt', '173.194.117.240', 0, true],
  ['windows/ping-zh-tw-reply-loopback.txt', '127.0.0.1', 0, true],
  // Windows exits 0 for "Destination host unreachable" sent by the PC itself.
  ['windows/ping-en-destination-host-unreachable.txt', '209.85.149.105', 0, false],
  ['windows/ping-de-destination-host-unreachable.txt', '192.168.178.99', 0, false],
  ['windows/ping-ja-destination-host-unreachable.txt', '192.168.11.200', 0, false],
  ['windows/ping-en-request-timed-out.txt', '11.1.1.1', 1, false],
  ['windows/ping-ko-request-timed-out.txt', '218.38.137.28', 1, false],
  // iputils exits 0 when another host answers in the target's place.
  ['linux/ping-en-reply-from-different-address.txt', '192.168.178.1', 0, false],
  ['linux/ping-no-reply.txt', '198.51.100.1', 1, false],
  ['linux/ping-network-unreachable.txt', '198.51.100.1', 2, false],
];

describe('pingShowsReply', () => {
  it.each(CASES)('%s (target %s, exit %i) → %s', (fixture, target, exitCode, expected) => {
    expect(pingShowsReply(commandFixture(fixture), target, exitCode)).toBe(expected);
  });

  it('trusts no reply line when ping itself failed', () => {
    expect(pingShowsReply(commandFixture('windows/ping-ja-reply.txt'), '8.8.8.8', 1)).toBe(false);
    expect(pingShowsReply(commandFixture('windows/ping-ja-reply.txt'), '8.8.8.8', null)).toBe(false);
  });

  it('matches the address exactly, in any spelling, not as part of another', () => {
    const reply = '64 bytes from 18.8.8.8: icmp_seq=1 ttl=64 time=1.000 ms';
    expect(pingShowsReply(reply, '8.8.8.8', 0)).toBe(false);
    expect(pingShowsReply('64 bytes from 8.8.8.80: icmp_seq=1 ttl=64 time=1.000 ms', '8.8.8.8', 0)).toBe(false);
    expect(pingShowsReply('Reply from 2a00:1450:4001:810::2003: time=11ms', '2A00:1450:4001:0810:0:0:0:2003', 0)).toBe(true);
  });

  it('does not take a line with only an address and a time for a reply unless the time is in ms or a TTL is there', () => {
    expect(pingShowsReply('PING 192.168.1.1 (192.168.1.1) 56(84) bytes of data.', '192.168.1.1', 0)).toBe(false);
    expect(pingShowsReply('Reply from 62.115.142.128: TTL expired in transit.', '62.115.142.128', 0)).toBe(false);
  });
});
