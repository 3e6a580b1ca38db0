import { canonicalIp } from '../system/ip-literal.ts';
import type { NeighbourEntry } from './neighbour-entry.ts';

// "? (192.168.1.1) at 0:11:22:33:44:55 on en0 ifscope [ethernet]"
const MACOS_ROW = /\((\d{1,3}(?:\.\d{1,3}){3})\)\s+at\s+(\S+)\s+on\s+(\S+)(.*)$/;
// "  192.168.50.66         dc-a6-32-5e-19-7a     dynamisch"
const WINDOWS_ROW = /^\s*(\d{1,3}(?:\.\d{1,3}){3})\s+([0-9a-f]{2}(?:-[0-9a-f]{2}){5})\b/i;

/** A unicast MAC that was resolved: not all zeros, not broadcast, not IPv4 multicast (01:00:5e…). */
function isResolvedUnicast(mac: string): boolean {
  const bytes = mac.split(/[:-]/).map((part) => Number.parseInt(part, 16));
  if (bytes.length !== 6 || bytes.some((byte) => !Number.isInteger(byte) || byte < 0 || byte > 255)) return false;
  if (bytes.every((byte) => byte === 0) || bytes.every((byte) => byte === 255)) return false;
  return ((bytes[0] ?? 0) & 1) === 0;
}

const normalMac = (mac: string): string =>
  mac
    .split(/[:-]/)
    .map((part) => part.padStart(2, '0').toLowerCase())
    .join(':');

/**
 * Parses macOS `arp -an`. A resolved entry counts as alive; `(incomplete)`
 * does not, nor do `permanent` ones (the Mac's own or static entries).
 */
export function parseMacosArp(text: string): NeighbourEntry[] {
  const entries: NeighbourEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = MACOS_ROW.exec(line);
    if (match?.[1] === undefined || match[2] === undefined || match[3] === undefined) continue;
    const address = canonicalIp(match[1]);
    if (address === undefined) continue;
    const resolved = isResolvedUnicast(match[2]);
    entries.push({
      address,
      interfaceName: match[3],
      ...(resolved ? { mac: normalMac(match[2]) } : {}),
      alive: resolved && !/\bpermanent\b/.test(match[4] ?? ''),
    });
  }
  return entries;
}

/**
 * Parses Windows `arp -a`, by shape (the headings and the type column are
 * translated: "dynamic", "dynamisch", "動的"…). A resolved unicast MAC
 * counts as alive.
 */
export function parseWindowsArp(text: string): NeighbourEntry[] {
  const entries: NeighbourEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = WINDOWS_ROW.exec(line);
    if (match?.[1] === undefined || match[2] === undefined) continue;
    const address = canonicalIp(match[1]);
    if (address === undefined) continue;
    const resolved = isResolvedUnicast(match[2]);
    entries.push({ address, ...(resolved ? { mac: normalMac(match[2]) } : {}), alive: resolved });
  }
  return entries;
}
