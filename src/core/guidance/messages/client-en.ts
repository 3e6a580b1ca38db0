/**
 * English words for the verdicts that are neither the network's nor the
 * service's: the user's browser or app (`local-client`), not enough evidence
 * (`inconclusive`), and nothing wrong (`all-clear`).
 */
export const clientEn = {
  localClient: {
    title: 'Everything answers from here — check your browser',
    meaning:
      'Yet you see errors, so the cause is most likely on this device: an expired sign-in, stale site data or a browser extension. The steps rule them out one by one, quickest first.',
    signOutIn: {
      title: 'Sign out and sign in again',
      detail: (name: string) =>
        `Sign out of ${name}, close its tabs, open it again and sign in. A stale or broken session is the most common cause of errors only you see. Copy any unsent message first.`,
    },
    clearSiteData: {
      title: (site: string) => `Clear the data of ${site} only`,
      detail: (p: { site: string; hardRefresh: string; browsers: string }) =>
        `First try a hard refresh (${p.hardRefresh}). If that does not help, delete the cookies and cached files of ${p.site} alone — every other site keeps you signed in. ${p.browsers} Then sign in again.`,
    },
    privateWindow: {
      title: 'Try a private window',
      detail: (p: { name: string; browsers: readonly string[] }) =>
        `A private window starts without cookies, cache and (usually) extensions: if ${p.name} works there, one of those is the cause. ${p.browsers.join('; ')}.`,
    },
    extensions: {
      title: 'Turn off browser extensions',
      detail: (p: { name: string; browsers: string }) =>
        `Ad blockers, translators, privacy tools and AI sidebars can break chat pages. Turn them all off and reload ${p.name}; then turn them back on one at a time to find the one at fault. ${p.browsers}`,
    },
    otherDevice: {
      title: 'Try another browser or device',
      detail: (name: string) =>
        `Open ${name} in another browser, or on your phone over mobile data with Wi-Fi off. If it works there, the problem is in this computer or browser; if it fails everywhere, it is tied to your account — send a support report (next step).`,
    },
    supportReport: {
      title: (name: string) => `Send ${name} a support report`,
      detail: (name: string) =>
        `Run status-doctor report and attach what it prints to your message to ${name}’s support. It lists the time with time zone, your system, what failed and what you already tried, with passwords, tokens and cookies removed.`,
    },
  },
  inconclusive: {
    title: 'Not sure yet — the evidence is incomplete',
    networkUnknown:
      'The network checks did not finish in time, so nothing proves your own connection works, and Status Doctor cannot yet say whose side the fault is on.',
    eitherSide: 'A failure like this can come from either side, and nothing else in this check tells them apart.',
    runAgain: {
      title: 'Run the check again',
      detail: 'A second run often settles it. If the result stays the same, the details show what failed and how.',
    },
    anotherSite: {
      title: 'Open another website',
      detail: 'If other sites fail too, the problem is your connection; if they work, the service is the likelier culprit.',
    },
  },
  allClear: {
    title: 'All clear',
    summary: (names: string | undefined) =>
      `${names ? `${names} answered normally` : 'Every service answered normally'} and no official incident is open. If you still see errors, tell Status Doctor you are seeing errors: it walks you through the checks on your side.`,
  },
};
