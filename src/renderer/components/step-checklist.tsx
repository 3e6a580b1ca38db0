import { signal } from '@preact/signals';
import type { VerdictView } from '../../shared/app-snapshot.ts';
import { statusDoctor } from '../bridge.ts';
import { words } from '../i18n/dictionary.ts';

// Ticks the user just made, until the snapshot brings them back: keyed by verdict and step.
const pending = signal<ReadonlyMap<string, boolean>>(new Map());
const keyOf = (verdictKey: string, stepId: string) => `${verdictKey}\n${stepId}`;

function setTick(verdict: VerdictView, stepId: string, ticked: boolean): void {
  const key = keyOf(verdict.key, stepId);
  pending.value = new Map(pending.value).set(key, ticked);
  statusDoctor()
    .setStepTicked({ verdictKey: verdict.key, stepId, ticked })
    .catch(() => {
      const next = new Map(pending.value);
      next.delete(key);
      pending.value = next;
    });
}

/**
 * The verdict's steps as a checklist. A tick goes to main and comes back in
 * the snapshot, so it survives closing the window; until then the box shows
 * what the user did.
 */
export function StepChecklist({ verdict }: { readonly verdict: VerdictView }) {
  const t = words.value.verdict;
  const ticks = verdict.steps.map((step) => pending.value.get(keyOf(verdict.key, step.id)) ?? step.ticked);
  const done = ticks.filter(Boolean).length;
  if (verdict.steps.length === 0) return <p class="steps__none">{t.noSteps}</p>;
  return (
    <section class="steps" aria-labelledby="steps-heading">
      <div class="steps__head">
        <h2 id="steps-heading" class="card__title">
          {t.steps}
        </h2>
        <span class="steps__progress">{t.progress(done, verdict.steps.length)}</span>
      </div>
      <ol class="steps__list">
        {verdict.steps.map((step, index) => {
          const id = `step-${index}`;
          const ticked = ticks[index] ?? false;
          return (
            <li key={step.id} class={`step ${ticked ? 'step--done' : ''}`}>
              <input
                id={id}
                type="checkbox"
                class="step__box"
                checked={ticked}
                aria-describedby={`${id}-detail`}
                onChange={(event) => setTick(verdict, step.id, (event.currentTarget as HTMLInputElement).checked)}
              />
              <div class="step__text">
                <label for={id} class="step__title">
                  {step.title}
                </label>
                <p id={`${id}-detail`} class="step__detail">
                  {step.detail}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
