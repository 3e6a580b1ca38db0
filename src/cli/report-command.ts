import { readFileSync } from 'node:fs';
import { homedir, hostname, release, userInfo, version } from 'node:os';
import { BUILTIN_SERVICES } from '../core/catalog/builtin-catalog.ts';
import { pickServices, servicesOf } from '../core/catalog/select-services.ts';
import { createLiveCheckDependencies } from '../core/check/live-check-dependencies.ts';
import { runCheck } from '../core/check/run-check.ts';
import { loadConfigFile, parseConfig } from '../core/config/load-config.ts';
import { guidanceLanguage } from '../core/i18n/guidance-language.ts';
import { osFamilyOf, type OsFamily } from '../core/i18n/os-family.ts';
import type { NetworkEvidence } from '../core/network/network-evidence.ts';
import type { NetworkDiagnoser } from '../core/network/network-report.ts';
import { buildSupportReport } from '../core/support-report/build-support-report.ts';
import { describeOsVersion } from '../core/support-report/os-version.ts';
import { renderSupportReportMarkdown } from '../core/support-report/render-markdown.ts';
import { renderSupportReportText } from '../core/support-report/render-text.ts';
import type { CliIo } from './cli-io.ts';
import type { CliLanguage } from './cli-language.ts';
import { appVersion } from './app-version.ts';

/** `status-doctor report` options. */
export interface ReportOptions {
  readonly command: 'report';
  readonly configPath?: string;
  readonly serviceIds: readonly string[];
  /** Plain text instead of Markdown. */
  readonly text: boolean;
  /** Keep local addresses, the host name and the user name (secrets are removed regardless). */
  readonly revealLocal: boolean;
}

/** What the report says about this machine, and what it must hide. */
export interface MachineFacts {
  readonly os: OsFamily;
  readonly osVersion: string;
  readonly appVersion: string;
  readonly hostName: string;
  readonly userName: string;
  readonly homeDir: string;
}

/** How long the command waits for open connections to close after printing. */
const CLOSE_GRACE_MS = 200;

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
export function readMachineFacts(env: Readonly<Record<string, string | undefined>> = process.env): MachineFacts {
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
    appVersion: appVersion(),
    hostName: attempt(() => hostname(), ''),
    // userInfo() throws when the uid has no passwd entry (containers); the environment still names the user.
    userName: attempt(() => userInfo().username, env.USER ?? env.USERNAME ?? ''),
    homeDir: attempt(() => homedir(), env.HOME ?? env.USERPROFILE ?? ''),
  };
}

/**
 * `status-doctor report`: runs one diagnosis and prints the support report,
 * Markdown by default or plain text with `--text`, in `language`. Exit 0
 * whenever a report was printed, whatever it says; usage and config
 * mistakes throw before anything is printed (64 from the caller).
 */
export async function runReportCommand(
  options: ReportOptions,
  io: CliIo,
  language: CliLanguage,
  machine: MachineFacts = readMachineFacts(io.env),
): Promise<number> {
  const source = options.configPath ?? 'built-in defaults';
  const config = options.configPath ? await loadConfigFile(options.configPath) : parseConfig({}, source);
  const services = pickServices(servicesOf(config, BUILTIN_SERVICES), options.serviceIds);
  const live = await createLiveCheckDependencies(config, source);
  // The report says more about the local network than the check's JSON does (the route's
  // interface, the control site, the clock, the proxy), so it keeps the evidence itself.
  let evidence: NetworkEvidence | undefined;
  const diagnoseNetwork: NetworkDiagnoser = async (request) => {
    evidence = await live.dependencies.diagnoseNetwork(request);
    return evidence;
  };
  try {
    const report = await runCheck(
      { config, services, language: guidanceLanguage(language.locale, machine.os) },
      { ...live.dependencies, diagnoseNetwork },
    );
    const model = buildSupportReport(
      report,
      {
        locale: language.locale,
        os: machine.os,
        osVersion: machine.osVersion,
        appVersion: machine.appVersion,
        hostName: machine.hostName,
        userName: machine.userName,
        homeDir: machine.homeDir,
        revealLocal: options.revealLocal,
        format: language.format,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        ...(evidence ? { evidence } : {}),
      },
      options.serviceIds.length === 1 ? options.serviceIds[0] : undefined,
    );
    io.stdout.write(options.text ? renderSupportReportText(model) : renderSupportReportMarkdown(model));
    // The report was produced: success, whatever the verdict inside it.
    return 0;
  } finally {
    await Promise.race([live.close(), new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref())]);
  }
}
