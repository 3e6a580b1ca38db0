import type { ProbeResult } from '../probe/probe-result.ts';
import type { HistorySample } from './history-records.ts';

/** The history sample of one probe result, taken at `time` (epoch ms). */
export function sampleFromProbe(serviceId: string, probe: ProbeResult, time: number, localProblem: boolean): HistorySample {
  return {
    serviceId,
    time,
    outcome: probe.outcome,
    ...(probe.status === undefined ? {} : { status: probe.status }),
    timings: probe.timings,
    ...(probe.edge?.cfRay === undefined ? {} : { cfRay: probe.edge.cfRay }),
    localProblem,
  };
}
