import { expect, it } from 'vitest';
import { decodeCfRay, encodeCfRay } from '../../../src/core/history/cf-ray-codec.ts';

it('stores a Cloudflare ray in 11 bytes and reads it back', () => {
  const stored = encodeCfRay('8f3a1b2c3d4e5f60-ICN');
  expect(stored).toBeInstanceOf(Uint8Array);
  expect((stored as Uint8Array).length).toBe(11);
  expect(decodeCfRay(stored)).toBe('8f3a1b2c3d4e5f60-ICN');
});

it('keeps any other value as the text it was', () => {
  for (const ray of ['8F3A1B2C3D4E5F60-ICN', '8f3a1b2c3d4e5f60', 'abc-DEFG']) expect(decodeCfRay(encodeCfRay(ray))).toBe(ray);
  expect(decodeCfRay(null)).toBeUndefined();
});
