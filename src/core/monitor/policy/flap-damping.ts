import type { ServiceState } from '../../assessment/service-state.ts';
import { emit, gapOpen, serviceOf, serviceSilenced, updateService, type PolicyDraft } from './policy-draft.ts';

const UP_STATES: ReadonlySet<ServiceState> = new Set(['operational', 'degraded']);

/**
 * Flap damping. A service with `outagesToFlag` confirmed outages starting
 * within `windowMs` is flagged unstable: one `unstable` alert replaces its
 * outage and recovery alerts until it has answered for `stableForMs`
 * without a break, then one `recovered` covers the whole unstable period.
 * The per-service gap alone still lets a slow flap (4 min down, 4 up) send
 * a down/back pair every quarter hour all day.
 */

/** Counts a newly confirmed outage of a service and flags the service when it is the one too many. */
export function noteOutageStarted(draft: PolicyDraft, serviceId: string, startedAt: number): void {
  const flapping = draft.settings.flapping;
  const service = serviceOf(draft, serviceId);
  if (!flapping || service.unstable) return;
  const starts = [...(service.recentOutageStarts ?? []), startedAt].filter((start) => draft.now - start <= flapping.windowMs);
  if (starts.length >= flapping.outagesToFlag) {
    updateService(draft, serviceId, ({ recentOutageStarts: _starts, ...current }) => ({
      ...current,
      unstable: { since: Math.min(...starts), outageCount: starts.length },
    }));
  } else {
    updateService(draft, serviceId, (current) => ({ ...current, recentOutageStarts: starts }));
  }
}

/** Keeps an unstable service's "up without a break since" in step with its latest state. */
export function noteUnstableState(draft: PolicyDraft, serviceId: string, state: ServiceState): void {
  const unstable = serviceOf(draft, serviceId).unstable;
  if (!unstable) return;
  if (!UP_STATES.has(state)) {
    const { upSince: _upSince, ...rest } = unstable;
    updateService(draft, serviceId, (current) => ({ ...current, unstable: rest }));
  } else if (unstable.upSince === undefined) {
    updateService(draft, serviceId, (current) => ({ ...current, unstable: { ...unstable, upSince: draft.now } }));
  }
}

/**
 * Ends the unstable period of a service up for long enough, with one
 * `recovered` for the whole period if the `unstable` alert went out and
 * nothing holds alerts back now (news that is over is not sent late).
 */
export function settleUnstable(draft: PolicyDraft, serviceId: string): void {
  const service = serviceOf(draft, serviceId);
  const unstable = service.unstable;
  if (!unstable || unstable.upSince === undefined) return;
  // Damping turned off meanwhile: calm as soon as it is up.
  const stableForMs = draft.settings.flapping?.stableForMs ?? 0;
  if (draft.now - unstable.upSince < stableForMs) return;
  updateService(draft, serviceId, ({ unstable: _unstable, ...current }) => current);
  if (unstable.alertedAt === undefined || serviceSilenced(draft, service)) return;
  emit(draft, {
    kind: 'recovered',
    serviceId,
    outage: { startedAt: unstable.since, durationMs: unstable.upSince - unstable.since },
  });
  updateService(draft, serviceId, (current) => ({ ...current, lastRecoveryAlertAt: draft.now }));
}

/** Sends the `unstable` alert of a flagged service once the per-service gap allows. Call only when the service is not silenced. */
export function releaseUnstable(draft: PolicyDraft, serviceId: string): void {
  const service = serviceOf(draft, serviceId);
  const unstable = service.unstable;
  if (!unstable || unstable.alertedAt !== undefined || !gapOpen(draft, service.lastAlertAt)) return;
  const held = draft.input.services[serviceId]?.unstable !== undefined;
  emit(draft, {
    kind: 'unstable',
    serviceId,
    outage: { startedAt: unstable.since, durationMs: draft.now - unstable.since },
    outageCount: unstable.outageCount,
    ...(held ? { delayed: true } : {}),
  });
  updateService(draft, serviceId, (current) => ({ ...current, unstable: { ...unstable, alertedAt: draft.now } }));
}
