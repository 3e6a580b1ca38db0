// `npm run bench`: every figure of DESIGN.md's budgets that exists so far,
// printed beside its budget. Only loopback and lab namespaces are contacted.
import { printFigures } from './bench-report.ts';
import { benchCheckLatencyLab } from './check-latency-lab.ts';
import { benchCheckLatencyLoopback } from './check-latency-loopback.ts';
import { benchHistory } from './history-size.ts';

let allWithin = true;
allWithin = printFigures('check latency, engine on loopback', await benchCheckLatencyLoopback()) && allWithin;

const lab = await benchCheckLatencyLab();
if (typeof lab === 'string') console.log(`\ncheck latency in the network lab: ${lab}`);
else allWithin = printFigures('check latency in the network lab (status-doctor check --json in the client namespace)', lab) && allWithin;

allWithin = printFigures('history (node:sqlite)', benchHistory()) && allWithin;

console.log(allWithin ? '\nAll figures within budget.' : '\nSome figures are OVER budget.');
process.exitCode = allWithin ? 0 : 1;
