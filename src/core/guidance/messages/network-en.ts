import type { NamesParams } from './message-params.ts';

/** A plain-HTTP check that did not get through, and how. */
interface PortalParams {
  readonly checked: string;
  readonly how: 'redirect' | 'network-authentication-required' | 'wrong-answer';
  readonly location?: string;
}

/** English words for the verdicts that put the fault on the user's side of the connection, and for `regional`. */
export const networkEn = {
  restartRouter: {
    title: 'Restart the router',
    detail: (p: { wait: string; ready: string }) => `Unplug its power, wait ${p.wait}, plug it back in and give it ${p.ready} to come back up.`,
  },
  tryHotspot: {
    title: 'Try a phone hotspot',
    detail: 'Turn on your phone’s hotspot and connect to it. If the services work that way, the problem is your router or your line, not this device.',
  },
  offline: {
    title: 'You’re offline',
    summary: (p: { noInterface: boolean }) =>
      `${p.noInterface ? 'No network adapter on this device is connected' : 'This device is connected to a network but has no route to the internet'}, so nothing can be reached from here — the AI services included, whatever state they are in. The fix is on this device’s connection.`,
    reconnect: 'Reconnect to Wi-Fi or plug the cable back in',
    restartAdapter: {
      title: 'Turn the network off and on again',
      detail: (pause: string) =>
        `Switch Wi-Fi off, wait ${pause} and switch it on again, or unplug the cable for a few seconds. The device then asks the router for a fresh address.`,
    },
    routerTitle: 'If other devices are offline too, restart the router',
  },
  routerUnreachable: {
    title: 'Your router isn’t answering',
    summary: (p: { gateway: string }) =>
      `${p.gateway} Nothing beyond it answered either, so the problem is between this device and the router — not with the AI services.`,
    unknownRouter: 'Your router did not answer.',
    checkLink: {
      title: 'Check the link to the router',
      detail: 'On Wi-Fi, move closer or forget the network and join it again; on a cable, try another port or cable. Check that the router’s lights look as usual.',
    },
  },
  captivePortal: {
    title: 'This Wi-Fi wants you to sign in',
    summary: (p: PortalParams) => {
      const what = {
        redirect: `A plain web check (${p.checked}) was redirected${p.location ? ` to ${p.location}` : ''} instead of getting through.`,
        'network-authentication-required': `A plain web check (${p.checked}) was answered with HTTP 511 “Network Authentication Required”.`,
        'wrong-answer': `A plain web check (${p.checked}) got back a page that is not the expected answer.`,
      }[p.how];
      return `${what} Hotels, cafés, trains, airports and offices do this until you accept their terms or sign in. The AI services are not the problem.`;
    },
    unknownCheck: 'A plain web check was intercepted instead of getting through. Hotels, cafés, trains, airports and offices do this until you accept their terms or sign in. The AI services are not the problem.',
    openPortal: 'Open the Wi-Fi sign-in page',
    recheck: {
      title: 'Check again',
      detail: 'Once you are signed in, run the check again: the AI services should answer. Some networks sign you out after a while, so do the same if it comes back.',
    },
  },
  internetDown: {
    title: 'Your internet connection is down',
    summary: (p: { gateway: string; controls: string; resolvers?: string }) =>
      `${p.gateway} But nothing beyond it answered — neither ${p.controls} nor ${p.resolvers ? `the public DNS servers (${p.resolvers})` : 'any public DNS server'}. The line from your router to your internet provider is down; the AI services are not the problem.`,
    routerOk: 'Your router answered.',
    someControls: 'the test sites',
    restartModem: {
      title: 'Restart the modem and the router',
      detail: (p: { wait: string }) => `Unplug both, wait ${p.wait}, plug in the modem first and the router once the modem’s lights have settled.`,
    },
    providerOutage: {
      title: 'Check for an outage at your internet provider',
      detail: 'Your provider’s app or website (opened over mobile data) usually says when there is a fault in your area; its support line can check your line.',
    },
    hotspotTitle: 'Use a phone hotspot meanwhile',
  },
  dnsFailure: {
    title: 'Your DNS server is failing',
    summary: (p: { failure: string; working?: string; service?: string }) =>
      `${p.failure}${p.working ? ` ${p.working} did, and ${p.service ? `${p.service}’s` : 'the service’s'} certificate checked out at the address it gave — switching DNS will fix it.` : ''} ${p.service ? `${p.service} itself is fine.` : 'The AI services themselves are fine.'}`,
    encrypted: (name: string) => `${name} (encrypted DNS)`,
    switchDns: (resolver: string | undefined) => (resolver ? `Switch your DNS to ${resolver}` : 'Switch to a public DNS server'),
    resolverEvidence: (p: { resolver: string; hosts: string; took?: string }) =>
      `${p.resolver} answered for ${p.hosts}${p.took ? ` in ${p.took}` : ''}, and the certificate checked out at that address.`,
    flushDns: {
      title: 'Clear the DNS cache',
      detail: (how: string) => `This device may keep the failed answer for a while; clearing the cache makes it ask again. ${how}`,
    },
    routerTitle: 'Or restart the router',
    routerDetail: (p: { wait: string }) =>
      `If you would rather not change settings: your provider’s DNS sometimes recovers when the router reconnects (unplug it for ${p.wait}). Switching DNS is the surer fix, and entering the same DNS servers in the router’s settings fixes it for every device at home.`,
  },
  dnsBlocked: {
    title: 'This network blocks outside DNS',
    summary: (p: { failure: string; silent?: string; doh?: string; service?: string }) =>
      `${p.failure} Plain DNS to public servers${p.silent ? ` (${p.silent})` : ''} got no answer at all, so this network blocks it. Encrypted DNS (DNS over HTTPS) still works${p.doh ? ` through ${p.doh}` : ''}${p.service ? `, and ${p.service}’s certificate checked out at the address it gave` : ''}. Turning on secure DNS gets you through; the AI services themselves are fine.`,
    secureDns: {
      title: 'Turn on secure DNS in your browser',
      lead: 'Secure DNS sends lookups over HTTPS, which this network lets through.',
    },
    secureDnsSystem: 'Or turn on encrypted DNS for the whole computer',
    askAdmin: {
      title: 'Or ask the network’s administrator',
      detail: 'A school, company or public network may block outside DNS on purpose; its administrator can tell you whether the AI services are allowed.',
    },
  },
  tlsInterception: {
    title: 'Something is intercepting your secure connections',
    summary: (p: { sites?: string; issuer?: string }) =>
      `Every secure site checked${p.sites ? ` (${p.sites})` : ''} presented a certificate ${p.issuer ? `issued by “${p.issuer}”, which` : 'from an issuer'} this device does not trust. Antivirus HTTPS scanning, a company proxy or a filtering app does this, and your browser and apps then refuse to connect to the AI services. The services themselves are fine.`,
    antivirus: {
      title: 'Turn off HTTPS scanning in your antivirus',
      detail: 'Open your antivirus or security app and look for a setting such as “HTTPS scanning”, “SSL/TLS filtering”, “encrypted connection scanning” or “web shield”; turn it off, then check again.',
    },
    proxyVpn: {
      title: 'Disconnect a company proxy or VPN, or ask IT',
      detail: 'On a work device the interception may be deliberate: IT can add the AI service to its exceptions.',
    },
    doNotBypass: {
      title: 'Don’t click through certificate warnings',
      detail: 'A warning here means something in between can read what you send, passwords included. Fix the cause instead of clicking “proceed anyway”.',
    },
  },
  clockSkew: {
    title: 'Your computer’s clock is wrong',
    summary: (p: { off?: string; ahead: boolean }) =>
      `${p.off ? `This device’s clock is ${p.off} ${p.ahead ? 'ahead of' : 'behind'} the servers’ time. ` : ''}Secure certificates are valid only between two dates, so with the wrong date every secure site — the AI services included — looks broken. The services themselves are fine.`,
    autoTime: 'Set the date and time automatically',
    recheck: {
      title: 'Check again',
      detail: 'Once the clock is right, run the check again. If the clock is wrong again after every restart, the computer’s clock battery may be flat.',
    },
  },
  proxyProblem: {
    title: 'Your proxy or VPN is getting in the way',
    proxySummary: (p: { sources?: string; wantsPassword: boolean }) =>
      `A proxy is set up on this device${p.sources ? ` (${p.sources})` : ''} and requests through it fail${p.wantsPassword ? ' — it asks for a password (HTTP 407)' : ''}, while direct connections work. The AI services are not the problem.`,
    systemSettings: 'system settings',
    autoConfig: 'automatic proxy configuration (PAC)',
    tunnelSummary: (tunnels: string | undefined) =>
      `All traffic goes through a VPN${tunnels ? ` (${tunnels})` : ''}, and nothing answers beyond it. The AI services are not the problem.`,
    disconnect: {
      title: 'Disconnect the VPN or proxy',
      detail: 'Turn it off and check again. If the services then work, the VPN or proxy is the cause: reconnect to another of its servers, or contact its provider.',
    },
    settings: {
      title: 'Check the proxy settings',
      detail: (p: { how: string; sources?: string }) =>
        `${p.sources ? `The proxy was found in ${p.sources}. ` : ''}A proxy that asks for a password (HTTP 407) needs you to sign in to it again; one you no longer use should be removed. ${p.how}`,
    },
  },
  regional: {
    title: (p: NamesParams) => `${p.names} fails only on your network’s route`,
    summary: (p: NamesParams & { systemAddress?: string; workingAddress?: string; via?: string }) =>
      `${p.systemAddress && p.via ? `The address your DNS gives for ${p.names} (${p.systemAddress}) fails, while the one ${p.via} gives (${p.workingAddress ?? '?'}) works. ` : `${p.names} fails at the address your network is sent to but works at another. `}${p.names}’s servers for your area are in trouble; the rest of it is up, and your device is fine.`,
    switchDns: (via: string | undefined) => (via ? `Switch your DNS to ${via}` : 'Switch your DNS'),
    switchLead: (via: string | undefined) => `${via ?? 'Another DNS server'} sends you to servers that work.`,
    otherNetwork: {
      title: 'Or use another network',
      detail: 'Mobile data or another Wi-Fi usually takes a different route to the service.',
    },
    wait: {
      title: 'Or wait',
      detail: 'Regional problems are usually fixed within the hour; Status Doctor keeps checking and tells you when it works again.',
    },
  },
};
