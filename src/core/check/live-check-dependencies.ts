import type { ConfigFile, StatusPageSpec } from '../config/config-schema.ts';
import { readExtraCaFile } from '../config/read-extra-ca.ts';
import { createNetworkDiagnoser } from '../network/create-network-diagnoser.ts';
import type { NetworkDiagnoser } from '../network/network-report.ts';
import { execFileRunner } from '../network/system/command-runner.ts';
import { createProber } from '../probe/create-prober.ts';
import { readStatusPage } from '../status-page/read-status-page.ts';
import { selectComponentsWithReport } from '../status-page/select-components.ts';
import type { HttpTextFetcher } from '../http/http-text-fetcher.ts';
import { systemClock } from './deadline.ts';
import type { CheckDependencies, OfficialReading, OfficialStatusFunction } from './run-check.ts';

/** Real dependencies for `runCheck`, and how to release them. */
export interface LiveCheckDependencies {
  readonly dependencies: CheckDependencies;
  /** Reads status-page documents over the same connection pool (the monitor polls pages itself). */
  readonly fetchText: HttpTextFetcher;
  /** Closes every connection the probes and status-page reads kept open. */
  close(): Promise<void>;
}

/**
 * Reads a status page and narrows it to the service's components. A missing
 * component is only reported when none of the listed names is on the page:
 * catalog entries list a group and its members so that either form of the
 * page matches, and one of them being absent is expected.
 */
export function officialStatusReader(fetchText: HttpTextFetcher): OfficialStatusFunction {
  return async (spec: StatusPageSpec, options): Promise<OfficialReading> => {
    const reading = await readStatusPage(spec, fetchText, options);
    if (!reading.ok) return { ok: false, sourceUrl: spec.url, problem: reading.problem };
    if (!spec.components) return { ok: true, sourceUrl: spec.url, status: reading.status, missingComponents: [] };
    const selection = selectComponentsWithReport(reading.status, spec.components);
    return {
      ok: true,
      sourceUrl: spec.url,
      status: selection.status,
      missingComponents: selection.matched.length === 0 ? [...selection.unmatched] : [],
    };
  };
}

/**
 * Wires the engine to the real network: one prober (shared connection pool,
 * the system's trust store plus `tls.extraCaFile`) for probes, status pages
 * and control sites, and the local network diagnosis on this machine's own
 * commands. `source` names the config in errors about its CA file.
 */
export async function createLiveCheckDependencies(
  config: ConfigFile,
  source: string,
  options: { readonly diagnoseNetwork?: NetworkDiagnoser } = {},
): Promise<LiveCheckDependencies> {
  const extraCaCertificates = config.tls.extraCaFile ? await readExtraCaFile(config.tls.extraCaFile, source) : [];
  const prober = createProber({ extraCaCertificates });
  const diagnoseNetwork =
    options.diagnoseNetwork ??
    createNetworkDiagnoser({ prober, runCommand: execFileRunner, platform: process.platform, env: process.env, extraCaCertificates });
  return {
    fetchText: prober.fetchText,
    dependencies: {
      probe: (spec, probeOptions) => prober.probe(spec, probeOptions),
      readOfficialStatus: officialStatusReader(prober.fetchText),
      diagnoseNetwork,
      clock: systemClock,
    },
    close: () => prober.close(),
  };
}
