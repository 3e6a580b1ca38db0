import type { StatusPageSpec } from '../../config/config-schema.ts';

/**
 * The key under which services share one status-page poll: the provider and
 * the page's address without query, fragment or trailing slash, so
 * "https://status.openai.com" and "https://status.openai.com/" are one page.
 * Components are left out on purpose: one poll reads the whole page and each
 * service picks its own components from it.
 */
export function statusPageKey(spec: Pick<StatusPageSpec, 'provider' | 'url'>): string {
  const url = new URL(spec.url);
  const path = url.pathname.replace(/\/+$/, '');
  return `${spec.provider} ${url.protocol}//${url.host}${path}`;
}
