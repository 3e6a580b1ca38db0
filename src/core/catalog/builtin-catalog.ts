import type { ServiceSpec } from '../config/config-schema.ts';

/**
 * The services Status Doctor watches when the config file names none
 * (DESIGN.md, "Config file": `services` absent means this catalog).
 *
 * Every entry was checked against stored public copies of the status pages'
 * JSON and of projects that read them; docs/catalog.md lists the evidence,
 * its dates, and how to refresh it. Status pages change often (seven of these
 * moved provider or domain, or vanished, in 2025–2026), so each entry's `//`
 * comment says where and when it was checked.
 *
 * Conventions the readers rely on:
 * - `statusPage.url` is the page's root, never a JSON endpoint; each reader
 *   derives its own feed from it (e.g. `/api/v2/summary.json`, or
 *   `/incidents.json` for `google`).
 * - `components` are exact names as the page publishes them. On incident.io
 *   pages a name may also be a component *group* (OpenAI's "ChatGPT",
 *   "APIs"), which only the native widget JSON carries; leaf names are listed
 *   beside it so a reader of the flat `summary.json` still matches. Leaf names
 *   that appear in more than one group on the page (OpenAI's "Login",
 *   "Image Generation") are left out on purpose.
 * - A page that serves one product only has no `components`: the whole page
 *   is the service.
 */
const ENTRIES: readonly ServiceSpec[] = [
  // Probe: chatgpt.com is the web app's own origin (DESIGN.md example).
  // Status: status.openai.com is incident.io (Atlassian until early 2025). Its flat
  // summary.json has no "ChatGPT" component, only leaves such as "Conversations",
  // "Voice mode" (bentleypark/aiwatch issue #292, 2026-04-20; stored Go fixture of
  // the page read 2026-10-06); the native widget groups them under "ChatGPT"
  // (ClaudeStats OpenAIStatusGroupCatalog + fixture, 2026-05-17).
  {
    id: 'chatgpt',
    name: 'ChatGPT',
    probes: [{ url: 'https://chatgpt.com/', method: 'HEAD' }],
    statusPage: {
      provider: 'incidentio',
      url: 'https://status.openai.com',
      components: [
        'ChatGPT',
        'Conversations',
        'Voice mode',
        'File uploads',
        'Search',
        'GPTs',
        'Deep Research',
        'Agent',
        'Connectors/Apps',
      ],
    },
  },
  // Probe: unauthenticated /v1/models answers 401 when the API is up
  // (bentleypark/aiwatch worker/src/probe.ts, 2026-07).
  // Status: same incident.io page; group "APIs" and its leaves (didevlab/service-checker
  // app/modules/openai/README.md; Go fixture 2026-10-06: "Chat Completions", "Responses").
  {
    id: 'openai-api',
    name: 'OpenAI API',
    probes: [{ url: 'https://api.openai.com/v1/models', method: 'HEAD' }],
    statusPage: {
      provider: 'incidentio',
      url: 'https://status.openai.com',
      components: [
        'APIs',
        'Chat Completions',
        'Responses',
        'Realtime',
        'Batch',
        'Files',
        'Embeddings',
        'Fine-tuning',
        'Moderations',
        'Audio',
        'Images',
      ],
    },
  },
  // Probes: character.ai is Cloudflare bot-walled (403) for non-browsers, which still
  // shows the edge answers; neo.character.ai/health is the chat backend, 200
  // {"redis":"UP"} to a plain GET (bentleypark/aiwatch issue #921 + probe.ts, 2026-07-06).
  // Status: none. The Atlassian page (status.character.ai → characteraistatus.statuspage.io)
  // answers 401 "page inactive" since ~2026-06-18, still dead 2026-07-06 (aiwatch #689, #921).
  {
    id: 'character-ai',
    name: 'Character.AI',
    probes: [
      { url: 'https://character.ai/', method: 'HEAD' },
      { url: 'https://neo.character.ai/health', method: 'GET' },
    ],
  },
  // Status: status.claude.com (status.anthropic.com redirects there), Atlassian
  // Statuspage; components "claude.ai", "Claude API (api.anthropic.com)", "Claude Code",
  // "Claude Console (platform.claude.com)" (stored Go fixture of summary.json read
  // 2026-10-06; didevlab/service-checker app/modules/claude/README.md).
  {
    id: 'claude',
    name: 'Claude',
    probes: [{ url: 'https://claude.ai/', method: 'HEAD' }],
    statusPage: { provider: 'statuspage', url: 'https://status.claude.com', components: ['claude.ai'] },
  },
  // Probe: /v1/models answers 401 without a key (aiwatch probe.ts, 2026-07).
  {
    id: 'anthropic-api',
    name: 'Anthropic API',
    probes: [{ url: 'https://api.anthropic.com/v1/models', method: 'HEAD' }],
    statusPage: {
      provider: 'statuspage',
      url: 'https://status.claude.com',
      components: ['Claude API (api.anthropic.com)'],
    },
  },
  // Status: the consumer Gemini app is a product on the Google Workspace Status
  // Dashboard; its incidents.json lists it in affected_products as
  // {"title":"Gemini","id":"npdyhgECDJ6tB66MxXyo"} (stored Swift UsageStore test with a
  // 2026-05-10 incident; the same id in several other monitors). AI Studio's own status
  // view is a private RPC needing an embedded key (aiwatch parsers/aistudio.ts), not a feed.
  {
    id: 'gemini',
    name: 'Gemini',
    probes: [{ url: 'https://gemini.google.com/app', method: 'HEAD' }],
    statusPage: { provider: 'google', url: 'https://www.google.com/appsstatus/dashboard', components: ['Gemini'] },
  },
  // Status: status.perplexity.com moved Instatus → incident.io (DNS cut-over 2026-09-10);
  // components "App", "Website", "Computer", and "API" again from 2026-09-17
  // (bentleypark/aiwatch issues #1390, #1449, PR #1407). The consumer product is App + Website.
  {
    id: 'perplexity',
    name: 'Perplexity',
    probes: [{ url: 'https://www.perplexity.ai/', method: 'HEAD' }],
    statusPage: { provider: 'incidentio', url: 'https://status.perplexity.com', components: ['App', 'Website'] },
  },
  // Probe: api.githubcopilot.com/models is the bearer-token route Copilot clients list
  // models from (many stored clients, 2025–2026); without a token any 4xx still proves
  // the host answers. Not seen unauthenticated in a stored copy: medium confidence.
  // Status: www.githubstatus.com, Atlassian; components "Copilot" (pjmpxvq2cmr2) and
  // "Copilot AI Model Providers" (cnnb39dkkk82), id list captured 2026-08-06 (stored
  // design note) and in a github-summary.json fixture with a 2026-09-03 incident.
  {
    id: 'github-copilot',
    name: 'GitHub Copilot',
    probes: [{ url: 'https://api.githubcopilot.com/models', method: 'HEAD' }],
    statusPage: {
      provider: 'statuspage',
      url: 'https://www.githubstatus.com',
      components: ['Copilot', 'Copilot AI Model Providers'],
    },
  },
  // Probes: chat.deepseek.com (web app) and api.deepseek.com/v1/models (401 without a key,
  // aiwatch probe.ts). Status: status.deepseek.com moved to Flashduty in May 2026 (its
  // Atlassian mirror deepseek.statuspage.io froze 2026-05-08) and rejects non-browser TLS
  // clients (aiwatch worker/src/parsers/flashduty.ts + fixture deepseek-flashduty-v4.json,
  // 2026-06/07). No reader here speaks Flashduty: `auto`, see STATUS_PAGE_NOTES.
  {
    id: 'deepseek',
    name: 'DeepSeek',
    probes: [
      { url: 'https://chat.deepseek.com/', method: 'HEAD' },
      { url: 'https://api.deepseek.com/v1/models', method: 'HEAD' },
    ],
    statusPage: { provider: 'auto', url: 'https://status.deepseek.com' },
  },
  // Status: status.poe.com is incident.io: a stored Rust monitor ("headroom", status
  // sources table + tests with an incidentio_poe_components.json fixture, 2026-09) reads it
  // as incident.io with ULID component ids (01K8PEEST…, minted 2025-10). It still answers
  // the Atlassian-compatible /api/v2/status.json (seen 2026-05-20). Poe-only page, and the
  // component names were not in any stored copy, so no filter.
  {
    id: 'poe',
    name: 'Poe',
    probes: [{ url: 'https://poe.com/', method: 'HEAD' }],
    statusPage: { provider: 'incidentio', url: 'https://status.poe.com' },
  },
  // Probes: chat.mistral.ai (Le Chat) and api.mistral.ai/v1/models (La Plateforme, 401
  // without a key, aiwatch probe.ts). Status: status.mistral.ai moved Instatus → Rootly in
  // Sep 2026, behind a Cloudflare managed challenge that only a headed browser passes
  // (aiwatch issue #1381, worker/src/parsers/rootly.ts, fixture mistral-feed-2026-10-01.json).
  // No supported feed: `auto`, see STATUS_PAGE_NOTES.
  {
    id: 'mistral',
    name: 'Mistral (Le Chat / La Plateforme)',
    probes: [
      { url: 'https://chat.mistral.ai/', method: 'HEAD' },
      { url: 'https://api.mistral.ai/v1/models', method: 'HEAD' },
    ],
    statusPage: { provider: 'auto', url: 'https://status.mistral.ai' },
  },
];

