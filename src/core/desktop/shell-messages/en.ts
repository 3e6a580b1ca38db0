import type { ServiceState } from '../../assessment/service-state.ts';
import type { NetworkState } from '../../network/network-report.ts';

/** What a degraded alert says about why, by the monitor's reason (others fall back to `other`). */
export type DegradedWhy = 'probes-slow' | 'probes-partly-failing' | 'official-degraded' | 'other';

const localProblem: Readonly<Record<NetworkState, string>> = {
  offline: 'You’re offline',
  'router-unreachable': 'Your router isn’t answering',
  'internet-down': 'Your internet connection is down',
  'captive-portal': 'This Wi-Fi wants you to sign in',
  'dns-failure': 'Your DNS server is failing',
  'dns-blocked': 'This network blocks plain DNS',
  'tls-interception': 'Something intercepts your secure connections',
  'clock-skew': 'Your computer’s clock is wrong',
  'proxy-problem': 'Your proxy or VPN is failing',
  ok: 'Your connection has a problem',
  unknown: 'Your connection has a problem',
};

const states: Readonly<Record<ServiceState, string>> = {
  operational: 'up',
  degraded: 'degraded',
  outage: 'down',
  maintenance: 'maintenance',
  unknown: 'unknown',
};

/**
 * Every sentence the app shell in the main process says — tray,
 * notifications, dialogs — in English. The Korean dictionary is typed from
 * this one, so a key missing there does not compile.
 */
export const shellEn = {
  tray: {
    states,
    /** A service not probed yet. */
    noData: 'checking…',
    /** A service the app cannot judge because the user's own connection fails. */
    blockedByLocal: 'can’t check (your connection)',
    serviceLine: (p: { name: string; state: string; muted: boolean }) => `${p.name}: ${p.state}${p.muted ? ' · alerts muted' : ''}`,
    checkNow: 'Check now',
    checking: 'Checking…',
    pause: 'Pause for 1 h',
    resume: 'Resume',
    open: 'Open Status Doctor',
    quit: 'Quit Status Doctor',
    latestAlert: (title: string) => `Latest alert: ${title}`,
    summary: {
      allClear: 'All services are up',
      noServices: 'No services are watched',
      checking: 'Checking…',
      pausedUntil: (time: string) => `Paused until ${time}`,
      pausedAsleep: 'Paused while the computer sleeps',
      down: (names: string) => `Down: ${names}`,
      degraded: (names: string) => `Degraded: ${names}`,
      maintenance: (names: string) => `Maintenance: ${names}`,
      unknown: (names: string) => `Can’t check: ${names}`,
    },
  },
  /** Short words for what the network diagnosis found (tray and the "your connection" alert). */
  localProblem,
  notification: {
    outage: {
      title: (name: string) => `${name} is down`,
      body: (p: { duration: string }) => `It hasn’t answered for ${p.duration}, while your own connection works.`,
    },
    reminder: {
      title: (name: string) => `${name} is still down`,
      body: (p: { duration: string }) => `Down for ${p.duration} so far.`,
    },
    unstable: {
      title: (name: string) => `${name} keeps going down`,
      body: (p: { count: number; duration: string }) =>
        `${p.count} outages in ${p.duration}. Alerts about it stay quiet until it stays up; then you hear once.`,
    },
    recovered: {
      title: (name: string) => `${name} is back`,
      lasted: (duration: string) => `The outage lasted ${duration}.`,
      answersAgain: 'It answers normally again.',
      requested: 'You asked to hear when it’s back.',
    },
    degraded: {
      title: (name: string) => `${name} is having problems`,
      why: {
        'probes-slow': 'It answers much more slowly than usual.',
        'probes-partly-failing': 'Some of its requests fail.',
        'official-degraded': 'Its status page reports degraded performance.',
        other: 'It isn’t fully working.',
      } satisfies Record<DegradedWhy, string>,
    },
    incidentOpened: {
      title: (name: string) => `${name}: incident on its status page`,
      body: (incident: string) => `“${incident}” was posted on the official status page.`,
    },
    incidentResolved: {
      title: (name: string) => `${name}: incident resolved`,
      body: (incident: string) => `The status page marks “${incident}” as resolved.`,
    },
    localProblem: {
      body: 'This is on your side, not the AI services’. Service alerts wait until it’s fixed. Click for the steps.',
    },
    localCleared: {
      title: 'Your connection works again',
      body: (duration: string) => `The problem lasted ${duration}. Service alerts are back on.`,
    },
    /** The official incidents an outage alert names. */
    officialIncidents: (names: readonly string[]) => `Status page: ${names.map((name) => `“${name}”`).join(', ')}.`,
    willTell: 'You’ll hear when it’s back.',
    delayed: 'Alerts were on hold, so you hear this late.',
  },
  settingsRecovered: {
    title: 'Settings were reset',
    body: (file: string) => `Your settings file could not be read, so Status Doctor started with the defaults. The old file was kept as ${file}.`,
    newer: (file: string) =>
      `Your settings file was written by a newer version of Status Doctor, so this one started with the defaults. The file was kept as ${file}.`,
  },
  dialogs: {
    exportSettings: 'Export settings',
    importSettings: 'Import settings',
    saveSupportReport: 'Save support report',
    saveLogs: 'Save logs',
    configFiles: 'Status Doctor config',
    markdownFiles: 'Markdown',
    textFiles: 'Text',
    logFiles: 'Log files',
    notJson: (reason: string) => `is not valid JSON (${reason})`,
    unreadable: (reason: string) => `could not be read (${reason})`,
  },
  apiKeys: {
    unavailable: 'This computer offers no secure storage for keys, so none can be stored.',
    failed: (reason: string) => `The key could not be stored (${reason}).`,
  },
};

/** The shape every language's shell dictionary has. */
export type ShellMessages = typeof shellEn;
