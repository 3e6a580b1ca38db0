import type { ServiceSpec } from '../../config/config-schema.ts';
import type { OutageCause } from '../../history/history-records.ts';
import type { HistoryStore } from '../../history/history-store.ts';
import { sampleFromProbe } from '../../history/sample-from-probe.ts';
import { isLocalNetworkProblem } from '../../network/network-report.ts';
import type { ConcreteProvider } from '../../status-page/official-status.ts';
import type { IncidentChange, ServiceTransition } from '../state/service-transition.ts';
import type { MonitorRecorder, RecordedNetworkCheck, RecordedProbeRound } from './monitor-recorder.ts';

/** What the recorder needs besides the store. */
export interface HistoryRecorderOptions {
  /** The watched services: their status-page provider goes with outages and incidents. */
  readonly services?: readonly ServiceSpec[];
}

// A page configured as `auto` is read as whatever it turns out to be, which the
// monitor's incident changes do not say; most providers' pages are Statuspage.
const FALLBACK_PROVIDER: ConcreteProvider = 'statuspage';

interface OpenOutage {
  readonly id: number;
  readonly source: 'probes' | 'official';
  linked: boolean;
}

/**
 * A {@link MonitorRecorder} that keeps the monitor's history in `store`:
 * every probe of a round as a sample (flagged when the last network check
 * had found a local problem), an outage from the transition that confirms
 * it to the one that ends it (with the recovery's end time), the first
 * official incident seen during an outage linked to it (which gives the
 * status-page lag), network checks that changed the answer, and official
 * incidents opened and resolved. Notifications are not kept.
 *
 * The store never throws and buffers samples, so this never blocks the monitor.
 */
export function createHistoryRecorder(store: HistoryStore, options: HistoryRecorderOptions = {}): MonitorRecorder {
  const providers = new Map<string, ConcreteProvider>();
  for (const service of options.services ?? []) {
    const provider = service.statusPage?.provider;
    if (provider !== undefined && provider !== 'auto') providers.set(service.id, provider);
  }
  const providerOf = (serviceId: string) => providers.get(serviceId);
  const open = new Map<string, OpenOutage>();
  let localProblem = false;
  let lastNetwork: { state: string; pathProven: boolean } | undefined;

  const endOutage = (serviceId: string, end: number) => {
    const outage = open.get(serviceId);
    if (outage === undefined) return;
    open.delete(serviceId);
    store.updateOutage(outage.id, { end });
  };

  return {
    recordProbeRound(round: RecordedProbeRound) {
      for (const result of round.results) store.recordSample(sampleFromProbe(round.serviceId, result, round.at, localProblem));
    },

    recordTransition(transition: ServiceTransition) {
      const { serviceId } = transition;
      if (transition.recovery !== undefined) {
        endOutage(serviceId, transition.recovery.endedAt);
      } else if (transition.outage === undefined) {
        // Ended without a recovery (the episode was dropped): close it where it ended.
        endOutage(serviceId, transition.at);
      }
      const episode = transition.outage;
      if (episode === undefined || open.has(serviceId)) return;
      const provider = providerOf(serviceId);
      const id = store.startOutage({
        serviceId,
        start: episode.startedAt,
        cause: episode.source,
        ...(provider === undefined ? {} : { provider }),
      });
      if (id !== undefined) open.set(serviceId, { id, source: episode.source, linked: false });
    },

    recordNetwork(check: RecordedNetworkCheck) {
      const { state, pathProven } = check.decision;
      localProblem = isLocalNetworkProblem(state);
      // Periodic checks that say the same thing again are not history.
      if (lastNetwork !== undefined && lastNetwork.state === state && lastNetwork.pathProven === pathProven) return;
      lastNetwork = { state, pathProven };
      store.recordNetworkEvent({
        time: check.at,
        state,
        pathProven,
        summary: pathProven ? `network ${state}` : `network ${state} (path to the internet not proven)`,
      });
    },

    recordIncident(change: IncidentChange) {
      const provider = providerOf(change.serviceId) ?? FALLBACK_PROVIDER;
      const base = { serviceId: change.serviceId, provider, incidentId: change.incident.id, name: change.incident.name, seenAt: change.at };
      if (change.kind === 'incident-resolved') {
        store.recordOfficialIncident({ ...base, impact: 'none', status: 'resolved', resolvedAt: change.at });
        return;
      }
      store.recordOfficialIncident({ ...base, impact: 'none', status: 'investigating' });
      const outage = open.get(change.serviceId);
      if (outage === undefined || outage.linked) return;
      outage.linked = true;
      const cause: OutageCause = outage.source === 'probes' ? 'both' : 'official';
      store.updateOutage(outage.id, { cause, officialIncident: { incidentId: change.incident.id, time: change.at, provider } });
    },

    recordNotification: () => undefined,
  };
}
