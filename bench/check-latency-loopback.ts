import { BUILTIN_SERVICES } from '../src/core/catalog/builtin-catalog.ts';
import { createLiveCheckDependencies } from '../src/core/check/live-check-dependencies.ts';
import { runCheck } from '../src/core/check/run-check.ts';
import { parseConfig } from '../src/core/config/load-config.ts';
import { startLoopbackEdge } from '../tests/support/loopback-edge.ts';
import { type BenchFigure, percentile } from './bench-report.ts';

/**
 * `check` end to end against HTTPS servers on 127.0.0.1 (no root needed):
 * one service per catalog entry, all healthy, the local network checks off.
 * It measures the engine's own overhead; the lab bench measures the rest.
 */
export async function benchCheckLatencyLoopback(runs = 30): Promise<BenchFigure[]> {
  const edge = await startLoopbackEdge();
  try {
    const config = parseConfig({
      services: BUILTIN_SERVICES.map((service) => ({ id: service.id, name: service.name, probes: [{ url: `${edge.httpsUrl}/ok` }] })),
      tls: { extraCaFile: edge.caFile },
    });
    const durations: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const live = await createLiveCheckDependencies(config, 'bench');
      const started = performance.now();
      const report = await runCheck({ config, services: config.services ?? [] }, { ...live.dependencies, diagnoseNetwork: async () => ({}) });
      durations.push(performance.now() - started);
      await live.close();
      if (report.verdict.kind !== 'all-clear') throw new Error(`bench run ${run} was not all clear: ${report.verdict.kind}`);
    }
    return [
      { name: 'check, loopback, 11 services, p50', value: percentile(durations, 50), unit: 'ms', budget: 300 },
      { name: 'check, loopback, 11 services, p95', value: percentile(durations, 95), unit: 'ms', budget: 1000 },
    ];
  } finally {
    await edge.close();
  }
}
