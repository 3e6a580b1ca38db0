import type { ConfigFile } from '../../config/config-schema.ts';
import { readExtraCaFile } from '../../config/read-extra-ca.ts';
import { createNetworkDiagnoser } from '../../network/create-network-diagnoser.ts';
import { execFileRunner } from '../../network/system/command-runner.ts';
import { createProber } from '../../probe/create-prober.ts';
import { readStatusPage } from '../../status-page/read-status-page.ts';
import type { MonitorDependencies } from './monitor-types.ts';

/** The monitor's real connections, and how to release them. */
export interface LiveMonitorConnections {
  readonly probe: MonitorDependencies['probe'];
  readonly readStatusPage: MonitorDependencies['readStatusPage'];
  readonly diagnoseNetwork: MonitorDependencies['diagnoseNetwork'];
  /** Closes every connection the probes and status-page reads kept open. */
  close(): Promise<void>;
}

/**
 * Wires the monitor to the real network as `check` is: one prober (one
 * connection pool, the system's trust store plus `tls.extraCaFile`) for
 * probes, status pages and control sites, and the local network diagnosis on
 * this machine's own commands. Clock, randomness and time zone are the
 * caller's to add. `source` names the config in errors about its CA file.
 */
export async function createLiveMonitorConnections(config: ConfigFile, source: string): Promise<LiveMonitorConnections> {
  const extraCaCertificates = config.tls.extraCaFile ? await readExtraCaFile(config.tls.extraCaFile, source) : [];
  const prober = createProber({ extraCaCertificates });
  return {
    probe: (target, options) => prober.probe(target, options),
    readStatusPage: (spec, options) => readStatusPage(spec, prober.fetchText, options),
    diagnoseNetwork: createNetworkDiagnoser({ prober, runCommand: execFileRunner, platform: process.platform, env: process.env, extraCaCertificates }),
    close: () => prober.close(),
  };
}
