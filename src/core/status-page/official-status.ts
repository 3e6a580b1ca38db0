/**
 * One model of what a service's official status page says, whatever the
 * provider. Every reader produces this; nothing downstream knows providers.
 */
export const STATUS_PAGE_PROVIDERS = ['statuspage', 'incidentio', 'instatus', 'google', 'rss', 'auto'] as const;

/** A status-page provider, or `auto` to detect it. */
export type StatusPageProvider = (typeof STATUS_PAGE_PROVIDERS)[number];

/** The provider a page was actually read as (never `auto`). */
export type ConcreteProvider = Exclude<StatusPageProvider, 'auto'>;

/** The page-wide indicator, in Statuspage's vocabulary. */
export type PageIndicator = 'none' | 'minor' | 'major' | 'critical' | 'maintenance';

/** A component's status, in Statuspage's vocabulary; `unknown` when a page says something else. */
export type ComponentStatus =
  | 'operational'
  | 'degraded_performance'
  | 'partial_outage'
  | 'major_outage'
  | 'under_maintenance'
  | 'unknown';

export interface OfficialComponent {
  readonly id?: string;
  readonly name: string;
  readonly status: ComponentStatus;
  /** Name of the group the component sits in, when the page groups them. */
  readonly group?: string;
}

export type IncidentStatus = 'investigating' | 'identified' | 'monitoring' | 'resolved' | 'postmortem' | 'unknown';
export type IncidentImpact = 'none' | 'minor' | 'major' | 'critical' | 'maintenance';

export interface OfficialIncident {
  readonly id: string;
  readonly name: string;
  readonly status: IncidentStatus;
  readonly impact: IncidentImpact;
  readonly url?: string;
  /** ISO 8601. */
  readonly startedAt?: string;
  /** ISO 8601. */
  readonly updatedAt?: string;
  /** Names of the components the incident affects, when the page says. */
  readonly components?: readonly string[];
}

export type MaintenanceStatus = 'scheduled' | 'in_progress' | 'verifying' | 'completed';

export interface OfficialMaintenance {
  readonly id: string;
  readonly name: string;
  readonly status: MaintenanceStatus;
  readonly url?: string;
  /** ISO 8601. */
  readonly scheduledFor?: string;
  /** ISO 8601. */
  readonly scheduledUntil?: string;
  readonly components?: readonly string[];
}

/** Everything a status page said at one moment. Only open incidents are listed. */
export interface OfficialStatus {
  readonly provider: ConcreteProvider;
  readonly indicator: PageIndicator;
  readonly description: string;
  readonly components: readonly OfficialComponent[];
  readonly incidents: readonly OfficialIncident[];
  readonly maintenances: readonly OfficialMaintenance[];
}
