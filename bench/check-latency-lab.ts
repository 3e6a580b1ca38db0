import { LAB_FAULTS } from '../tests/lab/lab-faults.ts';
import { checkLabPrerequisites } from '../tests/lab/lab-prerequisites.ts';
import { LAB_DEADLINE_MS, withLab } from '../tests/lab/lab.ts';
import { type BenchFigure, percentile } from './bench-report.ts';

/**
 * `status-doctor check` in the network lab (tests/lab), run inside the
 * client namespace exactly as the scenario tests run it: the healthy lab
 * many times for p50/p95, then every fault once for the slowest. Both the
 * engine's own duration (the report's durationMs) and the command's wall
 * time (Node's start and exit included) are shown.
 */
export async function benchCheckLatencyLab(healthyRuns = 20): Promise<BenchFigure[] | string> {
  const prerequisites = checkLabPrerequisites();
  if (!prerequisites.ready) return `skipped: the lab needs ${prerequisites.missing.join('; ')}`;
  return withLab(async (lab) => {
    await lab.apply('healthy');
    const engine: number[] = [];
    const wall: number[] = [];
    for (let run = 0; run < healthyRuns; run += 1) {
      const result = await lab.runCheck();
      if (result.report?.verdict.kind !== 'all-clear') throw new Error(`healthy lab run ${run} said ${result.report?.verdict.kind ?? result.stderr}`);
      engine.push(result.report.durationMs);
      wall.push(result.wallMs);
    }
    let slowest = { fault: 'healthy', engine: 0, wall: 0 };
    for (const fault of LAB_FAULTS) {
      await lab.apply(fault);
      const result = await lab.runCheck();
      const durationMs = result.report?.durationMs ?? Number.POSITIVE_INFINITY;
      if (durationMs > slowest.engine) slowest = { fault, engine: durationMs, wall: result.wallMs };
    }
    await lab.apply('healthy');
    const faultBudget = LAB_DEADLINE_MS + 200;
    return [
      { name: 'healthy lab, engine p50', value: percentile(engine, 50), unit: 'ms', budget: 300 },
      { name: 'healthy lab, engine p95', value: percentile(engine, 95), unit: 'ms', budget: 1000 },
      { name: 'healthy lab, command p50', value: percentile(wall, 50), unit: 'ms', budget: 300, note: 'wall time, Node start and exit included' },
      { name: 'healthy lab, command p95', value: percentile(wall, 95), unit: 'ms', budget: 1000, note: 'wall time' },
      { name: `slowest fault, engine (${slowest.fault})`, value: slowest.engine, unit: 'ms', budget: faultBudget, note: `deadline ${LAB_DEADLINE_MS} ms + 200` },
      { name: `slowest fault, command (${slowest.fault})`, value: slowest.wall, unit: 'ms', budget: faultBudget, note: 'wall time' },
    ];
  });
}
