import { isIP } from 'node:net';
import type { RedactionLabels } from './messages/en.ts';

/**
 * Finding what identifies this machine or its owner in free text: private
 * and link-local addresses, MAC addresses, home folders, the host name and
 * the user name. Public addresses stay: support staff need the edge's IP.
 */

/** What the caller knows about this machine, so its names can be hidden. */
export interface MachineIdentity {
  readonly hostName?: string;
  readonly userName?: string;
  readonly homeDir?: string;
}

type Placeholders = RedactionLabels['local'];

const IPV4 = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)/g;
const IPV6_CANDIDATE = /(?<![0-9A-Za-z:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%[0-9A-Za-z_.-]+)?(?![0-9A-Za-z:])/g;
const MAC = /(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])/g;
// /home/<name>, /Users/<name>, C:\Users\<name> (also with doubled backslashes, as in JSON, or forward slashes).
const UNIX_HOME = /(?<![A-Za-z0-9_.-])\/(?:home|Users)\/[^/\s"'<>:;,()[\]]+/g;
const WINDOWS_HOME = /(?<![A-Za-z0-9])[A-Za-z]:(?:\\\\|\\|\/)(?:Users|Documents and Settings)(?:\\\\|\\|\/)[^\\/\s"'<>:;,()[\]]+/gi;

/** True for 10/8, 172.16/12, 192.168/16, 169.254/16 and 100.64/10 (carrier-grade NAT). */
export function isPrivateIpv4(octets: readonly number[]): boolean {
  const [a = -1, b = -1] = octets;
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

/** True for fc00::/7 (unique local) and fe80::/10 (link-local). */
export function isPrivateIpv6(address: string): boolean {
  const bare = address.replace(/%.*$/, '');
  if (isIP(bare) !== 6) return false;
  const first = bare.startsWith('::') ? 0 : Number.parseInt(bare.split(':')[0] ?? '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Replaces `word` where it stands alone, ignoring case, outside placeholders.
 * Dashes, dots and underscores count as separators, so "alice" goes from
 * "alice-laptop" too: hiding too much is better than leaking a name.
 */
function replaceWord(text: string, word: string, placeholder: string, protectedTexts: readonly string[]): string {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu');
  const guard = new RegExp(`(${protectedTexts.map(escapeRegExp).join('|')})`, 'g');
  // Placeholders already in the text may contain the word ("[user name]" for a user called "name").
  return text
    .split(guard)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(pattern, placeholder)))
    .join('');
}

/** The spellings a home folder path appears in: as given, with the other slash, and JSON-escaped. */
function homeSpellings(homeDir: string): string[] {
  const trimmed = homeDir.replace(/[\\/]+$/, '');
  if (trimmed.length < 2) return [];
  return [...new Set([trimmed, trimmed.replaceAll('\\', '/'), trimmed.replaceAll('/', '\\'), trimmed.replaceAll('\\', '\\\\')])].sort(
    (a, b) => b.length - a.length,
  );
}

/**
 * `text` with this machine's local details replaced by placeholders.
 * `protectedTexts` are placeholders already in the text, left intact.
 */
export function redactLocalInText(text: string, identity: MachineIdentity, placeholders: Placeholders, protectedTexts: readonly string[]): string {
  let out = text;
  if (identity.homeDir) {
    for (const spelling of homeSpellings(identity.homeDir)) {
      out = out.replace(new RegExp(`${escapeRegExp(spelling)}(?![A-Za-z0-9_.-])`, 'gi'), placeholders.homeFolder);
    }
  }
  out = out.replace(UNIX_HOME, placeholders.homeFolder).replace(WINDOWS_HOME, placeholders.homeFolder);
  out = out.replace(MAC, placeholders.macAddress);
  out = out.replace(IPV4, (match, ...groups: string[]) => {
    const octets = groups.slice(0, 4).map(Number);
    return octets.every((octet) => octet <= 255) && isPrivateIpv4(octets) ? placeholders.address : match;
  });
  out = out.replace(IPV6_CANDIDATE, (match) => (isPrivateIpv6(match) ? placeholders.address : match));
  const guarded = [...protectedTexts, ...Object.values(placeholders)];
  const host = identity.hostName?.trim();
  if (host && host.toLowerCase() !== 'localhost') {
    const names = [...new Set([host, host.split('.')[0] ?? ''])].filter((name) => name.length >= 2).sort((a, b) => b.length - a.length);
    for (const name of names) out = replaceWord(out, name, placeholders.hostName, guarded);
  }
  const user = identity.userName?.trim();
  if (user) out = replaceWord(out, user, placeholders.userName, guarded);
  return out;
}
