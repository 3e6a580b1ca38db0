import type { ServiceState } from '../../core/assessment/service-state.ts';
import type { ProbeOutcome } from '../../core/probe/probe-result.ts';
import type { OfficialReport, ReportWarning } from '../../core/report/report-schema.ts';
import { cliHelpEn } from './help-en.ts';

/** The official page's overall level, as the report carries it. */
export type OfficialIndicator = OfficialReport['indicator'];
/** Where an official incident stands. */
export type IncidentStatus = OfficialReport['incidents'][number]['status'];

/**
 * Every user-facing string of the CLI in English. The probe outcomes and
 * service states stay the report's own identifiers: they are what
 * `--json` says and what scripts grep for.
 */
export const cliEn = {
  help: cliHelpEn,
  usage: {
    unknownCommand: (command: string, commands: readonly string[]) => `unknown command "${command}"; the commands are ${commands.join(', ')}`,
    commandExpected: (before: string, _commands: readonly string[]) => `expected a command before ${before}`,
    unknownOption: (option: string, command: string) => `unknown option ${option} for "${command}"`,
    missingValue: (option: string) => `option ${option} needs a value`,
    configPathMissing: 'option --config needs a file path',
    serviceIdMissing: 'option --service needs a service id',
    unexpectedArgument: (argument: string, command: string) => `unexpected argument ${argument} for "${command}"`,
    noHelp: (topic: string, commands: readonly string[]) => `no help for "${topic}"; the commands are ${commands.join(', ')}`,
    unsupportedLanguage: (requested: string, choices: readonly string[]) =>
      `unsupported language "${requested}" for --lang; choose ${choices.slice(0, -1).join(', ')} or ${choices.at(-1) ?? ''}`,
    seeHelp: (command?: string) => `Run "status-doctor ${command ? `${command} ` : ''}--help" for usage.`,
  },
  errors: {
    configIntro: 'cannot use the config file; fix the following and run again:',
    unknownService: (id: string, known: readonly string[]) => `unknown service "${id}"; known services: ${known.join(', ')}`,
    dataDirUnusable: (path: string, reason: string) => `cannot use ${path} as the data directory (${reason})`,
  },
  check: {
    headings: {
      whatToDo: 'What to do',
      services: 'Services',
      connection: 'Your connection',
      warnings: 'Warnings',
    },
    states: {
      operational: 'operational',
      degraded: 'degraded',
      outage: 'outage',
      maintenance: 'maintenance',
      unknown: 'unknown',
    } satisfies Record<ServiceState, string>,
    outcomes: {
      ok: 'ok',
      'auth-required': 'auth-required',
      challenge: 'challenge',
      'rate-limited': 'rate-limited',
      'http-5xx': 'http-5xx',
      'edge-origin-error': 'edge-origin-error',
      timeout: 'timeout',
      'dns-error': 'dns-error',
      'connect-refused': 'connect-refused',
      'connect-timeout': 'connect-timeout',
      reset: 'reset',
      'tls-error': 'tls-error',
      'tls-untrusted': 'tls-untrusted',
      'redirect-loop': 'redirect-loop',
      'invalid-response': 'invalid-response',
    } satisfies Record<ProbeOutcome, string>,
    official: {
      // The provider's own words say it best in English.
      overall: (description: string, _indicator: OfficialIndicator) => `official: ${description}`,
      incident: (name: string, status: IncidentStatus) => `official: ${name} (${status})`,
    },
    connection: {
      routerAnswered: (address: string, duration: string | undefined, method: string) =>
        `Router ${address} answered${duration !== undefined ? ` in ${duration}` : ''} (${method})`,
      routerSilent: (address: string) => `Router ${address} did not answer`,
      gatewayMethods: { tcp: 'tcp', neighbour: 'neighbour', ping: 'ping', none: 'none' },
      portal: 'A Wi-Fi sign-in page is intercepting requests',
      noPortal: 'No Wi-Fi sign-in page in the way',
      internetOk: 'The internet beyond your router answers',
      internetDown: 'Nothing beyond your router answers',
      dnsOk: 'Your DNS server answers',
      dnsFails: (working: readonly string[], switchWouldHelp: boolean) =>
        `Your DNS server fails${
          working.length > 0 ? `; ${working.join(', ')} ${switchWouldHelp ? `work${working.length === 1 ? 's' : ''}, and switching would help` : `answer${working.length === 1 ? 's' : ''}`}` : ''
        }`,
      notChecked: 'Not checked',
    },
    /** A warning: English keeps the engine's own sentence. */
    warning: (_code: ReportWarning['code'], _serviceName: string | undefined, message: string) => message,
    footer: (at: string, duration: string) => [`Checked at ${at} in ${duration}. Details: status-doctor check --json`],
  },
  services: {
    id: 'ID',
    name: 'NAME',
    statusPage: 'STATUS PAGE',
    none: 'none',
  },
};

/** The shape every CLI dictionary has. */
export type CliMessages = typeof cliEn;
