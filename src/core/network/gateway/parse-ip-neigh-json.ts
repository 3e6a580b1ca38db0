import { canonicalIp } from '../system/ip-literal.ts';
import type { NeighbourEntry } from './neighbour-entry.ts';
import { jsonArrayRecords } from '../system/command-json.ts';

// Only REACHABLE was confirmed in the last ~30 s (base_reachable_time). STALE
// and DELAY can outlive a router that just died by minutes, and would then
// hide the very fault this check is for.
const ALIVE_STATES = new Set(['REACHABLE']);

/**
 * Parses the JSON of Linux `ip -j neigh show`. An entry is alive when it
 * has a MAC and is REACHABLE (confirmed recently); STALE, DELAY and PROBE
 * are old news, FAILED and INCOMPLETE entries (the router did not answer
 * ARP) and static PERMANENT ones say nothing good.
 *
 * @returns undefined when the text is not ip's JSON
 */
export function parseIpNeighJson(text: string): NeighbourEntry[] | undefined {
  const records = jsonArrayRecords(text);
  if (records === undefined) return undefined;
  const entries: NeighbourEntry[] = [];
  for (const entry of records) {
    const address = typeof entry['dst'] === 'string' ? canonicalIp(entry['dst']) : undefined;
    if (address === undefined) continue;
    const mac = typeof entry['lladdr'] === 'string' && entry['lladdr'] !== '' ? entry['lladdr'].toLowerCase() : undefined;
    const states = Array.isArray(entry['state']) ? entry['state'].filter((state): state is string => typeof state === 'string') : [];
    entries.push({
      address,
      ...(typeof entry['dev'] === 'string' ? { interfaceName: entry['dev'] } : {}),
      ...(mac !== undefined ? { mac } : {}),
      alive: mac !== undefined && states.some((state) => ALIVE_STATES.has(state.toUpperCase())),
    });
  }
  return entries;
}
