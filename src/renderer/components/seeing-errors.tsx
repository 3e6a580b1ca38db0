import { words } from '../i18n/dictionary.ts';
import { reportSeeingErrors, userReportError, userReportRunning } from '../state/user-report.ts';

/** "I'm seeing errors": for when everything looks healthy and the chat still fails. */
export function SeeingErrors({ serviceId, hint = true }: { readonly serviceId?: string; readonly hint?: boolean }) {
  const t = words.value;
  const running = userReportRunning.value;
  return (
    <div class="seeing-errors">
      <button type="button" class="button" aria-busy={running} disabled={running} onClick={() => void reportSeeingErrors(serviceId)}>
        {running ? t.verdict.seeingErrorsRunning : t.verdict.seeingErrors}
      </button>
      {hint ? <p class="muted seeing-errors__hint">{t.verdict.seeingErrorsHint}</p> : null}
      {userReportError.value ? (
        <p class="error-text" role="alert">
          {t.app.error(userReportError.value)}
        </p>
      ) : null}
    </div>
  );
}
