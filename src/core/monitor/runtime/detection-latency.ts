import { createRandom } from '../clock/seeded-random.ts';
import { startSimulatedWorld, WORLD_START } from './simulated-world.ts';

/** How {@link measureDetectionLatency} samples onsets. */
export interface DetectionLatencyOptions {
  /** How many outages to replay, each in a fresh monitor. */
  readonly onsets: number;
  /** Seeds the onsets and each monitor's jitter: the same seed gives the same figures. */
  readonly seed: number;
}

/** Onset → outage notification, over every replayed onset. */
export interface DetectionLatency {
  /** The median (mean of the middle two for an even count). */
  readonly medianMs: number;
  readonly worstMs: number;
  /** Every measured latency, in the order the onsets were replayed. */
  readonly samples: readonly number[];
  /** Onsets that gave no outage notification within {@link GIVE_UP_AFTER_MS}. */
  readonly missed: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// Long enough for the start stagger, the first network check and a few
// regular probes, so the onset falls at a random phase of the probe cycle.
const MIN_WARM_UP_MS = 5 * MINUTE;
const MAX_WARM_UP_MS = 20 * MINUTE;
/** An onset not notified within this long counts as missed (and stops that replay). */
export const GIVE_UP_AFTER_MS = 10 * MINUTE;

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Outage detection time at default settings, replayed (DESIGN.md budget:
 * median ≤ 45 s, worst ≤ 80 s). For each onset a fresh monitor watches one
 * service on a simulated clock starting at a random time of a simulated
 * day, with a healthy network; after a random warm-up the service starts
 * answering 5xx for good, and the time from that onset to the `outage`
 * notification is one sample. Runs the real scheduler, state machine and
 * notification policy; takes a few milliseconds of real time per onset.
 */
export async function measureDetectionLatency(options: DetectionLatencyOptions): Promise<DetectionLatency> {
  const random = createRandom(options.seed);
  const samples: number[] = [];
  let missed = 0;
  for (let i = 0; i < options.onsets; i += 1) {
    const startAt = WORLD_START + Math.floor(random() * DAY);
    const onset = MIN_WARM_UP_MS + Math.floor(random() * (MAX_WARM_UP_MS - MIN_WARM_UP_MS));
    let notifiedAt: number | undefined;
    const world = startSimulatedWorld(
      { outcomeAt: (t) => (t >= onset ? 'http-5xx' : 'ok') },
      {
        seed: Math.floor(random() * 2 ** 31),
        startAt,
        onEvent: (event) => {
          if (event.type === 'notification' && event.notification.kind === 'outage') notifiedAt ??= event.at;
        },
      },
    );
    await world.clock.runUntil(startAt + onset);
    // Step a few seconds at a time so each replay stops soon after its alert.
    while (notifiedAt === undefined && world.clock.now() < startAt + onset + GIVE_UP_AFTER_MS) await world.clock.advanceBy(5_000);
    // Stopping waits for the probe or check in flight, which waits on the simulated clock.
    let stopped = false;
    const stopping = world.monitor.stop().then(() => (stopped = true));
    while (!stopped) await world.clock.advanceBy(1_000);
    await stopping;
    if (notifiedAt === undefined) missed += 1;
    else samples.push(notifiedAt - (startAt + onset));
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: median(sorted), worstMs: sorted.at(-1) ?? Number.NaN, samples, missed };
}
