import tls from 'node:tls';

/**
 * The CA certificates (PEM) a connection trusts: Node's default store plus
 * the user's extra CAs (a company CA, `tls.extraCaFile`).
 *
 * Node's default store is its bundled Mozilla list (plus NODE_EXTRA_CA_CERTS,
 * and the OS store only if Node runs with --use-system-ca). The OS store is
 * deliberately not added here: a certificate only the OS trusts is how HTTPS
 * interception by antivirus or a proxy shows itself, and the diagnosis needs
 * to see it; users who trust such a CA on purpose add it as an extra CA.
 */
export function trustedCaCertificates(extraCaCertificates: readonly string[] = []): string[] {
  const defaults = typeof tls.getCACertificates === 'function' ? tls.getCACertificates('default') : [...tls.rootCertificates];
  return [...defaults, ...extraCaCertificates];
}
