import { signal } from '@preact/signals';
import type { AppSnapshot, VerdictView } from '../../shared/app-snapshot.ts';
import { statusDoctor } from '../bridge.ts';
import { navigate } from './route.ts';

/** The verdict answering "I'm seeing errors", while the snapshot has not moved on. */
export const userReportVerdict = signal<VerdictView | null>(null);
/** The fresh diagnosis is running. */
export const userReportRunning = signal(false);
/** Why the last report could not run. */
export const userReportError = signal<string | null>(null);

let verdictKeyWhenAsked: string | undefined;
let latestVerdictKey: string | undefined;

/** Forgets the answer once the snapshot's verdict changes: the newer one is what holds now. */
export function noteSnapshot(snapshot: AppSnapshot): void {
  latestVerdictKey = snapshot.verdict.key;
  const answer = userReportVerdict.value;
  if (answer && snapshot.verdict.key !== verdictKeyWhenAsked && snapshot.verdict.key !== answer.key) userReportVerdict.value = null;
}

/** "I'm seeing errors": a fresh diagnosis that knows it, then the verdict view with its answer. */
export async function reportSeeingErrors(serviceId?: string): Promise<void> {
  if (userReportRunning.value) return;
  userReportRunning.value = true;
  userReportError.value = null;
  verdictKeyWhenAsked = latestVerdictKey;
  try {
    userReportVerdict.value = await statusDoctor().reportSeeingErrors(serviceId === undefined ? {} : { serviceId });
    navigate({ view: 'verdict' });
  } catch (error) {
    userReportError.value = error instanceof Error ? error.message : String(error);
  } finally {
    userReportRunning.value = false;
  }
}
