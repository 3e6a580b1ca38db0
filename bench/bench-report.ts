/** One measured figure beside its budget. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The budget from DESIGN.md; the figure passes when value ≤ budget. */
  readonly budget?: number;
  readonly note?: string;
}

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Prints figures as an aligned table; returns true when every budgeted figure is within budget. */
export function printFigures(title: string, figures: readonly BenchFigure[]): boolean {
  console.log(`\n${title}`);
  let allWithin = true;
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const figure of figures) {
    const value = `${Number.isInteger(figure.value) ? figure.value : figure.value.toFixed(1)} ${figure.unit}`;
    const within = figure.budget === undefined || figure.value <= figure.budget;
    allWithin &&= within;
    const budget = figure.budget === undefined ? '' : `budget ≤ ${figure.budget} ${figure.unit}  ${within ? 'ok' : 'OVER'}`;
    console.log(`  ${figure.name.padEnd(width)}  ${value.padStart(12)}   ${budget}${figure.note ? `  (${figure.note})` : ''}`);
  }
  return allWithin;
}
