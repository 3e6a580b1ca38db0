import { z } from 'zod';

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();

/**
 * 4 or 6 for an IP address literal, 0 for anything else — `net.isIP`
 * without `node:`, so the config and settings schemas can be named by the
 * window's types too. Zone ids (`fe80::1%eth0`) are not addresses here.
 */
export function ipVersion(text: string): 0 | 4 | 6 {
  if (ipv4.safeParse(text).success) return 4;
  if (ipv6.safeParse(text).success) return 6;
  return 0;
}
