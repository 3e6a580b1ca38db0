/** DNS servers to enter. */
interface DnsParams {
  readonly primary: string;
  readonly secondary?: string;
}

const both = (p: DnsParams) => (p.secondary ? `${p.primary} and ${p.secondary}` : p.primary);

/**
 * English how-tos that differ by operating system or browser, with the
 * menu names as English Windows 11, macOS, GNOME and the browsers show them.
 */
export const howToEn = {
  changeDns: {
    windows: (p: DnsParams) =>
      `Open Settings > Network & internet > Wi-Fi (or Ethernet) > Hardware properties. Next to DNS server assignment choose Edit, switch to Manual, turn on IPv4, enter ${p.primary} as Preferred DNS${p.secondary ? ` and ${p.secondary} as Alternate DNS` : ''}, then Save.`,
    macos: (p: DnsParams) =>
      `Open System Settings > Network > Wi-Fi, click Details… next to the network you are on, choose DNS, add ${both(p)} with the + button, then click OK.`,
    linux: (p: DnsParams) =>
      `In Settings > Network, click the gear next to your connection, open IPv4, turn Automatic off next to DNS, enter ${p.secondary ? `${p.primary}, ${p.secondary}` : p.primary}, click Apply and reconnect. In a terminal it is nmcli connection modify "<connection name>" ipv4.dns "${p.secondary ? `${p.primary} ${p.secondary}` : p.primary}" ipv4.ignore-auto-dns yes, then nmcli connection up "<connection name>" (nmcli connection show lists the names).`,
  },
  flushDns: {
    windows: 'Open Terminal or Command Prompt and run ipconfig /flushdns.',
    macos: 'Open Terminal and run sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder (it asks for your Mac’s password).',
    linux: 'In a terminal run resolvectl flush-caches (on systems with systemd-resolved; elsewhere, turning the connection off and on does the same).',
  },
  browserCache: 'Then quit and reopen the browser: Chrome and Edge keep their own copy of DNS answers.',
  secureDnsSystem: {
    windows: (address: string) =>
      `Windows 11 can encrypt DNS for the whole computer: in Settings > Network & internet > Wi-Fi (or Ethernet) > Hardware properties, choose Edit next to DNS server assignment, switch to Manual, turn on IPv4, enter ${address} as Preferred DNS and set DNS over HTTPS to On (automatic template), then Save.`,
    macos: (_address: string) =>
      'macOS has no switch for encrypted DNS in System Settings. It takes a configuration profile or app from a DNS provider such as Cloudflare; you then allow the profile in System Settings (General > Device Management, or Privacy & Security > Profiles on older versions). The browser setting above is the simpler route.',
    linux: (_address: string) =>
      'Linux desktops have no switch for DNS over HTTPS. systemd-resolved can encrypt DNS with DNS over TLS instead: in /etc/systemd/resolved.conf set DNS=1.1.1.1#cloudflare-dns.com and DNSOverTLS=yes, then run sudo systemctl restart systemd-resolved. A network that blocks DNS may block that too (port 853); the browser setting above goes over HTTPS and gets through.',
  },
  reconnect: {
    windows: 'Click the network icon at the right end of the taskbar: make sure Wi-Fi is on and Airplane mode is off, then pick your network. On a cable, check that it clicks firmly into both ends.',
    macos: 'Click Wi-Fi in the menu bar (or in Control Centre): make sure Wi-Fi is on, then pick your network. On a cable or adapter, check that it is firmly plugged in.',
    linux: 'Open the system menu at the top right of the screen: make sure Wi-Fi is on and connected. In a terminal, nmcli device status shows each connection and nmcli radio wifi on turns Wi-Fi back on.',
  },
  openPortal: {
    windows: (page: string) => `Windows usually shows a notification asking you to sign in to the network; click it. If nothing appears, open your browser and go to ${page}.`,
    macos: (page: string) => `macOS usually opens a sign-in window by itself when you join such a network. If it doesn’t, open Safari and go to ${page}.`,
    linux: (page: string) => `Most Linux desktops show a “sign in to network” notification; click it. If nothing appears, open your browser and go to ${page}.`,
  },
  anyHttpPage: 'a page that starts with http:// (not https://), such as http://example.com',
  setClock: {
    windows: 'Open Settings > Time & language > Date & time, turn on Set time automatically and Set time zone automatically, then click Sync now.',
    macos: 'Open System Settings > General > Date & Time, turn on setting the time and date automatically, and check that the time zone is right.',
    linux: 'Run timedatectl set-ntp true in a terminal (or turn on Automatic Date & Time in Settings > Date & Time), then check the time zone with timedatectl.',
  },
  proxySettings: {
    windows: 'Open Settings > Network & internet > Proxy and turn off any proxy you no longer use.',
    macos: 'Open System Settings > Network > Wi-Fi > Details… > Proxies and turn off any proxy you no longer use.',
    linux: 'Open Settings > Network > Network Proxy and set it to Disabled if you no longer use one; also check HTTPS_PROXY and HTTP_PROXY in your shell profile.',
  },
  hardRefresh: {
    windows: 'Ctrl+F5',
    macos: '⌘+Shift+R',
    linux: 'Ctrl+Shift+R',
  },
  browser: {
    clearSiteData: {
      chrome: (site: string) => `Chrome: with ${site} open, click the icon left of the address (a padlock or sliders), then Site settings > Delete data.`,
      edge: (site: string) => `Edge: Settings > Cookies and site permissions > Manage and delete cookies and site data > See all cookies and site data, search for ${site} and delete it.`,
      firefox: (site: string) => `Firefox: with ${site} open, click the padlock in the address bar, choose Clear cookies and site data… and confirm.`,
      safari: (site: string) => `Safari: Safari > Settings > Privacy > Manage Website Data…, search for ${site}, then Remove.`,
    },
    privateWindow: {
      chrome: (mod: string) => `Chrome: New Incognito window (${mod}+Shift+N)`,
      edge: (mod: string) => `Edge: New InPrivate window (${mod}+Shift+N)`,
      firefox: (mod: string) => `Firefox: New private window (${mod}+Shift+P)`,
      safari: (mod: string) => `Safari: File > New Private Window (${mod}+Shift+N)`,
    },
    extensions: {
      chrome: 'Chrome: type chrome://extensions in the address bar and switch each one off.',
      edge: 'Edge: type edge://extensions in the address bar and switch each one off.',
      firefox: 'Firefox: type about:addons in the address bar, open Extensions and switch each one off.',
      safari: 'Safari: Safari > Settings > Extensions, and untick each one.',
    },
    secureDns: {
      chrome: 'Chrome: Settings > Privacy and security > Security > Use secure DNS, and pick a provider such as Cloudflare (1.1.1.1).',
      edge: 'Edge: Settings > Privacy, search, and services > Security > Use secure DNS, and pick a provider such as Cloudflare (1.1.1.1).',
      firefox: 'Firefox: Settings > Privacy & Security > DNS over HTTPS, and choose Increased Protection.',
      safari: 'Safari has no setting of its own: it uses the system’s DNS (next step).',
    },
  },
};
