import type { VerdictKind } from '../verdict/verdict-kind.ts';
import { siteOf } from './evidence-facts.ts';
import { evidenceOf, namesOf, pathSentence, sentences } from './evidence-sentences.ts';
import { browsersFor, followStatusPageStep, modifierKey } from './shared-steps.ts';
import { type GuidanceWriter, step } from './verdict-context.ts';

// The verdicts that are neither the network's nor the service's fault:
// the user's browser or app, not enough evidence yet, and nothing wrong.

const MAX_NAMED = 3;

const localClient: GuidanceWriter = (input) => {
  const { m, about, language } = input;
  const { os } = language;
  const l = m.client.localClient;
  // The services the user may mean, by name and by site; past a few, the words speak of "the service".
  const named = about.length <= MAX_NAMED ? about : [];
  const name = namesOf(named, input).names;
  const sites = named.map((s) => siteOf(s.report)).filter((site): site is string => site !== undefined);
  const site = sites.length > 0 ? language.format.list(sites) : name;
  const browsers = browsersFor(os);
  return {
    title: l.title,
    summary: sentences(evidenceOf(named, input), pathSentence(named, input), l.meaning),
    steps: [
      step('sign-out-in', l.signOutIn.title, l.signOutIn.detail(name)),
      step(
        'clear-site-data',
        l.clearSiteData.title(site),
        l.clearSiteData.detail({
          site,
          hardRefresh: m.howTo.hardRefresh[os],
          browsers: sentences(...browsers.map((b) => m.howTo.browser.clearSiteData[b](site))),
        }),
      ),
      step('private-window', l.privateWindow.title, l.privateWindow.detail({ name, browsers: browsers.map((b) => m.howTo.browser.privateWindow[b](modifierKey(os))) })),
      step('disable-extensions', l.extensions.title, l.extensions.detail({ name, browsers: sentences(...browsers.map((b) => m.howTo.browser.extensions[b])) })),
      step('other-browser-device', l.otherDevice.title, l.otherDevice.detail(name)),
      step('support-report', l.supportReport.title(name), l.supportReport.detail(name)),
    ],
  };
};

const inconclusive: GuidanceWriter = (input) => {
  const { m, about, context } = input;
  const i = m.client.inconclusive;
  return {
    title: i.title,
    summary: sentences(evidenceOf(about, input), context.network.state === 'unknown' ? i.networkUnknown : i.eitherSide),
    steps: [
      step('run-again', i.runAgain.title, i.runAgain.detail),
      step('try-another-site', i.anotherSite.title, i.anotherSite.detail),
      ...followStatusPageStep(about, input),
    ],
  };
};

const allClear: GuidanceWriter = (input) => {
  const { m, context } = input;
  return {
    title: m.client.allClear.title,
    summary: m.client.allClear.summary(context.services.length > 0 ? namesOf(context.services, input).names : undefined),
    steps: [],
  };
};

/** Writers for `local-client`, `inconclusive` and `all-clear`. */
export const CLIENT_WRITERS = {
  'local-client': localClient,
  inconclusive,
  'all-clear': allClear,
} as const satisfies Partial<Record<VerdictKind, GuidanceWriter>>;
