import { describe, expect, it } from 'vitest';
import { isTunnelInterface } from '../../../../src/core/network/route/tunnel-interface.ts';

describe('isTunnelInterface', () => {
  it.each(['tun0', 'tap1', 'wg0', 'utun4', 'ppp0', 'ipsec0', 'cscotun0', 'gpd0', 'tailscale0', 'nordlynx', 'proton0', 'wg-mullvad'])('knows %s as a tunnel', (name) => {
    expect(isTunnelInterface({ name })).toBe(true);
  });

  it.each(['eth0', 'wlan0', 'en0', 'enp3s0', 'wlp2s0', 'docker0', 'br-1a2b', 'veth12ab', 'bridge100', 'virbr0', 'Ethernet', 'Wi-Fi', 'vnet3'])('does not take %s for one', (name) => {
    expect(isTunnelInterface({ name })).toBe(false);
  });

  it('recognises Windows VPN adapters by their description', () => {
    for (const description of [
      'TAP-Windows Adapter V9',
      'WireGuard Tunnel',
      'Wintun Userspace Tunnel',
      'Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64',
      'PANGP Virtual Ethernet Adapter',
      'OpenVPN Data Channel Offload',
      'sing-tun Tunnel',
    ]) {
      expect(isTunnelInterface({ name: 'Ethernet 2', description })).toBe(true);
    }
    expect(isTunnelInterface({ name: 'Ethernet', description: 'Intel(R) Ethernet Connection (7) I219-V' })).toBe(false);
    expect(isTunnelInterface({ name: 'vEthernet (WSL)', description: 'Hyper-V Virtual Ethernet Adapter' })).toBe(false);
  });

  it('uses the Linux link kind: WireGuard always, tun only at layer 3 (not a VM tap)', () => {
    expect(isTunnelInterface({ name: 'office', kind: 'wireguard' })).toBe(true);
    expect(isTunnelInterface({ name: 'corp', kind: 'tun', linkType: 'none' })).toBe(true);
    expect(isTunnelInterface({ name: 'vnet0', kind: 'tun', linkType: 'ether' })).toBe(false);
    expect(isTunnelInterface({ name: 'eth0', kind: 'veth', linkType: 'ether' })).toBe(false);
  });
});
