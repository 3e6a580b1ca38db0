// A Cloudflare ray id is 16 hex digits, a dash and a 3-letter data-centre
// code ("8f3a…-ICN"): 20 characters as text, 11 bytes as a BLOB. Anything
// else is stored as the text it was.
const RAY_PATTERN = /^([0-9a-f]{16})-([A-Z]{3})$/;
const HEX_BYTES = 8;

/** The compact form of a `cf-ray` value for storage. */
export function encodeCfRay(ray: string): Uint8Array | string {
  const match = RAY_PATTERN.exec(ray);
  if (!match?.[1] || !match[2]) return ray;
  const bytes = new Uint8Array(HEX_BYTES + 3);
  bytes.set(Buffer.from(match[1], 'hex'), 0);
  bytes.set(Buffer.from(match[2], 'latin1'), HEX_BYTES);
  return bytes;
}

/** The `cf-ray` value back from what `encodeCfRay` stored. */
export function decodeCfRay(stored: unknown): string | undefined {
  if (typeof stored === 'string') return stored;
  if (!(stored instanceof Uint8Array) || stored.length !== HEX_BYTES + 3) return undefined;
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  return `${bytes.subarray(0, HEX_BYTES).toString('hex')}-${bytes.subarray(HEX_BYTES).toString('latin1')}`;
}
