import type { SecretKind } from './messages/en.ts';

/**
 * Field, header and parameter names whose values are secrets: anything that
 * ends in key, token, secret, password, cookie, session, auth, credentials
 * or signature ("apiKey", "x-api-key", "access_token", "client_secret",
 * "Set-Cookie", "sessionid", "oauth"). Matching the ending rather than a
 * fixed list catches the names providers invent; a harmless field that
 * happens to match ("hotkey") only costs a placeholder.
 */
const SECRET_ENDING =
  /(?:api[_.-]?key|keys?|tokens?|secrets?|passwords?|passwd|pwd|passphrase|cookies?|session(?:[_.-]?id)?|sessid|auth|authorization|credentials?|signature|sig|jwt|bearer)$/i;

/** The same endings as a regular-expression source, for finding `name=value` in text. */
export const SECRET_NAME_SOURCE = String.raw`[A-Za-z0-9_.-]*?(?:api[_.-]?key|keys?|tokens?|secrets?|passwords?|passwd|pwd|passphrase|cookies?|session(?:[_.-]?id)?|sessid|auth|authorization|credentials?|signature|sig|jwt|bearer)`;

/** True when a field, header or parameter of this name holds a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_ENDING.test(name.trim());
}

/** Which placeholder a secret found under `name` gets. */
export function secretKindOfName(name: string): SecretKind {
  const lower = name.toLowerCase();
  if (/cookie/.test(lower)) return 'cookie';
  if (/session|sessid/.test(lower)) return 'session';
  if (/pass|pwd/.test(lower)) return 'password';
  if (/credential/.test(lower)) return 'credentials';
  if (/private[_.-]?key/.test(lower)) return 'privateKey';
  if (/key$|keys$/.test(lower)) return 'apiKey';
  if (/secret/.test(lower)) return 'secret';
  return 'token';
}
