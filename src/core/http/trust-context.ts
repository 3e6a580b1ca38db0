import { createSecureContext, type SecureContext } from 'node:tls';
import { trustedCaCertificates } from './trust-store.ts';

let cached: { readonly key: string; readonly context: SecureContext } | undefined;

/**
 * One TLS context trusting Node's default store plus `extraCaCertificates`,
 * kept for the next check with the same extra CAs: building it parses ~150
 * certificates (~15 ms), which the monitor would otherwise pay every round.
 */
export function trustContext(extraCaCertificates: readonly string[] = []): SecureContext {
  const key = extraCaCertificates.join('\n');
  if (cached?.key !== key) cached = { key, context: createSecureContext({ ca: trustedCaCertificates(extraCaCertificates) }) };
  return cached.context;
}
