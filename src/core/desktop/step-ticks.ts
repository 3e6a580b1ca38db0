/** The steps the user ticked, and the verdict they belong to. */
export interface StepTicks {
  readonly verdictKey: string;
  readonly stepIds: readonly string[];
}

/** No verdict, nothing ticked. */
export const NO_TICKS: StepTicks = { verdictKey: '', stepIds: [] };

/** A verdict's identity: its kind, its services, and whether it answers the user's own report. */
export function verdictKeyOf(kind: string, serviceIds: readonly string[], fromUserReport: boolean): string {
  return `${kind}:${[...serviceIds].sort().join(',')}${fromUserReport ? ':reported' : ''}`;
}

/** The ticks for the verdict now shown (pure): kept while it stays, dropped when it changes. */
export function ticksForVerdict(ticks: StepTicks, verdictKey: string): StepTicks {
  return ticks.verdictKey === verdictKey ? ticks : { verdictKey, stepIds: [] };
}

/**
 * Ticks or unticks a step (pure). A tick for a verdict that is no longer
 * shown is ignored: the window may send it just as the verdict changes.
 */
export function tickStep(ticks: StepTicks, request: { readonly verdictKey: string; readonly stepId: string; readonly ticked: boolean }): StepTicks {
  if (request.verdictKey !== ticks.verdictKey) return ticks;
  const others = ticks.stepIds.filter((id) => id !== request.stepId);
  return { verdictKey: ticks.verdictKey, stepIds: request.ticked ? [...others, request.stepId] : others };
}
