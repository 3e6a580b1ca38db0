import type { ConfigFile } from '../../config/config-schema.ts';
import { createLiveCheckDependencies, type LiveCheckDependencies } from '../../check/live-check-dependencies.ts';
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
 * Wires the monitor to the real network exactly as `check` is (the same
 * live dependencies: one connection pool and trust store for probes, status
 * pages and control sites, and the local network diagnosis). Clock, randomness and time zone are the
 * caller's to add. `source` names the config in errors about its CA file.
 */
export async function createLiveMonitorConnections(config: ConfigFile, source: string): Promise<LiveMonitorConnections> {
  return monitorConnectionsOf(await createLiveCheckDependencies(config, source));
}

/** The monitor's side of the check's live dependencies: the same pool, trust store and diagnosis. */
export function monitorConnectionsOf(live: LiveCheckDependencies): LiveMonitorConnections {
  return {
    probe: live.dependencies.probe,
    readStatusPage: (spec, options) => readStatusPage(spec, live.fetchText, options),
    diagnoseNetwork: live.dependencies.diagnoseNetwork,
    close: () => live.close(),
  };
}
