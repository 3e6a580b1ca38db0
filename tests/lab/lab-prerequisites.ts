import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { destroyNamespaceSync } from './lab-cleanup.ts';
import { LAB_COMMAND_ENV, runCommandSync } from './lab-commands.ts';

/** Whether the lab can run here, and if not, why. */
export interface LabPrerequisites {
  readonly ready: boolean;
  /** What is missing, one item each, in words a person can act on. */
  readonly missing: readonly string[];
}

/** The commands the lab runs, with the Debian package that brings each. */
export const LAB_COMMANDS: readonly (readonly [command: string, debianPackage: string])[] = [
  ['ip', 'iproute2'],
  ['tc', 'iproute2'],
  ['ss', 'iproute2'],
  ['nft', 'nftables'],
  ['dnsmasq', 'dnsmasq-base'],
  ['openssl', 'openssl'],
  ['faketime', 'faketime'],
];

function onPath(command: string): boolean {
  return (LAB_COMMAND_ENV.PATH ?? '').split(':').some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Checks (synchronously, so test files can decide at collection time) that
 * this is Linux, we are root, every command is installed, and a network
 * namespace with nftables can really be made (a container without
 * CAP_SYS_ADMIN or nf_tables fails here, not half-way through a scenario).
 */
export function checkLabPrerequisites(): LabPrerequisites {
  const missing: string[] = [];
  if (process.platform !== 'linux') return { ready: false, missing: [`Linux network namespaces (this is ${process.platform})`] };
  if (process.getuid?.() !== 0) missing.push('root (the lab creates network namespaces; run the tests as root)');
  for (const [command, debianPackage] of LAB_COMMANDS) {
    if (!onPath(command)) missing.push(`${command} (Debian package ${debianPackage})`);
  }
  if (!existsSync('/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1') && !existsSync('/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1') && onPath('faketime')) {
    missing.push('libfaketime (Debian package libfaketime)');
  }
  if (missing.length > 0) return { ready: false, missing };

  const probe = `sdlab-${process.pid}-${randomBytes(3).toString('hex')}-probe`;
  try {
    const added = runCommandSync('ip', ['netns', 'add', probe]);
    if (added.code !== 0) {
      missing.push(`permission to create network namespaces (ip netns add: ${added.stderr.trim()})`);
    } else {
      const nft = runCommandSync('ip', ['netns', 'exec', probe, 'nft', 'list', 'ruleset']);
      if (nft.code !== 0) missing.push(`nftables in a network namespace (nft: ${nft.stderr.trim()})`);
    }
  } finally {
    destroyNamespaceSync(probe);
  }
  return { ready: missing.length === 0, missing };
}
