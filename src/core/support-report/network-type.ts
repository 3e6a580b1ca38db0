import type { RouteEvidence } from '../network/network-evidence.ts';

/** How this computer reaches the internet, as far as its default route's interface tells. */
export type NetworkType = 'wifi' | 'ethernet' | 'vpn' | 'cellular';

// Linux (wlan0, wlp2s0, wlx…), Windows adapter names in several languages ("Wi-Fi", "WLAN",
// "Wireless Network Connection", "무선 네트워크 연결"), and AirPort on old macOS.
const WIFI = /^(?:wl|ath\d|ra\d)|wi-?fi|wlan|wireless|무선|airport/i;
// Linux (eth0, enp3s0, eno1, ens33), Windows ("Ethernet", "이더넷", "Local Area Connection", "로컬 영역 연결").
const ETHERNET = /^(?:eth\d|en[ops]\w|eno\d)|ethernet|이더넷|local area connection|로컬 영역 연결/i;
// Linux and Android modems (wwan0, rmnet*), iOS/macOS (pdp_ip*), Windows ("Cellular", "Mobile Broadband", "셀룰러").
const CELLULAR = /^(?:wwan|rmnet|pdp_ip|ccmni)|cellular|mobile broadband|셀룰러|모바일 광대역/i;

/**
 * The connection type the default route's interface name shows, or
 * undefined when the name does not say (macOS calls both Wi-Fi and
 * Ethernet "en0"): the report then leaves it out rather than guess.
 */
export function networkTypeOf(route: RouteEvidence | undefined): NetworkType | undefined {
  if (!route?.completed) return undefined;
  if (route.routesThroughTunnel) return 'vpn';
  const name = route.defaultRoute?.interfaceName;
  if (name === undefined) return undefined;
  if (WIFI.test(name)) return 'wifi';
  if (CELLULAR.test(name)) return 'cellular';
  if (ETHERNET.test(name)) return 'ethernet';
  return undefined;
}
