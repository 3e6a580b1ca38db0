import { BUILTIN_SERVICES } from '../core/catalog/builtin-catalog.ts';
import { servicesOf } from '../core/catalog/select-services.ts';
import { loadConfigFile, parseConfig } from '../core/config/load-config.ts';
import type { CliIo } from './cli-io.ts';
import type { CliLanguage } from './cli-language.ts';
import { displayWidth, padToWidth } from './display-width.ts';
import type { ServicesOptions } from './parse-command-line.ts';
import { terminalStyleFor } from './terminal-style.ts';

/** `status-doctor services`: the watched services, as a table (headings in `language`) or JSON. */
export async function runServicesCommand(options: ServicesOptions, io: CliIo, language: CliLanguage): Promise<number> {
  const config = options.configPath ? await loadConfigFile(options.configPath) : parseConfig({}, 'built-in defaults');
  const services = servicesOf(config, BUILTIN_SERVICES);
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ services }, null, 2)}\n`);
    return 0;
  }
  const words = language.messages.services;
  const style = terminalStyleFor(io);
  const idWidth = Math.max(displayWidth(words.id), ...services.map((s) => displayWidth(s.id)));
  const nameWidth = Math.max(displayWidth(words.name), ...services.map((s) => displayWidth(s.name)));
  const lines = [
    style.bold(`${padToWidth(words.id, idWidth)}  ${padToWidth(words.name, nameWidth)}  ${words.statusPage}`),
    ...services.map((service) => {
      const page = service.statusPage
        ? `${service.statusPage.url} ${style.dim(`(${service.statusPage.provider}${service.statusPage.components ? `: ${service.statusPage.components.join(', ')}` : ''})`)}`
        : style.dim(words.none);
      return `${padToWidth(service.id, idWidth)}  ${padToWidth(service.name, nameWidth)}  ${page}`;
    }),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
