import type { AppSnapshot } from '../../shared/app-snapshot.ts';
import { statusDoctor } from '../bridge.ts';
import { format, words } from '../i18n/dictionary.ts';
import { now } from '../state/app-state.ts';
import { StateIcon, verdictIcon, type IconKind } from './state-icon.tsx';

function overallIcon(snapshot: AppSnapshot | null): IconKind {
  if (!snapshot) return 'checking';
  if (snapshot.paused) return 'paused';
  if (!snapshot.diagnosis && snapshot.checking) return 'checking';
  return verdictIcon(snapshot.verdict.kind);
}

/** The product name with the tray's icon for the overall state, and the global actions. */
export function AppHeader({ snapshot }: { readonly snapshot: AppSnapshot | null }) {
  const t = words.value;
  const paused = snapshot?.paused ?? null;
  const pausedText = paused ? (paused.until !== undefined ? t.header.pausedUntil(format.value.moment(paused.until, now.value)) : t.header.pausedSleep) : null;
  return (
    <header class="app-header">
      <div class="app-header__brand">
        <StateIcon kind={overallIcon(snapshot)} size={24} />
        <span class="app-header__name">{t.app.name}</span>
      </div>
      <div class="app-header__actions">
        {pausedText ? <span class="pill">{pausedText}</span> : null}
        {snapshot ? (
          paused ? (
            <button type="button" class="button button--quiet" onClick={() => void statusDoctor().setPaused({ minutes: null })}>
              {t.header.resume}
            </button>
          ) : (
            <button type="button" class="button button--quiet" onClick={() => void statusDoctor().setPaused({ minutes: 60 })}>
              {t.header.pause}
            </button>
          )
        ) : null}
        <button type="button" class="button" disabled={!snapshot || snapshot.checking} aria-busy={snapshot?.checking ?? false} onClick={() => void statusDoctor().checkNow()}>
          {snapshot?.checking ? t.header.checking : t.header.checkNow}
        </button>
      </div>
    </header>
  );
}
