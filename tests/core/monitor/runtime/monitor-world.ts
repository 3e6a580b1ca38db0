import {
  notificationsIn,
  type RunningWorld,
  type SimulatedWorld,
  startSimulatedWorld,
  WORLD_START,
} from '../../../../src/core/monitor/runtime/simulated-world.ts';

// The replay tests' world is the one the detection-latency bench runs in.
export { evidenceFor } from '../../../../src/core/monitor/runtime/simulated-world.ts';
export { notificationsIn, WORLD_START };
export type { RunningWorld };

/** A world as the replay tests describe it. */
export type MonitorWorld = SimulatedWorld;

/** Starts a monitor of one service (`chat`) in `world`. */
export function startWorld(world: MonitorWorld, seed = 7): RunningWorld {
  return startSimulatedWorld(world, { seed });
}
