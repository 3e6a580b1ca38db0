import type { NetworkEvidence, ResolverResult } from '../network/network-evidence.ts';
import { joinNames } from './evidence-phrases.ts';
import type { VerdictKind } from './verdict-kind.ts';
import { type Describer, step } from './verdict-text.ts';

// Words for the verdicts that put the fault on the user's side. Each summary
// cites what this diagnosis saw, so the user knows why this step and not
// another. (Per-OS detail and Korean arrive with the guidance issue.)

function gatewaySentence(evidence: NetworkEvidence | undefined): string {
  const gateway = evidence?.gateway;
  if (!gateway?.completed || gateway.address === undefined) return '';
  return gateway.reachable
    ? `Your router (${gateway.address}) answered${gateway.ms !== undefined ? ` in ${Math.round(gateway.ms)} ms` : ''}.`
    : `Your router (${gateway.address}) did not answer.`;
}

function failingSystemHosts(system: ResolverResult | undefined): string {
  const failing = system?.answers.filter((answer) => answer.kind !== 'ok') ?? [];
  const reason: Record<string, string> = {
    timeout: 'did not answer',
    servfail: 'answered with a server failure',
    nxdomain: 'said the name does not exist',
    refused: 'refused to answer',
    rewritten: 'gave an address where the service is not',
    error: 'failed',
  };
  const byKind = new Map<string, string[]>();
  for (const answer of failing) byKind.set(answer.kind, [...(byKind.get(answer.kind) ?? []), answer.host]);
  return [...byKind].map(([kind, hosts]) => `${reason[kind] ?? 'failed'} for ${joinNames(hosts)}`).join(' and ');
}

function workingAlternatives(evidence: NetworkEvidence | undefined, transport: 'udp' | 'doh'): string[] {
  return (evidence?.dns?.alternatives ?? [])
    .filter((alt) => alt.transport === transport && alt.tlsValidated === true && alt.answers.some((a) => a.kind === 'ok'))
    .map((alt) => alt.resolver);
}

function controlHosts(evidence: NetworkEvidence | undefined): string {
  return joinNames((evidence?.internet?.controls ?? []).map((control) => new URL(control.url).host));
}

