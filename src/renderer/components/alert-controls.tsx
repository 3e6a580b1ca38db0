import type { MuteChoice, ServiceView } from '../../shared/app-snapshot.ts';
import { statusDoctor } from '../bridge.ts';
import { format, words } from '../i18n/dictionary.ts';
import { now } from '../state/app-state.ts';

const CHOICES = ['1h', '4h', '8h', 'until-tomorrow'] as const;

/** Mute a service's alerts for a while, and "tell me when it's back"; both apply at once through main. */
export function AlertControls({ service, compact = false }: { readonly service: ServiceView; readonly compact?: boolean }) {
  const t = words.value;
  const f = format.value;
  const muted = service.mutedUntil !== undefined && service.mutedUntil > now.value;
  const muteId = `mute-${service.id}`;
  const backId = `back-${service.id}`;
  const onMute = (value: string) => {
    if (value === 'muted') return;
    const duration: MuteChoice = value === 'none' ? null : (CHOICES.find((choice) => choice === value) ?? null);
    void statusDoctor().muteService({ serviceId: service.id, duration });
  };
  return (
    <div class={`alert-controls ${compact ? 'alert-controls--compact' : ''}`}>
      <div class="field field--inline">
        <label for={muteId}>{compact ? t.settings.notifications.muteOf(service.name) : t.service.mute}</label>
        <select id={muteId} class="select" value={muted ? 'muted' : 'none'} onChange={(event) => onMute((event.currentTarget as HTMLSelectElement).value)}>
          {muted ? <option value="muted">{t.overview.muted(f.moment(service.mutedUntil!, now.value))}</option> : null}
          <option value="none">{t.service.muteChoices.none}</option>
          {CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t.service.muteChoices[choice]}
            </option>
          ))}
        </select>
      </div>
      <div class="check">
        <input
          id={backId}
          type="checkbox"
          checked={service.notifyWhenBack}
          onChange={(event) => void statusDoctor().notifyWhenBack({ serviceId: service.id, enabled: (event.currentTarget as HTMLInputElement).checked })}
        />
        <label for={backId}>{compact ? t.settings.notifications.notifyWhenBackOf(service.name) : t.service.notifyWhenBack}</label>
      </div>
    </div>
  );
}
