import { words } from '../i18n/dictionary.ts';
import { reportSeeingErrors, userReportError, userReportRunning } from '../state/user-report.ts';

/** "I'm seeing errors": for when everything looks healthy and the chat still fails. Sits in an action row. */
export function SeeingErrorsButton({ serviceId }: { readonly serviceId?: string }) {
  const t = words.value.verdict;
  const running = userReportRunning.value;
  return (
    <button type="button" class="button" aria-busy={running} disabled={running} onClick={() => void reportSeeingErrors(serviceId)}>
      {running ? t.seeingErrorsRunning : t.seeingErrors}
    </button>
  );
}

/** What goes under the action row: the hint when all looks fine, and why a report could not run. */
export function SeeingErrorsNote({ hint }: { readonly hint: boolean }) {
  const t = words.value;
  return (
    <>
      {hint ? <p class="muted seeing-errors__hint">{t.verdict.seeingErrorsHint}</p> : null}
      {userReportError.value ? (
        <p class="error-text" role="alert">
          {t.app.error(userReportError.value)}
        </p>
      ) : null}
    </>
  );
}
