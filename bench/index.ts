// `npm run bench`: every figure of DESIGN.md's budgets that exists so far,
// printed beside its budget. Only loopback and lab namespaces are contacted.
import { printFigures } from './bench-report.ts';
import { benchCheckLatencyLab } from './check-latency-lab.ts';
import { benchCheckLatencyLoopback } from './check-latency-loopback.ts';
import { measureDetectionLatency } from '../src/core/monitor/runtime/detection-latency.ts';
import { benchHistory } from './history-size.ts';
import { monitorResourceFigures } from './monitor-resources.ts';
import { benchRenderer } from './renderer.ts';
import { runWatchBench } from './watch-bench-run.ts';
import { wireByteFigures } from './wire-bytes.ts';

let allWithin = true;
allWithin = printFigures('check latency, engine on loopback', await benchCheckLatencyLoopback()) && allWithin;

const lab = await benchCheckLatencyLab();
if (typeof lab === 'string') console.log(`\ncheck latency in the network lab: ${lab}`);
else allWithin = printFigures('check latency in the network lab (status-doctor check --json in the client namespace)', lab) && allWithin;

allWithin = printFigures('history (node:sqlite)', benchHistory()) && allWithin;

const detection = await measureDetectionLatency({ onsets: 200, seed: 1 });
allWithin =
  printFigures('outage detection in replay (200 random onsets, default settings, simulated clock)', [
    { name: 'onset to notification, median', value: detection.medianMs / 1000, unit: 's', budget: 45 },
    { name: 'onset to notification, worst', value: detection.worstMs / 1000, unit: 's', budget: 80, note: `${detection.missed} of 200 onsets never alerted` },
  ]) && allWithin && detection.missed === 0;

const watchRun = await runWatchBench();
allWithin = printFigures('monitor engine (status-doctor watch on loopback servers): memory and CPU', monitorResourceFigures(watchRun)) && allWithin;
allWithin = printFigures('monitor on the wire (10 services through counting TCP relays)', wireByteFigures(watchRun)) && allWithin;

allWithin = printFigures('the window (built renderer; first render in Chromium over a real engine on loopback)', await benchRenderer()) && allWithin;

console.log(allWithin ? '\nAll figures within budget.' : '\nSome figures are OVER budget.');
process.exitCode = allWithin ? 0 : 1;
