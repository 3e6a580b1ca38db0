import type { VerdictView } from '../../shared/app-snapshot.ts';
import { format, words } from '../i18n/dictionary.ts';
import { now } from '../state/app-state.ts';
import { StateIcon, verdictIcon } from './state-icon.tsx';

/** The verdict in plain words: its title, summary and since when it holds. */
export function VerdictHeadline({ verdict, level = 2 }: { readonly verdict: VerdictView; readonly level?: 1 | 2 }) {
  const t = words.value.verdict;
  const Heading = level === 1 ? 'h1' : 'h2';
  const icon = verdictIcon(verdict.kind);
  return (
    <div class={`verdict-headline verdict-headline--${icon}`}>
      <StateIcon kind={icon} size={32} />
      <div>
        <Heading id="verdict-title" class="verdict-headline__title" tabIndex={level === 1 ? -1 : undefined} data-view-heading={level === 1 ? '' : undefined}>
          {verdict.title}
        </Heading>
        <p class="verdict-headline__summary">{verdict.summary}</p>
        <p class="muted verdict-headline__since">
          {t.since(format.value.relative(verdict.since, now.value))}
          {verdict.fromUserReport ? ` · ${t.fromReport}` : ''}
        </p>
      </div>
    </div>
  );
}
