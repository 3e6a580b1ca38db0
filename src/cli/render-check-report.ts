import type { ServiceState } from '../core/assessment/service-state.ts';
import type { CheckReport, OfficialReport, ProbeReport } from '../core/report/report-schema.ts';
import { SERVICE_SIDE_KINDS } from '../core/verdict/verdict-kind.ts';
import type { TerminalStyle } from './terminal-style.ts';

/** A mark per state that reads without colour too. */
const STATE_MARKS: Record<ServiceState, string> = {
  operational: '✔',
  degraded: '▲',
  outage: '✖',
  maintenance: '◆',
  unknown: '?',
};

function colourFor(state: ServiceState, style: TerminalStyle): (text: string) => string {
  if (state === 'operational') return style.green;
  if (state === 'outage') return style.red;
  if (state === 'degraded' || state === 'maintenance') return style.yellow;
  return style.dim;
}

function wrapText(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${indent}${l}`).join('\n');
}

function probeSummary(probe: ProbeReport): string {
  const answer = probe.status !== undefined ? `HTTP ${probe.status}` : probe.outcome;
  const extra = probe.outcome === 'ok' || probe.status === undefined ? '' : ` ${probe.outcome}`;
  return `${answer}${extra} · ${Math.round(probe.timings.totalMs)} ms`;
}

function officialSummary(official: OfficialReport | undefined): string {
  if (!official) return '';
  const incident = official.incidents[0];
  return incident ? `official: ${incident.name} (${incident.status})` : `official: ${official.description}`;
}

function connectionLines(network: CheckReport['network'], style: TerminalStyle): string[] {
  const lines: string[] = [];
  const good = (text: string) => style.green(`  ✔ ${text}`);
  const bad = (text: string) => style.red(`  ✖ ${text}`);
  if (network.gateway) {
    const { address, reachable, method, ms } = network.gateway;
    lines.push(reachable ? good(`Router ${address} answered${ms !== undefined ? ` in ${Math.round(ms)} ms` : ''} (${method})`) : bad(`Router ${address} did not answer`));
  }
  if (network.captivePortal !== undefined) lines.push(network.captivePortal ? bad('A Wi-Fi sign-in page is intercepting requests') : good('No Wi-Fi sign-in page in the way'));
  if (network.internet) lines.push(network.internet.ok ? good('The internet beyond your router answers') : bad('Nothing beyond your router answers'));
  if (network.dns) {
    const working = network.dns.alternatives.filter((alt) => alt.ok).map((alt) => alt.resolver);
    lines.push(
      network.dns.system.ok
        ? good('Your DNS server answers')
        : bad(`Your DNS server fails${working.length > 0 ? `; ${working.join(', ')} ${network.dns.switchWouldHelp ? 'works, and switching would help' : 'answers'}` : ''}`),
    );
  }
  if (lines.length === 0 && network.state === 'unknown') lines.push(style.dim('  ? Not checked'));
  return lines;
}

/**
 * The human form of a check report: the verdict and its steps first, then
 * one line per service, then anything the user should know about the data.
 */
export function renderCheckReport(report: CheckReport, style: TerminalStyle, width = 78): string {
  const out: string[] = [];
  const kind = report.verdict.kind;
  const headline =
    kind === 'all-clear' ? style.green(`✔ ${report.verdict.title}`) : SERVICE_SIDE_KINDS.has(kind) ? style.red(`✖ ${report.verdict.title}`) : style.yellow(`! ${report.verdict.title}`);
  out.push(style.bold(headline));
  if (report.verdict.summary) out.push(wrapText(report.verdict.summary, width - 2, '  '));

  if (report.verdict.steps.length > 0) {
    out.push('', style.bold('What to do'));
    report.verdict.steps.forEach((step, index) => {
      out.push(`  ${index + 1}. ${style.bold(step.title)}`);
      out.push(wrapText(step.detail, width - 5, '     '));
    });
  }

  out.push('', style.bold('Services'));
  const nameWidth = Math.max(...report.services.map((s) => s.name.length), 4);
  for (const service of report.services) {
    const colour = colourFor(service.state, style);
    const probes = service.probes.map(probeSummary).join(', ');
    const official = officialSummary(service.official);
    out.push(
      `  ${colour(`${STATE_MARKS[service.state]} ${service.name.padEnd(nameWidth)}  ${service.state.padEnd(11)}`)}  ${probes}${official ? style.dim(`  ${official}`) : ''}`,
    );
  }

  const connection = connectionLines(report.network, style);
  if (connection.length > 0) out.push('', style.bold('Your connection'), ...connection);

  if (report.warnings.length > 0) {
    out.push('', style.bold('Warnings'));
    for (const warning of report.warnings) out.push(style.yellow(`  ! ${warning.message}`));
  }
  out.push('', style.dim(`Checked at ${report.at} in ${report.durationMs} ms. Details: status-doctor check --json`));
  return `${out.join('\n')}\n`;
}
