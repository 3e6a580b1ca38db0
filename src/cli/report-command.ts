import { join, resolve } from 'node:path';
import { BUILTIN_SERVICES } from '../core/catalog/builtin-catalog.ts';
import { pickServices, servicesOf } from '../core/catalog/select-services.ts';
import { createLiveCheckDependencies } from '../core/check/live-check-dependencies.ts';
import { runCheck } from '../core/check/run-check.ts';
import { loadConfigFile, parseConfig } from '../core/config/load-config.ts';
import { guidanceLanguage } from '../core/i18n/guidance-language.ts';
import { readMachineFacts, type MachineFacts } from '../core/support-report/machine-facts.ts';
import type { NetworkEvidence } from '../core/network/network-evidence.ts';
import type { NetworkDiagnoser } from '../core/network/network-report.ts';
import type { ProviderLag } from '../core/history/history-store.ts';
import { readStatusPageLag, STATUS_PAGE_LAG_WINDOW_MS } from '../core/history/read-status-page-lag.ts';
import { buildSupportReport } from '../core/support-report/build-support-report.ts';
import { renderSupportReportMarkdown } from '../core/support-report/render-markdown.ts';
import { renderSupportReportText } from '../core/support-report/render-text.ts';
import type { CliIo } from './cli-io.ts';
import type { CliLanguage } from './cli-language.ts';
import { appVersion } from './app-version.ts';
import { HISTORY_FILE } from './watch-command.ts';

/** `status-doctor report` options. */
export interface ReportOptions {
  readonly command: 'report';
  readonly configPath?: string;
  readonly serviceIds: readonly string[];
  /** Plain text instead of Markdown. */
  readonly text: boolean;
  /** Keep local addresses, the host name and the user name (secrets are removed regardless). */
  readonly revealLocal: boolean;
  /** `watch`'s data directory: its history gives each status page's usual lag. */
  readonly dataDir?: string;
}

/** How long the command waits for open connections to close after printing. */
const CLOSE_GRACE_MS = 200;

/** The status-page lag measured by `watch` in `dataDir`, read without touching its history. */
function measuredStatusPageLag(dataDir: string | undefined): readonly ProviderLag[] | undefined {
  if (dataDir === undefined) return undefined;
  const now = Date.now();
  return readStatusPageLag(join(resolve(dataDir), HISTORY_FILE), { from: now - STATUS_PAGE_LAG_WINDOW_MS, to: now + 1 });
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
  machine: MachineFacts = readMachineFacts(appVersion(), io.env),
): Promise<number> {
  const source = options.configPath ?? 'built-in defaults';
  const config = options.configPath ? await loadConfigFile(options.configPath) : parseConfig({}, source);
  const services = pickServices(servicesOf(config, BUILTIN_SERVICES), options.serviceIds);
  const statusPageLag = measuredStatusPageLag(options.dataDir);
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
        ...machine,
        revealLocal: options.revealLocal,
        format: language.format,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        ...(evidence ? { evidence } : {}),
        ...(statusPageLag ? { statusPageLag } : {}),
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