/**
 * Why an entry has no status page, or one whose provider is `auto`: shown by
 * `status-doctor services` and the settings view, so a missing official
 * signal is explained rather than looking like a bug.
 */
export const STATUS_PAGE_NOTES: Readonly<Record<string, string>> = Object.freeze({
  'character-ai':
    'Character.AI switched its status page (status.character.ai) off around June 2026; it answers "page inactive". Only the probes speak for it.',
  deepseek:
    'status.deepseek.com runs on Flashduty, which has no public feed and turns away non-browser clients. Open it in a browser; the probes are the live signal.',
  mistral:
    'status.mistral.ai runs on Rootly behind a browser check, with no public feed. Open it in a browser; the probes are the live signal.',
});

function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) freezeDeep(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The built-in catalog, deeply frozen: it is shared by every check, so a
 * caller that changed it would change every later diagnosis.
 */
export const BUILTIN_SERVICES: readonly ServiceSpec[] = freezeDeep(ENTRIES);

/** The built-in service with this id, if there is one. */
export function findService(id: string): ServiceSpec | undefined {
  return BUILTIN_SERVICES.find((service) => service.id === id);
}

/** The ids of the built-in catalog, in catalog order (what `--service` accepts without a config). */
export function catalogIds(): readonly string[] {
  return BUILTIN_SERVICES.map((service) => service.id);
}
