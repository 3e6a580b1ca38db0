import type { CheckReport } from '../../../core/report/report-schema.ts';
import { format, words } from '../../i18n/dictionary.ts';
import { networkIcon, StateIcon } from '../state-icon.tsx';

/** The router check and what lies beyond it, as a short list of facts. */
export function NetworkFacts({ network }: { readonly network: CheckReport['network'] }) {
  const t = words.value;
  const e = t.evidence;
  const f = format.value;
  const gateway = network.gateway;
  const method = gateway ? (e.gatewayMethods[gateway.method] ?? gateway.method) : '';
  const router = !gateway
    ? e.routerNotChecked
    : !gateway.reachable
      ? e.routerSilent(gateway.address)
      : gateway.ms !== undefined
        ? e.routerAnswered(gateway.address, f.duration(gateway.ms), method)
        : e.routerAnsweredNoTime(gateway.address, method);
  return (
    <div class="evidence-block">
      <p class="network__state">
        <StateIcon kind={networkIcon(network.state)} />
        <span class="network__state-text">
          {t.network.heading}: {t.network.states[network.state]}
        </span>
      </p>
      <dl class="facts">
        <div class={`facts__row ${gateway && !gateway.reachable ? 'facts__row--bad' : ''}`}>
          <dt>{e.router}</dt>
          <dd>{router}</dd>
        </div>
        {network.internet ? (
          <div class={`facts__row ${network.internet.ok ? '' : 'facts__row--bad'}`}>
            <dt>{e.internet}</dt>
            <dd>{network.internet.ok ? e.internetOk : e.internetDown}</dd>
          </div>
        ) : null}
        {network.captivePortal !== undefined ? (
          <div class={`facts__row ${network.captivePortal ? 'facts__row--bad' : ''}`}>
            <dt>{e.portal}</dt>
            <dd>{network.captivePortal ? e.portalYes : e.portalNo}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
