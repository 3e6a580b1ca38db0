import { TextField } from '../../components/form/field.tsx';
import { words } from '../../i18n/dictionary.ts';
import type { SectionProps } from './general-section.tsx';

/** How often and how patiently services are checked, and when a failure counts as an outage. */
export function MonitoringSection({ draft, update, errors }: SectionProps) {
  const t = words.value.settings.monitoring;
  const seconds = { unit: 'seconds' as const, suffix: t.seconds, inputMode: 'decimal' as const, class: 'input--number' };
  const count = { unit: 'count' as const, inputMode: 'numeric' as const, class: 'input--number' };
  return (
    <section class="card" aria-labelledby="settings-monitoring">
      <h2 id="settings-monitoring" class="card__title">
        {t.heading}
      </h2>
      <div class="grid-2">
        <TextField path="monitor.probe.intervalMs" label={t.probeInterval} errors={errors} value={draft.probeIntervalS} onInput={(probeIntervalS) => update({ probeIntervalS })} {...seconds} />
        <TextField path="monitor.probe.timeoutMs" label={t.probeTimeout} errors={errors} value={draft.probeTimeoutS} onInput={(probeTimeoutS) => update({ probeTimeoutS })} {...seconds} />
        <TextField
          path="monitor.probe.failuresToConfirm"
          label={t.failuresToConfirm}
          errors={errors}
          value={draft.failuresToConfirm}
          onInput={(failuresToConfirm) => update({ failuresToConfirm })}
          {...count}
        />
        <TextField
          path="monitor.probe.successesToRecover"
          label={t.successesToRecover}
          errors={errors}
          value={draft.successesToRecover}
          onInput={(successesToRecover) => update({ successesToRecover })}
          {...count}
        />
        <TextField
          path="monitor.statusPage.intervalMs"
          label={t.statusPageInterval}
          errors={errors}
          value={draft.statusPageIntervalS}
          onInput={(statusPageIntervalS) => update({ statusPageIntervalS })}
          {...seconds}
        />
        <TextField path="deadlineMs" label={t.deadline} errors={errors} value={draft.deadlineS} onInput={(deadlineS) => update({ deadlineS })} {...seconds} />
      </div>
    </section>
  );
}
