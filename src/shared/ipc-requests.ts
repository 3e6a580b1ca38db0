import { z } from 'zod';
import { HISTORY_RANGES } from './history-view.ts';
import type { InvokeName } from './ipc-channels.ts';

/**
 * Runtime schemas of every request payload, by API function name. Main
 * parses each payload with these before use; anything else is refused.
 * `updateSettings` is only checked for shape here: its field-level
 * validation (with messages for the form) is the settings schema's job.
 */

const serviceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);
const none = z.undefined();

export const IPC_REQUEST_SCHEMAS = {
  getSnapshot: none,
  checkNow: none,
  reportSeeingErrors: z.strictObject({ serviceId: serviceId.optional() }),
  getHistory: z.strictObject({ serviceId, days: z.union(HISTORY_RANGES.map((days) => z.literal(days))) }),
  getSettings: none,
  updateSettings: z.record(z.string(), z.unknown()),
  importSettings: none,
  exportSettings: none,
  getSupportReport: z.strictObject({ serviceId: serviceId.optional() }),
  saveSupportReport: z.strictObject({ serviceId: serviceId.optional(), format: z.enum(['markdown', 'text']) }),
  copyText: z.strictObject({ text: z.string().max(1_000_000) }),
  openStatusPage: z.strictObject({ serviceId }),
  muteService: z.strictObject({ serviceId, duration: z.enum(['1h', '4h', '8h', 'until-tomorrow']).nullable() }),
  notifyWhenBack: z.strictObject({ serviceId, enabled: z.boolean() }),
  setStepTicked: z.strictObject({ verdictKey: z.string().min(1).max(2000), stepId: z.string().min(1).max(200), ticked: z.boolean() }),
  setPaused: z.strictObject({ minutes: z.int().min(1).max(7 * 24 * 60).nullable() }),
  setApiKey: z.strictObject({
    serviceId,
    key: z.string().trim().min(8).max(4096).nullable(),
    allowPlainText: z.boolean().optional(),
  }),
  saveLogs: none,
} as const satisfies Record<InvokeName, z.ZodType>;

/** The parsed payload of an API function. */
export type IpcRequest<Name extends InvokeName> = z.output<(typeof IPC_REQUEST_SCHEMAS)[Name]>;
