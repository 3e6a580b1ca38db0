import { z } from 'zod';
import { DEFAULT_HISTORY_SETTINGS } from '../history/history-settings.ts';
import { DEFAULT_FLAPPING_SETTINGS as F, DEFAULT_MONITOR_SETTINGS as D } from '../monitor/monitor-settings.ts';

/**
 * The `monitor` and `history` sections of the config: every default of
 * DESIGN.md's monitoring policy is a setting, with the same names as the
 * engine's `MonitorSettings` (durations in milliseconds, as their names
 * say). Everything is optional; what is left out keeps its default.
 */

const SECOND = 1000;
const HOUR = 3_600_000;

const ms = (min: number, max: number) =>
  z
    .int({ error: (issue) => (issue.code === 'invalid_type' ? 'must be a whole number of milliseconds' : undefined) })
    .min(min, { error: `must be at least ${min} ms` })
    .max(max, { error: `must be at most ${max} ms` });

const count = (min: number, max: number) =>
  z
    .int({ error: (issue) => (issue.code === 'invalid_type' ? 'must be a whole number' : undefined) })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

const ratio = z.number().min(0, { error: 'must be between 0 and 0.5' }).max(0.5, { error: 'must be between 0 and 0.5' });
const factor = z.number().min(1, { error: 'must be at least 1' }).max(10, { error: 'must be at most 10' });
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time of day as HH:MM (24-hour), like "22:30"' });

const probeSchema = z
  .strictObject({
    intervalMs: ms(5 * SECOND, HOUR).default(D.probe.intervalMs),
    jitterRatio: ratio.default(D.probe.jitterRatio),
    timeoutMs: ms(500, 60 * SECOND).default(D.probe.timeoutMs),
    confirmationOffsetsMs: z.array(ms(0, 10 * 60 * SECOND)).max(5).default([...D.probe.confirmationOffsetsMs]),
    failuresToConfirm: count(1, 10).default(D.probe.failuresToConfirm),
    successesToRecover: count(1, 10).default(D.probe.successesToRecover),
    outageIntervalMs: ms(5 * SECOND, HOUR).default(D.probe.outageIntervalMs),
    outageBackoffFactor: factor.default(D.probe.outageBackoffFactor),
    outageMaxIntervalMs: ms(5 * SECOND, HOUR).default(D.probe.outageMaxIntervalMs),
  })
  .superRefine((probe, ctx) => {
    if (probe.outageMaxIntervalMs < probe.outageIntervalMs) {
      ctx.addIssue({ code: 'custom', path: ['outageMaxIntervalMs'], message: `must be at least outageIntervalMs (${probe.outageIntervalMs})` });
    }
    if (probe.confirmationOffsetsMs.some((offset, i, all) => i > 0 && offset <= all[i - 1]!)) {
      ctx.addIssue({ code: 'custom', path: ['confirmationOffsetsMs'], message: 'must be in increasing order' });
    }
  });

const flappingSchema = z
  .strictObject({
    outagesToFlag: count(2, 20).default(F.outagesToFlag),
    windowMs: ms(60 * SECOND, 24 * HOUR).default(F.windowMs),
    stableForMs: ms(60 * SECOND, 24 * HOUR).default(F.stableForMs),
  })
  .nullable();

const monitorSchema = z.strictObject({
  probe: probeSchema.default(() => probeSchema.parse({})),
  slowness: z
    .strictObject({
      baselineFactor: factor.default(D.slowness.baselineFactor),
      floorMs: ms(0, 60 * SECOND).default(D.slowness.floorMs),
      roundsToConfirm: count(1, 20).default(D.slowness.roundsToConfirm),
    })
    .default({ ...D.slowness }),
  statusPage: z
    .strictObject({
      intervalMs: ms(30 * SECOND, HOUR).default(D.statusPage.intervalMs),
      jitterRatio: ratio.default(D.statusPage.jitterRatio),
      errorBackoffFactor: factor.default(D.statusPage.errorBackoffFactor),
      errorBackoffMaxMs: ms(30 * SECOND, 24 * HOUR).default(D.statusPage.errorBackoffMaxMs),
    })
    .default({ ...D.statusPage }),
  network: z
    .strictObject({
      intervalMs: ms(30 * SECOND, 24 * HOUR).default(D.network.intervalMs),
      resumeSettleMs: ms(0, 60 * SECOND).default(D.network.resumeSettleMs),
    })
    .default({ ...D.network }),
  notifications: z
    .strictObject({
      notifyDegraded: z.boolean({ error: 'must be true or false' }).default(D.notifications.notifyDegraded),
      minGapPerServiceMs: ms(0, 24 * HOUR).default(D.notifications.minGapPerServiceMs),
      quietHours: z
        .strictObject({
          enabled: z.boolean({ error: 'must be true or false' }).default(D.notifications.quietHours.enabled),
          start: clockTime.default(D.notifications.quietHours.start),
          end: clockTime.default(D.notifications.quietHours.end),
        })
        .default({ ...D.notifications.quietHours }),
      reminderIntervalMs: ms(5 * 60 * SECOND, 24 * HOUR).nullable().default(D.notifications.reminderIntervalMs),
      lateIncidentFoldMs: ms(0, 24 * HOUR).default(D.notifications.lateIncidentFoldMs),
      flapping: flappingSchema.default(() => (D.notifications.flapping ? { ...D.notifications.flapping } : null)),
    })
    .default(() => ({
      ...D.notifications,
      quietHours: { ...D.notifications.quietHours },
      flapping: D.notifications.flapping ? { ...D.notifications.flapping } : null,
    })),
});

/** The `monitor` section: the engine's MonitorSettings, each field optional. */
export const monitorConfigSchema = monitorSchema.default(() => monitorSchema.parse({}));

/** The `history` section: how much history is kept. */
export const historyConfigSchema = z
  .strictObject({
    retentionDays: count(1, 365).default(DEFAULT_HISTORY_SETTINGS.retentionDays),
    maxBytes: count(1024 * 1024, 2 * 1024 * 1024 * 1024).default(DEFAULT_HISTORY_SETTINGS.maxBytes),
  })
  .default({ retentionDays: DEFAULT_HISTORY_SETTINGS.retentionDays, maxBytes: DEFAULT_HISTORY_SETTINGS.maxBytes });
