import { readFileSync } from 'node:fs';
import { homedir, hostname, release, userInfo, version } from 'node:os';
import { osFamilyOf, type OsFamily } from '../i18n/os-family.ts';
import { describeOsVersion } from './os-version.ts';

/** What the report says about this machine, and what it must hide. */
export interface MachineFacts {
  readonly os: OsFamily;
  readonly osVersion: string;
  readonly appVersion: string;
  readonly hostName: string;
  readonly userName: string;
  readonly homeDir: string;
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** PRETTY_NAME of /etc/os-release ("Ubuntu 24.04.1 LTS"), when there is one. */
function linuxDistribution(): string | undefined {
  const text = attempt(() => readFileSync('/etc/os-release', 'utf8'), '');
  const value = /^PRETTY_NAME=(.*)$/m.exec(text)?.[1]?.trim();
  return value ? value.replace(/^(["'])(.*)\1$/, '$2') : undefined;
}

/**
 * This machine as the report describes it: OS and version, Status
 * Doctor's version, and the names the report must hide.
 */
export function readMachineFacts(appVersion: string, env: Readonly<Record<string, string | undefined>> = process.env): MachineFacts {
  const platform = process.platform;
  const distribution = platform === 'linux' ? linuxDistribution() : undefined;
  return {
    os: osFamilyOf(platform),
    osVersion: describeOsVersion({
      platform,
      release: release(),
      version: attempt(() => version(), ''),
      ...(distribution ? { distribution } : {}),
    }),
    appVersion,
    hostName: attempt(() => hostname(), ''),
    // userInfo() throws when the uid has no passwd entry (containers); the environment still names the user.
    userName: attempt(() => userInfo().username, env.USER ?? env.USERNAME ?? ''),
    homeDir: attempt(() => homedir(), env.HOME ?? env.USERPROFILE ?? ''),
  };
}
