import type { ProbeReport, ServiceReport } from '../../../core/report/report-schema.ts';
import { format, words } from '../../i18n/dictionary.ts';
import { serviceIcon, StateIcon } from '../state-icon.tsx';

const PHASES = ['dnsMs', 'connectMs', 'tlsMs', 'ttfbMs'] as const;

function PhaseBar({ probe }: { readonly probe: ProbeReport }) {
  const total = Math.max(probe.timings.totalMs, 1);
  let x = 0;
  return (
    <svg class="phase-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="100" height="6" class="phase-bar__track" />
      {PHASES.map((phase) => {
        const ms = probe.timings[phase];
        if (ms === undefined || ms <= 0) return null;
        const width = (ms / total) * 100;
        const rect = <rect key={phase} x={x} y="0" width={Math.max(width, 0.8)} height="6" class={`phase-bar__${phase}`} />;
        x += width;
        return rect;
      })}
    </svg>
  );
}

function Probe({ probe }: { readonly probe: ProbeReport }) {
  const t = words.value;
  const f = format.value;
  const up = probe.outcome === 'ok' || probe.outcome === 'auth-required' || probe.outcome === 'challenge';
  return (
    <li class="probe">
      <p class="probe__head">
        <span class="mono probe__url">
          {probe.method} {probe.url}
        </span>
        <span class={`result ${up ? 'result--ok' : 'result--fail'}`}>
          {t.outcomes[probe.outcome]}
          {probe.status !== undefined ? ` · ${probe.status}` : ''}
        </span>
      </p>
      <PhaseBar probe={probe} />
      <dl class="phases">
        {[...PHASES, 'totalMs' as const].map((phase) => {
          const ms = probe.timings[phase];
          return ms === undefined ? null : (
            <div key={phase} class={`phases__item phases__item--${phase}`}>
              <dt>{t.evidence.phases[phase]}</dt>
              <dd>{f.duration(ms)}</dd>
            </div>
          );
        })}
      </dl>
      {probe.attempts > 1 || probe.edge?.cfRay ? (
        <p class="muted probe__extra">
          {probe.attempts > 1 ? t.evidence.attempts(probe.attempts) : ''}
          {probe.attempts > 1 && probe.edge?.cfRay ? ' · ' : ''}
          {probe.edge?.cfRay ? <span class="mono">cf-ray {probe.edge.cfRay}</span> : null}
        </p>
      ) : null}
    </li>
  );
}

/** Each service's probes with their phases (DNS, connect, TLS, first byte, total). */
export function ProbeList({ services, open }: { readonly services: readonly ServiceReport[]; readonly open: ReadonlySet<string> }) {
  const t = words.value;
  return (
    <div class="evidence-block">
      <h3 class="evidence-block__title">{t.evidence.probes}</h3>
      {services.map((service) => (
        <details key={service.id} class="probe-service" open={open.has(service.id)}>
          <summary>
            <StateIcon kind={serviceIcon(service.state)} size={16} />
            <span class="probe-service__name">{service.name}</span>
            <span class={`state-text state-text--${service.state}`}>{t.states[service.state]}</span>
          </summary>
          <ul class="probe-list" aria-label={t.evidence.probeCaption(service.name)}>
            {service.probes.map((probe) => (
              <Probe key={probe.url} probe={probe} />
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
