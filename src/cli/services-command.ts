import { BUILTIN_SERVICES } from '../core/catalog/builtin-catalog.ts';
import { servicesOf } from '../core/catalog/select-services.ts';
import { loadConfigFile, parseConfig } from '../core/config/load-config.ts';
import type { CliIo } from './cli-io.ts';
import type { ServicesOptions } from './parse-command-line.ts';
import { terminalStyleFor } from './terminal-style.ts';

/** `status-doctor services`: the watched services, as a table or JSON. */
export async function runServicesCommand(options: ServicesOptions, io: CliIo): Promise<number> {
  const config = options.configPath ? await loadConfigFile(options.configPath) : parseConfig({}, 'built-in defaults');
  const services = servicesOf(config, BUILTIN_SERVICES);
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ services }, null, 2)}\n`);
    return 0;
  }
  const style = terminalStyleFor(io);
  const idWidth = Math.max(2, ...services.map((s) => s.id.length));
  const nameWidth = Math.max(4, ...services.map((s) => s.name.length));
  const lines = [
    style.bold(`${'ID'.padEnd(idWidth)}  ${'NAME'.padEnd(nameWidth)}  STATUS PAGE`),
    ...services.map((service) => {
      const page = service.statusPage
        ? `${service.statusPage.url} ${style.dim(`(${service.statusPage.provider}${service.statusPage.components ? `: ${service.statusPage.components.join(', ')}` : ''})`)}`
        : style.dim('none');
      return `${service.id.padEnd(idWidth)}  ${service.name.padEnd(nameWidth)}  ${page}`;
    }),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
