import type { ComponentStatus, IncidentImpact, PageIndicator } from './official-status.ts';

/**
 * The one severity ladder every reader and the component selection share:
 * how a component status or an incident impact turns into a page indicator,
 * and how indicators compare. Maintenance sits below every fault: a planned
 * window is worth showing, but a real outage always wins.
 */

const INDICATOR_RANK: Readonly<Record<PageIndicator, number>> = {
  none: 0,
  maintenance: 1,
  minor: 2,
  major: 3,
  critical: 4,
};

/** The more severe of two indicators. */
export function worseIndicator(a: PageIndicator, b: PageIndicator): PageIndicator {
  return INDICATOR_RANK[b] > INDICATOR_RANK[a] ? b : a;
}

/** The most severe of a list of indicators (`none` for an empty list). */
export function worstIndicator(indicators: Iterable<PageIndicator>): PageIndicator {
  let worst: PageIndicator = 'none';
  for (const indicator of indicators) worst = worseIndicator(worst, indicator);
  return worst;
}

/**
 * What one component's status means for the page. Seen from a service that
 * is this component, a major outage is the worst there is (critical); a
 * partial outage is major; degraded performance is minor.
 */
export function indicatorOfComponent(status: ComponentStatus): PageIndicator {
  switch (status) {
    case 'major_outage':
      return 'critical';
    case 'partial_outage':
      return 'major';
    case 'degraded_performance':
      return 'minor';
    case 'under_maintenance':
      return 'maintenance';
    case 'operational':
    case 'unknown':
      return 'none';
  }
}

/** The component status an incident of this impact implies, for pages that publish no component table. */
export function componentStatusOfImpact(impact: IncidentImpact): ComponentStatus {
  switch (impact) {
    case 'critical':
      return 'major_outage';
    case 'major':
      return 'partial_outage';
    case 'minor':
      return 'degraded_performance';
    case 'maintenance':
      return 'under_maintenance';
    case 'none':
      return 'operational';
  }
}

const COMPONENT_RANK: Readonly<Record<ComponentStatus, number>> = {
  operational: 0,
  unknown: 1,
  under_maintenance: 2,
  degraded_performance: 3,
  partial_outage: 4,
  major_outage: 5,
};

/** The more severe of two component statuses. */
export function worseComponentStatus(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
  return COMPONENT_RANK[b] > COMPONENT_RANK[a] ? b : a;
}

/** A short English description of an indicator, in Statuspage's words. */
export function describeIndicator(indicator: PageIndicator): string {
  switch (indicator) {
    case 'none':
      return 'All Systems Operational';
    case 'maintenance':
      return 'Under Maintenance';
    case 'minor':
      return 'Minor Service Outage';
    case 'major':
      return 'Partial System Outage';
    case 'critical':
      return 'Major System Outage';
  }
}

const COMPONENT_STATUSES: ReadonlySet<string> = new Set([
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
]);

/** A Statuspage component status word, or `unknown` for anything else. */
export function parseComponentStatus(value: unknown): ComponentStatus {
  if (typeof value !== 'string') return 'unknown';
  const word = value.trim().toLowerCase();
  // incident.io's own API says "full_outage" where Statuspage says "major_outage".
  if (word === 'full_outage') return 'major_outage';
  return COMPONENT_STATUSES.has(word) ? (word as ComponentStatus) : 'unknown';
}

const INDICATORS: ReadonlySet<string> = new Set(['none', 'minor', 'major', 'critical', 'maintenance']);

/** A Statuspage indicator word, or undefined for anything else. */
export function parseIndicator(value: unknown): PageIndicator | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  return INDICATORS.has(word) ? (word as PageIndicator) : undefined;
}

/** A Statuspage impact word; unknown words count as `minor` (an open incident is at least that). */
export function parseImpact(value: unknown): IncidentImpact {
  return parseIndicator(value) ?? 'minor';
}
