import { createLiveCheckDependencies } from '../check/live-check-dependencies.ts';
import type { CheckDependencies } from '../check/run-check.ts';
import type { ConfigFile } from '../config/config-schema.ts';
import type { MonitorDependencies } from '../monitor/runtime/monitor-types.ts';
import { monitorConnectionsOf } from '../monitor/runtime/live-monitor-dependencies.ts';

/** The engine's connections to the world: the same pool for the monitor and for full diagnoses. */
export interface EngineConnections {
  readonly monitor: Pick<MonitorDependencies, 'probe' | 'readStatusPage' | 'diagnoseNetwork'>;
  readonly check: CheckDependencies;
  /** Closes every kept connection. */
  close(): Promise<void>;
}

/** Makes the connections for a config; tests replace it. */
export type ConnectEngine = (config: ConfigFile) => Promise<EngineConnections>;

/** The real network: one prober and trust store (the system's plus `tls.extraCaFile`) for everything. */
export const connectLive: ConnectEngine = async (config) => {
  const live = await createLiveCheckDependencies(config, 'settings');
  const monitor = monitorConnectionsOf(live);
  return { check: live.dependencies, monitor, close: monitor.close };
};
