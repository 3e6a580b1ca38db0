import type { ServiceView } from '../../shared/app-snapshot.ts';
import { words } from '../i18n/dictionary.ts';

/** What the official status page says about a service, in one short line. */
export function OfficialStatus({ service }: { readonly service: ServiceView }) {
  const t = words.value.official;
  if (service.official) {
    const indicator = service.official.indicator;
    return (
      <span class={`official official--${indicator}`}>
        <span class="official__label">{t.label}:</span> {t.indicators[indicator]}
      </span>
    );
  }
  return <span class="official official--none">{service.hasStatusPage ? `${t.label}: ${t.notRead}` : t.noPage}</span>;
}
