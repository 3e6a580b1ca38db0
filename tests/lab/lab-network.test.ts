import { describe, expect, it } from 'vitest';
import { findHostRouteOverlaps } from './lab-network.ts';

describe('the lab refuses to start on top of a host route', () => {
  it('starts beside this machine’s own routes (default route, 192.0.2.0/24, loopback)', () => {
    expect(findHostRouteOverlaps(['default', '192.0.2.0/24', '192.0.2.2', '127.0.0.0/8', '127.0.0.1'])).toEqual([]);
  });

  it('names each lab prefix a host route overlaps, wider or narrower', () => {
    expect(findHostRouteOverlaps(['10.0.0.0/8', '203.0.113.7', '198.51.0.0/16'])).toEqual([
      '10.213.1.0/24 overlaps the host route 10.0.0.0/8',
      '10.213.2.0/24 overlaps the host route 10.0.0.0/8',
      '203.0.113.0/24 overlaps the host route 203.0.113.7',
      '198.51.100.0/24 overlaps the host route 198.51.0.0/16',
    ]);
  });

  it('treats a neighbouring prefix as no conflict', () => {
    expect(findHostRouteOverlaps(['10.213.3.0/24', '198.51.101.0/24', '203.0.112.255'])).toEqual([]);
  });
});
