import { releaseUnstable, settleUnstable } from './flap-damping.ts';
import { emit, gapOpen, serviceOf, serviceSilenced, updateService, type PolicyDraft } from './policy-draft.ts';

/**
 * Sends the alerts about problems still going on that nothing holds back
 * any more: the local-problem rollup, a flapping service's `unstable` alert
 * (and its `recovered` once it has calmed down), each confirmed outage (with the
 * official incidents open for it folded in), official incidents no outage
 * alert covers, and reminders. Whatever is held back (quiet hours, a mute, a
 * local problem, the per-service gap) stays pending and goes out on a later
 * call if it is still true then; what is over by then is never sent.
 */
export function releaseHeldAlerts(draft: PolicyDraft): void {
  releaseLocalProblem(draft);
  for (const serviceId of Object.keys(draft.services).sort()) {
    expireMute(draft, serviceId);
    settleUnstable(draft, serviceId);
    if (serviceSilenced(draft, serviceOf(draft, serviceId))) continue;
    releaseUnstable(draft, serviceId);
    releaseOutage(draft, serviceId);
    releaseIncidents(draft, serviceId);
  }
}

function releaseLocalProblem(draft: PolicyDraft): void {
  const problem = draft.localProblem;
  if (!problem || problem.alertedAt !== undefined || draft.quiet || !gapOpen(draft, draft.lastLocalAlertAt)) return;
  emit(draft, { kind: 'local-problem', networkState: problem.networkState, ...(heldLocal(draft) ? { delayed: true } : {}) });
  draft.localProblem = { ...problem, alertedAt: draft.now };
}

function expireMute(draft: PolicyDraft, serviceId: string): void {
  const until = serviceOf(draft, serviceId).mutedUntil;
  if (until !== undefined && until <= draft.now) updateService(draft, serviceId, ({ mutedUntil: _until, ...service }) => service);
}

function releaseOutage(draft: PolicyDraft, serviceId: string): void {
  const service = serviceOf(draft, serviceId);
  const outage = service.outage;
  // Only while the service is seen down: an outage interrupted by "unknown"
  // or maintenance waits for fresh evidence.
  // An unstable service's `unstable` alert speaks for its outages (and reminders would be the storm again).
  if (!outage || service.unstable || service.state !== 'outage' || !gapOpen(draft, service.lastAlertAt)) return;
  const soFar = { startedAt: outage.startedAt, durationMs: draft.now - outage.startedAt };

  if (outage.alertedAt === undefined) {
    const incidents = service.incidents.map((incident) => ({ id: incident.id, name: incident.name }));
    const held = draft.input.services[serviceId]?.outage?.startedAt === outage.startedAt;
    emit(draft, {
      kind: 'outage',
      serviceId,
      outage: soFar,
      ...(incidents.length > 0 ? { incidents } : {}),
      ...(held ? { delayed: true } : {}),
    });
    updateService(draft, serviceId, (current) => ({
      ...current,
      outage: { ...outage, alertedAt: draft.now, lastReminderAt: draft.now },
      incidents: current.incidents.map((incident) => ({ ...incident, covered: true })),
    }));
    return;
  }

  const every = draft.settings.reminderIntervalMs;
  const last = outage.lastReminderAt ?? outage.alertedAt;
  if (every !== null && every > 0 && draft.now - last >= every) {
    emit(draft, { kind: 'reminder', serviceId, outage: soFar });
    updateService(draft, serviceId, (current) => ({ ...current, outage: { ...outage, lastReminderAt: draft.now } }));
  }
}

function releaseIncidents(draft: PolicyDraft, serviceId: string): void {
  // While an outage is open its alert speaks for the incidents (now or when it goes out).
  if (serviceOf(draft, serviceId).outage) return;
  for (const incident of serviceOf(draft, serviceId).incidents) {
    if (incident.covered || incident.alertedAt !== undefined) continue;
    if (!gapOpen(draft, serviceOf(draft, serviceId).lastAlertAt)) return;
    const held = draft.input.services[serviceId]?.incidents.some((known) => known.id === incident.id) ?? false;
    emit(draft, { kind: 'incident-opened', serviceId, incident: { id: incident.id, name: incident.name }, ...(held ? { delayed: true } : {}) });
    updateService(draft, serviceId, (current) => ({
      ...current,
      incidents: current.incidents.map((known) => (known.id === incident.id ? { ...known, alertedAt: draft.now } : known)),
    }));
  }
}

function heldLocal(draft: PolicyDraft): boolean {
  return draft.input.localProblem !== undefined && draft.input.localProblem.alertedAt === undefined;
}
