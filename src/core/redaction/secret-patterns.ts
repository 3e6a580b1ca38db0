import type { RedactionLabels, SecretKind } from './messages/en.ts';
import { SECRET_NAME_SOURCE, secretKindOfName } from './secret-names.ts';

/**
 * Finding secrets in free text: probe details, URLs, warning messages,
 * pasted headers or config. Every rule leaves a placeholder that no rule
 * matches again, so redacting twice changes nothing.
 */

type Placeholders = RedactionLabels['secret'];

/** Key and token shapes that are secrets wherever they appear, with the placeholder each gets. */
const TOKEN_SHAPES: readonly { readonly pattern: RegExp; readonly kind: SecretKind }[] = [
  // OpenAI (sk-, sk-proj-, sk-svcacct-, sk-admin-), Anthropic (sk-ant-api03-…), OpenRouter (sk-or-v1-…).
  { pattern: /(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-|ant-(?:[a-z]+\d*-)?|or-v\d+-)?[A-Za-z0-9_-]{16,}/g, kind: 'apiKey' },
  // Google API keys.
  { pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{30,}/g, kind: 'apiKey' },
  // xAI, Perplexity, Groq.
  { pattern: /(?<![A-Za-z0-9_-])(?:xai|pplx)-[A-Za-z0-9]{20,}/g, kind: 'apiKey' },
  { pattern: /(?<![A-Za-z0-9_-])gsk_[A-Za-z0-9]{20,}/g, kind: 'apiKey' },
  // Stripe secret and restricted keys, AWS access key ids.
  { pattern: /(?<![A-Za-z0-9_-])[rs]k_(?:live|test)_[A-Za-z0-9]{16,}/g, kind: 'apiKey' },
  { pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])/g, kind: 'apiKey' },
  // GitHub personal, OAuth, app and refresh tokens, fine-grained tokens.
  { pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{20,}/g, kind: 'token' },
  { pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{20,}/g, kind: 'token' },
  // Slack bot, user, app-level tokens and incoming-webhook secrets.
  { pattern: /(?<![A-Za-z0-9_-])xox[abeoprs]-[A-Za-z0-9-]{10,}/g, kind: 'token' },
  { pattern: /(?<![A-Za-z0-9_-])xapp-\d+-[A-Za-z0-9-]{10,}/g, kind: 'token' },
  { pattern: /(?<=hooks\.slack\.com\/services\/)[A-Za-z0-9/]+/g, kind: 'token' },
  // Hugging Face.
  { pattern: /(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,}/g, kind: 'token' },
  // JWTs: three base64url segments, the first a JSON header ("{"" encodes to "eyJ"); the signature may be empty.
  { pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, kind: 'token' },
];

const PEM_PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----|$)/g;

// Headers whose whole value (schemes and spaces included) is the secret.
const WHOLE_LINE_HEADERS = /(?<![A-Za-z0-9_-])(proxy-authorization|authorization|set-cookie|cookie)(\s*:\s*)([^\r\n"]*)/gi;

const BEARER = /(?<![A-Za-z0-9_-])(bearer)(\s+)([A-Za-z0-9._~+/=-]{6,})/gi;

// scheme://user:password@host — the userinfo is removed whatever it looks like.
const URL_USERINFO = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^\s/?#@[\]]+)@/g;

// name=value, name: value, "name": "value" for secret-ish names (query parameters, JSON, YAML, env).
const NAMED_VALUE = new RegExp(
  String.raw`(?<![A-Za-z0-9_.-])(${SECRET_NAME_SOURCE})(["']?)(\s*[:=]\s*)("(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*'|[^\s&#,;"'<>[\](){}]+)`,
  'gi',
);

// Any query parameter whose value looks like a random string, whatever its name.
const QUERY_VALUE = /([?&;])([^=&#\s]+)=([^&#\s"'<>[\]]{20,})/g;

/** True for a long string that reads as random: mixed character classes and high entropy. */
export function looksRandom(value: string): boolean {
  if (value.length < 20 || /:\/\/|%3A%2F/i.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((pattern) => pattern.test(value)).length;
  if (classes < 2) return false;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy >= 3.5;
}

function isPlaceholder(text: string, placeholders: Placeholders): boolean {
  const trimmed = text.trim();
  return Object.values(placeholders).includes(trimmed);
}

/** `text` with every secret it contains replaced by a placeholder. */
export function redactSecretsInText(text: string, placeholders: Placeholders): string {
  let out = text.replace(PEM_PRIVATE_KEY, placeholders.privateKey);
  for (const { pattern, kind } of TOKEN_SHAPES) out = out.replace(pattern, placeholders[kind]);
  out = out.replace(URL_USERINFO, (_match, scheme: string) => `${scheme}${placeholders.credentials}@`);
  out = out.replace(BEARER, (_match, word: string, space: string) => `${word}${space}${placeholders.token}`);
  out = out.replace(WHOLE_LINE_HEADERS, (match, name: string, separator: string, value: string) => {
    if (value.trim() === '' || isPlaceholder(value, placeholders)) return match;
    return `${name}${separator}${placeholders[/cookie/i.test(name) ? 'cookie' : 'token']}`;
  });
  out = out.replace(NAMED_VALUE, (match, name: string, quote: string, separator: string, value: string) => {
    const inner = value.replace(/^["']|["']$/g, '');
    if (inner === '' || isPlaceholder(inner, placeholders)) return match;
    const wrapped = value.startsWith('"') ? `"${placeholders[secretKindOfName(name)]}"` : value.startsWith("'") ? `'${placeholders[secretKindOfName(name)]}'` : placeholders[secretKindOfName(name)];
    return `${name}${quote}${separator}${wrapped}`;
  });
  out = out.replace(QUERY_VALUE, (match, lead: string, name: string, value: string) =>
    looksRandom(value) ? `${lead}${name}=${placeholders.token}` : match,
  );
  return out;
}