const LOCAL: Partial<Record<VerdictKind, Describer>> = {
  offline: () => ({
    title: "You're offline",
    summary: 'This device has no working network connection: no network interface is connected, or there is no route to the internet. The AI services cannot be reached from here, whatever state they are in.',
    steps: [
      step('reconnect', 'Reconnect to Wi-Fi or plug the cable back in', 'Check that Wi-Fi is on and joined to your network (and that airplane mode is off), or that the network cable is firmly in.'),
      step('restart-adapter', 'Turn the network off and on again', 'Switching Wi-Fi off and on, or unplugging the cable for a few seconds, makes the device ask the router for a fresh address.'),
    ],
  }),
  'router-unreachable': (_about, context) => ({
    title: 'Your router is not answering',
    summary: `${gatewaySentence(context.evidence)} Nothing beyond it answered either, so the problem is between this device and the router.`.trim(),
    steps: [
      step('restart-router', 'Restart the router', 'Unplug its power, wait 30 seconds, plug it back in, and give it two minutes to come back up.'),
      step('check-link', 'Check the link to the router', 'On Wi-Fi, move closer or reconnect; on a cable, try another port or cable. Check that the router’s lights look normal.'),
      step('try-hotspot', 'Try a phone hotspot', 'If the services work over your phone’s connection, the problem is your router or home network.'),
    ],
  }),
  'captive-portal': () => ({
    title: 'This Wi-Fi wants you to sign in',
    summary: 'The network answered a plain web check with a sign-in page instead of letting it through. Hotels, trains, cafés and offices do this until you accept their terms or log in.',
    steps: [
      step('open-portal', 'Open the sign-in page', 'Open any ordinary website in your browser (one that starts with http://); the network should show its sign-in page. Accept the terms or log in.'),
      step('recheck', 'Check again', 'Once signed in, run the check again: the AI services should answer.'),
    ],
  }),
  'internet-down': (_about, context) => ({
    title: 'Your internet connection is down',
    summary: `${gatewaySentence(context.evidence)} But nothing beyond it answered: not ${controlHosts(context.evidence) || 'the control sites'}, and no public DNS server. The connection from your router to your provider is down.`.replace(/^ /, ''),
    steps: [
      step('restart-modem', 'Restart the modem and the router', 'Unplug both, wait 30 seconds, plug in the modem first and the router when the modem is ready.'),
      step('provider-outage', 'Check for an outage at your internet provider', 'Your provider’s website or app (on mobile data) usually says when there is a fault in your area.'),
      step('try-hotspot', 'Use a phone hotspot meanwhile', 'Mobile data gets you to the AI services while your line is down.'),
    ],
  }),
  'dns-failure': (_about, context) => {
    const working = workingAlternatives(context.evidence, 'udp');
    const viaDoh = workingAlternatives(context.evidence, 'doh');
    const alternatives = working.length > 0 ? working : viaDoh;
    const failing = failingSystemHosts(context.evidence?.dns?.system);
    return {
      title: 'Your DNS server is failing',
      summary: `Your DNS server (the one your router hands out) ${failing || 'failed'}. ${
        alternatives.length > 0
          ? `${joinNames(alternatives)} answered instead, and the service's secure certificate checked out at that address, so switching DNS would fix it.`
          : ''
      }`.trim(),
      steps: [
        step(
          'switch-dns',
          `Switch your DNS to ${alternatives[0] ?? 'a public resolver such as 1.1.1.1'}`,
          'In your network settings, replace the automatic DNS servers with public ones (for example 1.1.1.1 and 8.8.8.8), then reconnect.',
        ),
        step('flush-dns', 'Clear the DNS cache', 'Your device may keep the bad answer for a while; clearing its DNS cache (or restarting it) makes it ask again.'),
        step('restart-router', 'Or restart the router', "Your provider's DNS sometimes recovers after the router reconnects; switching DNS is the surer fix."),
      ],
    };
  },
  'dns-blocked': (_about, context) => {
    const viaDoh = workingAlternatives(context.evidence, 'doh');
    return {
      title: 'This network blocks public DNS',
      summary: `Your DNS server ${failingSystemHosts(context.evidence?.dns?.system) || 'failed'}, and this network blocks plain DNS to public resolvers. Encrypted DNS (DNS over HTTPS) still works${viaDoh.length > 0 ? ` through ${joinNames(viaDoh)}` : ''}.`,
      steps: [
        step('secure-dns', 'Turn on secure DNS', 'In your browser’s privacy or security settings, turn on “secure DNS” / “DNS over HTTPS” with a provider such as Cloudflare or Google; recent Windows, macOS and Android have the same setting for the whole device.'),
        step('ask-admin', 'Or ask the network’s administrator', 'A school or company network may block the service on purpose; its administrator can tell you.'),
      ],
    };
  },
  'tls-interception': () => ({
    title: 'Something is intercepting your secure connections',
    summary: 'Every secure site, not only the AI services, presented a certificate from an issuer this device does not trust. Antivirus HTTPS scanning, a company proxy or a filtering app usually does this, and the services then refuse the connection.',
    steps: [
      step('antivirus-scanning', 'Turn off HTTPS scanning in your antivirus', 'Look for “HTTPS scanning”, “web shield” or “SSL inspection” in its settings, turn it off, and check again.'),
      step('proxy-vpn', 'Disconnect a company proxy or VPN, or ask IT', 'On a work device, the interception may be deliberate: IT can add the service to its exceptions.'),
      step('do-not-bypass', "Don't click through certificate warnings", 'A warning here means someone can read what you send; fix the cause instead.'),
    ],
  }),
  'clock-skew': (_about, context) => {
    const skew = context.evidence?.clockSkewMs;
    const days = skew !== undefined ? Math.round(Math.abs(skew) / 86_400_000) : undefined;
    const amount = days !== undefined && days >= 1 ? `${days} day${days === 1 ? '' : 's'}` : skew !== undefined ? `${Math.round(Math.abs(skew) / 60_000)} minutes` : undefined;
    return {
      title: "Your computer's clock is wrong",
      summary: `${amount ? `Your clock is ${amount} ${skew! > 0 ? 'ahead of' : 'behind'} the servers' time. ` : ''}Secure certificates are only valid between two dates, so with the wrong date every secure site looks broken.`,
      steps: [
        step('auto-time', 'Set the date and time automatically', 'In your system’s date and time settings, turn on “set time automatically” and check the time zone, then check again.'),
      ],
    };
  },
  'proxy-problem': (_about, context) => ({
    title: 'Your proxy or VPN is failing',
    summary: context.evidence?.proxy?.failing
      ? `A proxy is set up on this device (${joinNames([...context.evidence.proxy.sources]) || 'in its settings'}) and requests through it fail, while direct connections work.${context.evidence.proxy.detail ? ` ${context.evidence.proxy.detail}.` : ''}`
      : `All traffic goes through a VPN (${joinNames([...(context.evidence?.route?.tunnelInterfaces ?? [])]) || 'a tunnel'}), and nothing beyond it answers.`,
    steps: [
      step('disconnect-vpn', 'Disconnect the VPN or proxy', 'Turn it off and check again; if the services then work, the proxy or VPN is the cause.'),
      step('proxy-settings', 'Check the proxy settings', 'A proxy that wants a password (HTTP 407) needs you to sign in to it again; one that is gone should be removed from the settings.'),
    ],
  }),
  regional: (about, context) => {
    const detail = (context.regional ?? [])[0];
    return {
      title: `${joinNames(about.map((s) => s.report.name))} fails only through your network's route`,
      summary: detail
        ? `The address your DNS gives (${detail.systemAddress}) fails, while the one ${detail.viaResolver} gives (${detail.workingAddress}) works. The service's servers for your region are in trouble; the rest of it is up.`
        : 'The service fails at the address your network is sent to but works elsewhere.',
      steps: [
        step('switch-dns', `Switch your DNS${detail ? ` to ${detail.viaResolver}` : ''}`, 'Another DNS server sends you to servers that work; change it in your network settings, then reconnect.'),
        step('other-network', 'Or use another network', 'Mobile data usually takes a different route to the service.'),
        step('wait', 'Or wait', 'Regional problems are usually fixed within the hour; Status Doctor tells you when it works again.'),
      ],
    };
  },
};

/** Words for the verdicts on the user's side, and for `regional`. */
export const LOCAL_DESCRIBERS: Readonly<Partial<Record<VerdictKind, Describer>>> = LOCAL;
