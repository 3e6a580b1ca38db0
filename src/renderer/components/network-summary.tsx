import type { NetworkView } from '../../shared/app-snapshot.ts';
import { format, words } from '../i18n/dictionary.ts';
import { now } from '../state/app-state.ts';
import { networkIcon, StateIcon } from './state-icon.tsx';

/** The local network's state as the latest check saw it. */
export function NetworkSummary({ network }: { readonly network: NetworkView }) {
  const t = words.value.network;
  const f = format.value;
  const problem = network.state !== 'ok' && network.state !== 'unknown';
  return (
    <section class={`card network ${problem ? 'network--problem' : ''}`} aria-labelledby="network-heading">
      <h2 id="network-heading" class="card__title">
        {t.heading}
      </h2>
      <p class="network__state">
        <StateIcon kind={networkIcon(network.state)} />
        <span class="network__state-text">{t.states[network.state]}</span>
      </p>
      <p class="muted">
        {network.pathProven ? t.pathProven : t.pathUnproven}{' '}
        {network.checkedAt !== undefined ? t.checked(f.relative(network.checkedAt, now.value)) : t.notChecked}
      </p>
    </section>
  );
}
