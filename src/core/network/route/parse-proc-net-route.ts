/** One IPv4 route from `/proc/net/route`. */
export interface ProcRoute {
  readonly interfaceName: string;
  readonly destination: string;
  readonly gateway?: string;
  readonly mask: string;
  readonly metric: number;
  /** RTF_UP is set. */
  readonly up: boolean;
}

const RTF_UP = 0x1;
const RTF_GATEWAY = 0x2;

/**
 * `/proc/net/route` prints each address as the hex of a 32-bit word in host
 * byte order: little-endian on every machine this app runs on (x86-64,
 * arm64), so "016433C6" is 198.51.100.1.
 */
function hexToIpv4(hex: string): string | undefined {
  if (!/^[0-9a-f]{8}$/i.test(hex)) return undefined;
  const bytes = [6, 4, 2, 0].map((offset) => Number.parseInt(hex.slice(offset, offset + 2), 16));
  return bytes.join('.');
}

/**
 * Parses `/proc/net/route` (the kernel's IPv4 main table), the fallback
 * when `ip` is missing or too old for JSON. The header line is recognised
 * by shape, not by its words.
 */
export function parseProcNetRoute(text: string): ProcRoute[] {
  const routes: ProcRoute[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 8) continue;
    const [interfaceName, destinationHex, gatewayHex, flagsHex, , , metricText, maskHex] = fields;
    if (interfaceName === undefined || flagsHex === undefined || !/^[0-9a-f]+$/i.test(flagsHex)) continue;
    const destination = hexToIpv4(destinationHex ?? '');
    const gateway = hexToIpv4(gatewayHex ?? '');
    const mask = hexToIpv4(maskHex ?? '');
    if (destination === undefined || gateway === undefined || mask === undefined) continue;
    const flags = Number.parseInt(flagsHex, 16);
    routes.push({
      interfaceName,
      destination,
      ...((flags & RTF_GATEWAY) !== 0 && gateway !== '0.0.0.0' ? { gateway } : {}),
      mask,
      metric: Number.parseInt(metricText ?? '0', 10) || 0,
      up: (flags & RTF_UP) !== 0,
    });
  }
  return routes;
}
