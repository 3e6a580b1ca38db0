import type { Locale } from '../i18n/locale.ts';
import { redactLocalInText, type MachineIdentity } from './local-patterns.ts';
import { redactionEn, type RedactionLabels, type SecretKind } from './messages/en.ts';
import { redactionKo } from './messages/ko.ts';
import { redactSecretsInText } from './secret-patterns.ts';
import { isSecretName, secretKindOfName } from './secret-names.ts';

export type { MachineIdentity } from './local-patterns.ts';
export type { RedactionLabels } from './messages/en.ts';

/** What to hide and how to say it was hidden. */
export interface RedactionOptions extends MachineIdentity {
  /**
   * When true, local addresses, MAC addresses, home folders and the host
   * and user names stay (the user chose to show them). Secrets never stay.
   */
  readonly revealLocal: boolean;
  /** The placeholders' language; English when absent. */
  readonly labels?: RedactionLabels;
}

/** The placeholders for a language. */
export function redactionLabels(locale: Locale): RedactionLabels {
  return locale === 'ko' ? redactionKo : redactionEn;
}

/** `text` with secrets (always) and local details (unless revealed) replaced by readable placeholders (pure). */
export function redactText(text: string, options: RedactionOptions): string {
  const labels = options.labels ?? redactionEn;
  const withoutSecrets = redactSecretsInText(text, labels.secret);
  return options.revealLocal ? withoutSecrets : redactLocalInText(withoutSecrets, options, labels.local, Object.values(labels.secret));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function walk(value: unknown, options: RedactionOptions, labels: RedactionLabels, hiddenAs: SecretKind | undefined): unknown {
  if (typeof value === 'string') {
    if (hiddenAs !== undefined && value !== '') return labels.secret[hiddenAs];
    return redactText(value, options);
  }
  if ((typeof value === 'number' || typeof value === 'bigint') && hiddenAs !== undefined) return labels.secret[hiddenAs];
  if (Array.isArray(value)) return value.map((item) => walk(item, options, labels, hiddenAs));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, walk(item, options, labels, hiddenAs ?? (isSecretName(key) ? secretKindOfName(key) : undefined))]),
    );
  }
  return value;
}

/**
 * A copy of `value` (a string, or arrays and plain objects of them, like a
 * report, headers or a config) with every secret replaced by a placeholder:
 * whole values under secret names ("Authorization", "apiKey", "Set-Cookie",
 * "password", …) and, in any string, tokens and keys by their shape, secret
 * query parameters, URL credentials and private keys. Unless
 * `revealLocal`, private and link-local addresses, MAC addresses, home
 * folders and this machine's host and user names go too. Numbers under a
 * secret name become a placeholder string; booleans, null and non-plain
 * objects are left as they are. Redacting twice gives the same result.
 */
export function redact<T>(value: T, options: RedactionOptions): T {
  return walk(value, options, options.labels ?? redactionEn, undefined) as T;
}
