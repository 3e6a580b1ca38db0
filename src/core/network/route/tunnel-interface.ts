/**
 * Interface names of VPN and tunnel software on Linux, macOS and BSD:
 * OpenVPN/OpenConnect (tun, tap), WireGuard (wg, and NordVPN's nordlynx),
 * macOS system VPNs and Network Extensions (utun, ipsec, ppp), Cisco
 * AnyConnect (cscotun), GlobalProtect (gpd), Tailscale, ZeroTier (zt),
 * Mullvad/Proton (wg-*, proton*), plain ppp dial-ups.
 */
const TUNNEL_NAME = /^(?:tun|tap|wg|utun|ppp|ipsec|cscotun|gpd|tailscale|zt|nordlynx|proton|mullvad|vpn|ipip|gre|vti|xfrm)/i;

/**
 * Words in Windows adapter names and descriptions ("TAP-Windows Adapter
 * V9", "WireGuard Tunnel", "Cisco AnyConnect Secure Mobility Client Virtual
 * Miniport Adapter", "PANGP Virtual Ethernet Adapter"…), matched anywhere.
 */
const TUNNEL_WORDS =
  /\b(?:tap-windows|tap-nordvpn|tap-protonvpn|wintun|wireguard|openvpn|anyconnect|cisco anyconnect|pangp|globalprotect|fortinet|forticlient|juniper|pulse secure|ivanti|zscaler|sophos|checkpoint|check point|nordlynx|tailscale|zerotier|sstp|l2tp|pptp|ikev2|wan miniport \((?:sstp|l2tp|pptp|ikev2)\)|sing-tun|vpn)\b/i;

/**
 * Linux link kinds (`ip -d link`: linkinfo.info_kind) that are tunnels.
 * `tun` is not among them: virtual machines' tap devices (libvirt's vnet*)
 * share it; a layer-3 tun device is recognised by its link type instead.
 */
const TUNNEL_KINDS = new Set(['wireguard', 'ipip', 'gre', 'gretap', 'ip6gre', 'ip6tnl', 'sit', 'vti', 'vti6', 'xfrm', 'ppp']);

/** What is known about one interface when deciding whether it is a tunnel. */
export interface TunnelHint {
  readonly name: string;
  /** Windows adapter description, when known. */
  readonly description?: string;
  /** Linux link kind (`tun`, `wireguard`, `veth`…), when known. */
  readonly kind?: string;
  /** Linux link type (`ether`, `none` for a layer-3 tun device, `ppp`…), when known. */
  readonly linkType?: string;
}

/**
 * True when an interface looks like a VPN or tunnel, by its name, its
 * Windows description, or its Linux link kind. Bridges, veth pairs and
 * Docker/Hyper-V/VirtualBox adapters are not tunnels: they never carry the
 * default route to the Internet on their own.
 */
export function isTunnelInterface(hint: TunnelHint): boolean {
  if (hint.kind !== undefined && TUNNEL_KINDS.has(hint.kind.toLowerCase())) return true;
  if (hint.kind === 'tun' && hint.linkType === 'none') return true;
  if (hint.linkType === 'ppp') return true;
  if (TUNNEL_NAME.test(hint.name)) return true;
  return TUNNEL_WORDS.test(hint.name) || (hint.description !== undefined && TUNNEL_WORDS.test(hint.description));
}
