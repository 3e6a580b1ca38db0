import { z } from 'zod';
import { SERVICE_STATES } from '../assessment/service-state.ts';
import { NETWORK_STATES } from '../network/network-report.ts';
import { PROBE_OUTCOMES } from '../probe/probe-result.ts';
import { STATUS_PAGE_PROVIDERS } from '../status-page/official-status.ts';
import { VERDICT_KINDS } from '../verdict/verdict-kind.ts';

/**
 * The JSON report of `status-doctor check --json` (DESIGN.md, "Report").
 * Users script against it: fields are only ever added, and `schema` changes
 * when a field changes meaning. `schemas/report.schema.json` is generated
 * from this and a test keeps the two equal.
 */

const ms = z.number().nonnegative();

const stepSchema = z.object({ id: z.string(), title: z.string(), detail: z.string() });

const verdictSchema = z.object({
  kind: z.enum(VERDICT_KINDS),
  serviceIds: z.array(z.string()),
  title: z.string(),
  summary: z.string(),
  steps: z.array(stepSchema),
});

const networkSchema = z.object({
  state: z.enum(NETWORK_STATES),
  gateway: z.object({ address: z.string(), reachable: z.boolean(), method: z.string(), ms: ms.optional() }).optional(),
  dns: z
    .object({
      system: z.object({ ok: z.boolean(), ms: ms.optional() }),
      alternatives: z.array(z.object({ resolver: z.string(), transport: z.enum(['udp', 'doh']), ok: z.boolean(), ms: ms.optional() })),
      switchWouldHelp: z.boolean(),
    })
    .optional(),
  captivePortal: z.boolean().optional(),
  internet: z.object({ ok: z.boolean() }).optional(),
  pathProven: z.boolean().optional(),
});

const probeSchema = z.object({
  url: z.string(),
  method: z.enum(['HEAD', 'GET']),
  outcome: z.enum(PROBE_OUTCOMES),
  status: z.int().min(100).max(999).optional(),
  timings: z.object({ dnsMs: ms.optional(), connectMs: ms.optional(), tlsMs: ms.optional(), ttfbMs: ms.optional(), totalMs: ms }),
  edge: z.object({ cfRay: z.string().optional(), server: z.string().optional() }).optional(),
  retryAfterSeconds: z.number().nonnegative().optional(),
  connectionReused: z.boolean().optional(),
  remoteAddress: z.string().optional(),
  redirects: z.array(z.string()).optional(),
  detail: z.string().optional(),
  errorCode: z.string().optional(),
  attempts: z.int().min(1),
  /** Outcomes of attempts before the last, when a failure was re-checked. */
  earlierOutcomes: z.array(z.enum(PROBE_OUTCOMES)).optional(),
});

const componentStatus = z.enum(['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance', 'unknown']);

const officialSchema = z.object({
  provider: z.enum(STATUS_PAGE_PROVIDERS).exclude(['auto']),
  url: z.string(),
  indicator: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
  description: z.string(),
  components: z.array(z.object({ name: z.string(), status: componentStatus, group: z.string().optional() })),
  incidents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      status: z.enum(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem', 'unknown']),
      impact: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
      url: z.string().optional(),
      startedAt: z.string().optional(),
      updatedAt: z.string().optional(),
    }),
  ),
  maintenances: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      status: z.enum(['scheduled', 'in_progress', 'verifying', 'completed']),
      url: z.string().optional(),
      scheduledFor: z.string().optional(),
      scheduledUntil: z.string().optional(),
    }),
  ),
});

const serviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  state: z.enum(SERVICE_STATES),
  probes: z.array(probeSchema),
  official: officialSchema.optional(),
});

const warningSchema = z.object({
  code: z.enum(['status-page-unavailable', 'status-page-components-missing', 'extra-ca-unreadable']),
  serviceId: z.string().optional(),
  message: z.string(),
});

/** The report of one diagnosis. */
export const checkReportSchema = z
  .object({
    schema: z.literal(1),
    at: z.iso.datetime(),
    durationMs: ms,
    verdict: verdictSchema,
    network: networkSchema,
    services: z.array(serviceSchema),
    warnings: z.array(warningSchema),
  })
  .meta({ title: 'Status Doctor check report', description: 'The output of `status-doctor check --json`.' });

/** The report of one diagnosis (`check --json`). */
export type CheckReport = z.output<typeof checkReportSchema>;
/** One service's part of the report. */
export type ServiceReport = CheckReport['services'][number];
/** One probe's part of the report: a ProbeResult plus how many attempts it took. */
export type ProbeReport = ServiceReport['probes'][number];
/** The official status as the report shows it. */
export type OfficialReport = NonNullable<ServiceReport['official']>;
/** A problem that did not stop the diagnosis but that the user should see. */
export type ReportWarning = CheckReport['warnings'][number];
/** The verdict as the report shows it. */
export type VerdictReport = CheckReport['verdict'];
/** One troubleshooting step. */
export type VerdictStep = VerdictReport['steps'][number];
