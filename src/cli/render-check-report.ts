import type { ServiceState } from '../core/assessment/service-state.ts';
import type { CheckReport, OfficialReport, ProbeReport } from '../core/report/report-schema.ts';
import { SERVICE_SIDE_KINDS } from '../core/verdict/verdict-kind.ts';
import type { CliLanguage } from './cli-language.ts';
import { displayWidth, padToWidth, wrapToWidth } from './display-width.ts';
import type { CliMessages } from './messages/en.ts';
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

function probeSummary(probe: ProbeReport, language: CliLanguage): string {
  const outcome = language.messages.check.outcomes[probe.outcome];
  const answer = probe.status !== undefined ? `HTTP ${probe.status}` : outcome;
  const extra = probe.outcome === 'ok' || probe.status === undefined ? '' : ` ${outcome}`;
  return `${answer}${extra} · ${language.duration(probe.timings.totalMs)}`;
}

function officialSummary(official: OfficialReport | undefined, messages: CliMessages): string {
  if (!official) return '';
  const incident = official.incidents[0];
  return incident ? messages.check.official.incident(incident.name, incident.status) : messages.check.official.overall(official.description, official.indicator);
}

/** One marked item of a list, wrapped under its text: "  ✔ …" / "    …". */
function listItem(mark: string, text: string, width: number): string {
  return wrapToWidth(text, width, `  ${mark} `, '    ');
}

function connectionLines(network: CheckReport['network'], style: TerminalStyle, language: CliLanguage, width: number): string[] {
  const words = language.messages.check.connection;
  const lines: string[] = [];
  const good = (text: string) => style.green(listItem('✔', text, width));
  const bad = (text: string) => style.red(listItem('✖', text, width));
  if (network.gateway) {
    const { address, reachable, method, ms } = network.gateway;
    const methodWords = (words.gatewayMethods as Record<string, string>)[method] ?? method;
    lines.push(reachable ? good(words.routerAnswered(address, ms !== undefined ? language.duration(ms) : undefined, methodWords)) : bad(words.routerSilent(address)));
  }
  if (network.captivePortal !== undefined) lines.push(network.captivePortal ? bad(words.portal) : good(words.noPortal));
  if (network.internet) lines.push(network.internet.ok ? good(words.internetOk) : bad(words.internetDown));
  if (network.dns) {
    const working = network.dns.alternatives.filter((alt) => alt.ok).map((alt) => alt.resolver);
    lines.push(network.dns.system.ok ? good(words.dnsOk) : bad(words.dnsFails(working, network.dns.switchWouldHelp)));
  }
  if (lines.length === 0 && network.state === 'unknown') lines.push(style.dim(listItem('?', words.notChecked, width)));
  return lines;
}

/**
 * The human form of a check report in the user's language: the verdict and
 * its steps first, then one line per service, then the user's connection
 * and anything they should know about the data. Lines are measured in
 * terminal columns, so Korean (two columns a syllable) wraps and aligns too.
 */
export function renderCheckReport(report: CheckReport, style: TerminalStyle, language: CliLanguage, width = 78): string {
  const { messages } = language;
  const out: string[] = [];
  const kind = report.verdict.kind;
  const headline =
    kind === 'all-clear' ? style.green(`✔ ${report.verdict.title}`) : SERVICE_SIDE_KINDS.has(kind) ? style.red(`✖ ${report.verdict.title}`) : style.yellow(`! ${report.verdict.title}`);
  out.push(style.bold(headline));
  if (report.verdict.summary) out.push(wrapToWidth(report.verdict.summary, width, '  '));

  if (report.verdict.steps.length > 0) {
    out.push('', style.bold(messages.check.headings.whatToDo));
    report.verdict.steps.forEach((step, index) => {
      out.push(`  ${index + 1}. ${style.bold(step.title)}`);
      out.push(wrapToWidth(step.detail, width, '     '));
    });
  }

  out.push('', style.bold(messages.check.headings.services));
  const nameWidth = Math.max(4, ...report.services.map((s) => displayWidth(s.name)));
  const stateWidth = Math.max(...Object.values(messages.check.states).map(displayWidth));
  for (const service of report.services) {
    const colour = colourFor(service.state, style);
    const probes = service.probes.map((probe) => probeSummary(probe, language)).join(', ');
    const official = officialSummary(service.official, messages);
    const label = `${STATE_MARKS[service.state]} ${padToWidth(service.name, nameWidth)}  ${padToWidth(messages.check.states[service.state], stateWidth)}`;
    out.push(`  ${colour(label)}  ${probes}${official ? style.dim(`  ${official}`) : ''}`);
  }

  const connection = connectionLines(report.network, style, language, width);
  if (connection.length > 0) out.push('', style.bold(messages.check.headings.connection), ...connection);

  if (report.warnings.length > 0) {
    out.push('', style.bold(messages.check.headings.warnings));
    for (const warning of report.warnings) {
      const serviceName = report.services.find((s) => s.id === warning.serviceId)?.name;
      out.push(style.yellow(listItem('!', messages.check.warning(warning.code, serviceName, warning.message), width)));
    }
  }
  out.push('', ...messages.check.footer(language.format.dateTime(report.at), language.duration(report.durationMs)).map((line) => style.dim(line)));
  return `${out.join('\n')}\n`;
}
