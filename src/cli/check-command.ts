import { BUILTIN_SERVICES } from '../core/catalog/builtin-catalog.ts';
import { pickServices, servicesOf } from '../core/catalog/select-services.ts';
import { createLiveCheckDependencies } from '../core/check/live-check-dependencies.ts';
import { runCheck } from '../core/check/run-check.ts';
import { loadConfigFile, parseConfig } from '../core/config/load-config.ts';
import { osFamilyOf } from '../core/i18n/os-family.ts';
import { exitCodeForVerdict } from '../core/verdict/verdict-kind.ts';
import type { CliIo } from './cli-io.ts';
import { cliGuidanceLanguage, type CliLanguage } from './cli-language.ts';
import type { CheckOptions } from './parse-command-line.ts';
import { renderCheckReport } from './render-check-report.ts';
import { terminalStyleFor } from './terminal-style.ts';

/** How long the command waits for open connections to close after printing. */
const CLOSE_GRACE_MS = 200;

/**
 * `status-doctor check`: one diagnosis, printed as text or JSON; returns the
 * exit code. The verdict's words are in `language` either way; the JSON's
 * structure does not depend on it.
 */
export async function runCheckCommand(options: CheckOptions, io: CliIo, language: CliLanguage): Promise<number> {
  const source = options.configPath ?? 'built-in defaults';
  const config = options.configPath ? await loadConfigFile(options.configPath) : parseConfig({}, source);
  const services = pickServices(servicesOf(config, BUILTIN_SERVICES), options.serviceIds);
  const live = await createLiveCheckDependencies(config, source);
  try {
    const report = await runCheck(
      { config, services, imSeeingErrors: options.imSeeingErrors, language: cliGuidanceLanguage(language, osFamilyOf(process.platform)) },
      live.dependencies,
    );
    io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderCheckReport(report, terminalStyleFor(io), language));
    return exitCodeForVerdict(report.verdict.kind);
  } finally {
    // The answer is out; connections still stuck behind a name lookup that
    // never returns must not hold the command back.
    await Promise.race([live.close(), new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref())]);
  }
}
