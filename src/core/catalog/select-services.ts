import type { ConfigFile, ServiceSpec } from '../config/config-schema.ts';

/** The services a config watches: its own list, or the built-in catalog when it has none. */
export function servicesOf(config: ConfigFile, builtin: readonly ServiceSpec[]): readonly ServiceSpec[] {
  return config.services ?? builtin;
}

/** Asked for a service id that is not in the list. */
export class UnknownServiceError extends Error {
  readonly id: string;
  readonly known: readonly string[];
  constructor(id: string, known: readonly string[]) {
    super(`unknown service ${JSON.stringify(id)}; known services: ${known.join(', ')}`);
    this.name = 'UnknownServiceError';
    this.id = id;
    this.known = known;
  }
}

/**
 * Narrows `services` to the given ids, in the order given, without
 * duplicates. No ids means all. An unknown id throws {@link UnknownServiceError}.
 */
export function pickServices(services: readonly ServiceSpec[], ids: readonly string[]): readonly ServiceSpec[] {
  if (ids.length === 0) return services;
  const byId = new Map(services.map((service) => [service.id, service]));
  const picked: ServiceSpec[] = [];
  for (const id of new Set(ids)) {
    const service = byId.get(id);
    if (!service) throw new UnknownServiceError(id, [...byId.keys()]);
    picked.push(service);
  }
  return picked;
}
