import type { NamesParams } from './message-params.ts';

const is = (p: NamesParams) => (p.count === 1 ? 'is' : 'are');
// A title may start with the fallback name "the service".
const lead = (names: string) => names.replace(/^the service$/, 'The service');

/** The numbers of the recommended retry policy, formatted. */
interface RetryParams {
  /** The wait the service asked for, when it did. */
  readonly retryAfter?: string;
  /** The pauses before each retry, without jitter. */
  readonly delays: readonly string[];
  /** "0–100%". */
  readonly jitter: string;
  /** One pause, and the range it falls in once jitter is added. */
  readonly example: string;
  readonly exampleFrom: string;
  readonly exampleTo: string;
  /** Tries in all. */
  readonly tries: string;
}

/** English words for the verdicts that put the fault on the service's side. */
export const serviceEn = {
  notYourSide: (name: string) => `The problem is on ${name}’s side; nothing on your device will fix it.`,
  followStatusPage: {
    title: 'Follow the official status page',
    detail: (url: string | undefined) =>
      `${url ? `${url} has the provider’s updates and expected recovery times.` : 'The provider posts updates there while it works on the problem.'} Status Doctor keeps checking too and tells you when the service is back.`,
  },
  keepWork: {
    title: 'Keep a copy of what you were writing',
    detail: 'Copy a long message somewhere safe before you retry, so a failed request does not take the text with it.',
  },
  retry: {
    titleApi: 'Retry with exponential backoff and jitter',
    titleOther: 'If you call the API: retry with exponential backoff and jitter',
    detail: (p: RetryParams) =>
      `${p.retryAfter ? `Wait the ${p.retryAfter} the service asked for before the first retry.` : 'If an answer carries a Retry-After header, wait that long first.'} After each further failure (429 or 5xx), double the pause — ${p.delays.join(', ')} — and add a random ${p.jitter} on top (jitter), so a ${p.example} pause becomes anything from ${p.exampleFrom} to ${p.exampleTo} and many clients do not all come back at the same moment. Never wait less than the latest Retry-After, and stop after ${p.tries} tries in all and show the error. Most official SDKs can do this for you (look for a max-retries setting).`,
  },
  outage: {
    title: (p: NamesParams) => `${lead(p.names)} ${is(p)} down — it’s not you`,
    waitTitle: 'Wait a few minutes, then try once',
    waitDetail: (p: { names: string; count: number; soon: string }) =>
      `Refreshing again and again adds load and does not bring ${p.names} back sooner. Try once in ${p.soon}; Status Doctor keeps checking and tells you when ${p.count === 1 ? 'it answers' : 'they answer'} again.`,
    alternative: {
      title: 'If it can’t wait, use another assistant meanwhile',
      detail: (others: string | undefined) =>
        `${others ? `${others} answered normally in this check. ` : ''}Outages like this usually last from a few minutes to a few hours.`,
    },
  },
  degraded: {
    title: (p: NamesParams) => `${lead(p.names)} ${is(p)} having problems`,
    summary: (p: { evidence: string; names: string }) =>
      `${p.evidence} Some requests go through and some fail. It is on ${p.names}’s side, not yours.`.trim(),
    retryLater: {
      title: 'Retry in a few minutes',
      detail: (soon: string) => `Partial failures usually pass within ${soon}. A retry may go through, but do not hammer refresh.`,
    },
    shorter: {
      title: 'Keep requests short',
      detail: 'Long conversations and large uploads are the first to fail while a service is strained: start a new chat or send less at once.',
    },
  },
  maintenance: {
    title: (p: NamesParams) => `${lead(p.names)} ${is(p)} under planned maintenance`,
    announced: (p: { name: string; window: string; until?: string }) =>
      `${p.name}’s official status page announces “${p.window}”${p.until ? `, planned to end ${p.until}` : ''}.`,
    shown: (names: string) => `The official status page shows ${names} under maintenance.`,
    meaning: 'During maintenance the service may work only in part or not at all; nothing on your side is wrong.',
    waitTitle: 'Wait until the maintenance ends',
    waitDetail: (until: string | undefined) =>
      `${until ? `The provider plans to finish by ${until}.` : 'The provider announces the end on its status page.'} Status Doctor keeps checking and tells you when the service answers normally again.`,
  },
  rateLimited: {
    title: (p: NamesParams) => `${lead(p.names)} ${is(p)} asking you to slow down`,
    meaning: 'The service is up; it refuses more requests from you — or from your network’s address — for a while. That is a limit, not a fault.',
    waitTitle: (p: { wait: string; told: boolean }) => `Wait ${p.told ? '' : 'about '}${p.wait} before the next request`,
    waitDetail: (p: { wait: string; told: boolean }) =>
      p.told
        ? `The service said when to come back (Retry-After: ${p.wait}). Requests sent before then are refused again and can extend the limit.`
        : 'Sending again straight away usually extends the limit.',
    fewer: {
      title: 'Send fewer requests at once',
      apiDetail:
        'Lower how many requests your program sends at once and spread batch jobs out over time. Limits are counted per API key or organisation, per minute; the provider’s account settings show yours.',
      detail: (name: string) =>
        `Close extra ${name} tabs and pause extensions or scripts that keep refreshing it. On a VPN or a shared network (office, school), everyone behind the same address counts toward the same limit.`,
    },
  },
};
