import { ipFamily } from '../system/ip-literal.ts';

/** What `route -n get default` (or `route -n get -inet6 default`) said. */
export type MacosRouteGet =
  | { readonly kind: 'route'; readonly gateway?: string; readonly interfaceName?: string }
  | { readonly kind: 'no-route' }
  | { readonly kind: 'unreadable' };

/**
 * Parses the output of macOS `route -n get default`: `key: value` lines
 * (`gateway: 192.168.1.1`, `interface: en0`). BSD's route is not
 * translated. "not in table" means there is no default route; a default
 * through a VPN's utun often has no gateway line at all.
 *
 * @param text stdout and stderr together (the "not in table" message goes to stderr)
 */
export function parseMacosRouteGet(text: string): MacosRouteGet {
  if (/not in table/i.test(text)) return { kind: 'no-route' };
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^\s*([a-z ]+):\s*(\S.*?)\s*$/i.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) fields.set(match[1].trim().toLowerCase(), match[2]);
  }
  if (!fields.has('route to') && !fields.has('destination')) return { kind: 'unreadable' };
  const gateway = fields.get('gateway');
  const interfaceName = fields.get('interface');
  return {
    kind: 'route',
    // A gateway may also be a link (`link#12`) for on-link defaults: only an address is a router.
    ...(gateway !== undefined && ipFamily(gateway) !== 0 ? { gateway } : {}),
    ...(interfaceName !== undefined ? { interfaceName } : {}),
  };
}
